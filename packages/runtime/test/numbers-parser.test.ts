import { describe, expect, it } from "vitest";
import {
  Float,
  Integer,
  parseNumber,
  readNumber,
  requireClass,
  StError,
  StNumber,
  send,
} from "../src/index.js";
import { caught, className, printed } from "./numbers-helpers.js";

describe("parseNumber (Smalltalk number literals)", () => {
  it.each([
    ["42", "42", "SmallInteger"],
    ["-42", "-42", "SmallInteger"],
    ["16rFF", "255", "SmallInteger"],
    ["16rff", "255", "SmallInteger"],
    ["16r-FF", "-255", "SmallInteger"],
    ["-16rFF", "-255", "SmallInteger"],
    ["-16r-FF", "255", "SmallInteger"],
    ["36rZZ", "1295", "SmallInteger"],
    ["16r1e4", "484", "SmallInteger"],
    ["2r1e4", "16", "SmallInteger"],
    ["1e10", "10000000000", "SmallInteger"],
    ["100e-2", "1", "SmallInteger"],
    ["1e-2", "0.01", "Float"],
    ["1.5", "1.5", "Float"],
    ["1.5e-3", "0.0015", "Float"],
    ["1.5e300", "1.5e300", "Float"],
    ["2r1.1", "1.5", "Float"],
    ["16r1.8", "1.5", "Float"],
    ["-0.0", "-0.0", "Float"],
    ["0.1", "0.1", "Float"],
    ["1.5s2", "1.50s2", "ScaledDecimal"],
    ["1.5s", "1.5s1", "ScaledDecimal"],
    ["3s2", "3.00s2", "ScaledDecimal"],
    ["3s", "3s0", "ScaledDecimal"],
    ["-1.5s2", "-1.50s2", "ScaledDecimal"],
    ["123456789012345678901234567890", "123456789012345678901234567890", "LargePositiveInteger"],
    ["NaN", "NaN", "Float"],
    ["Infinity", "Infinity", "Float"],
    ["-Infinity", "-Infinity", "Float"],
  ])("%s reads as %s, a %s", (text, expected, kind) => {
    const value = parseNumber(text);
    expect(printed(value)).toBe(expected);
    expect(className(value)).toBe(kind);
  });

  it.each(["", "-", "abc", "12abc", "1.", "1.e5", "2e", "1.0e", "3sqrt", "-NaN", "1e100000", "+5", " 5"])(
    "%j is not exactly one number",
    (text) => {
      expect(parseNumber(text)).toBeNull();
    },
  );

  it("reads the nearest Float to long decimal literals", () => {
    for (const text of [
      "2.4703282292062328e-324",
      "1.7976931348623158e308",
      "0.30000000000000004",
      "9007199254740993.0",
    ]) {
      expect((parseNumber(text) as { $float: number }).$float).toBe(Number(text));
    }
  });
});

describe("readNumber (a number at the start of a text)", () => {
  it.each([
    ["12abc", 0, "12", 2],
    ["x := 16rFF.", 5, "255", 10],
    ["3sqrt", 0, "3", 1],
    ["2 e", 0, "2", 1],
    ["1.e5", 0, "1", 1],
    ["1.0e", 0, "1.0", 3],
    ["1r5", 0, "1", 1],
    ["16rZZ", 0, "16", 2],
  ])("%j at %s reads %s, ending at %s", (text, start, expected, end) => {
    const reading = readNumber(text, start);
    expect(reading === null ? null : [printed(reading.value), reading.end]).toEqual([expected, end]);
  });

  it("answers null where no number starts", () => {
    expect(readNumber("abc", 0)).toBeNull();
    expect(readNumber("- 1", 0)).toBeNull();
  });
});

describe("Number readFrom: and readFrom:ifFail:", () => {
  it("reads the number at the start of a String", () => {
    expect(send(StNumber, "readFrom:", "16rFF")).toBe(255);
    expect(printed(send(StNumber, "readFrom:", "1.5e2 apples"))).toBe("150.0");
  });

  it("reads at a ReadStream's position and leaves the stream after the number", () => {
    const stream = send(requireClass("ReadStream"), "on:", "x 42 y");
    send(stream, "skip:", 2);
    expect(send(StNumber, "readFrom:", stream)).toBe(42);
    expect(send(stream, "upToEnd")).toBe(" y");
  });

  it("signals Squeak's Error when no number is there, or answers the fail block's value", () => {
    expect(caught<StError>(() => send(StNumber, "readFrom:", "abc"), StError).messageText()).toBe(
      "Reading a number failed: a digit between 0 and 9 expected",
    );
    expect(send(StNumber, "readFrom:ifFail:", "abc", () => "none")).toBe("none");
    expect(send(StNumber, "readFrom:ifFail:", "abc", (text: string) => text)).toBe(
      "a digit between 0 and 9 expected",
    );
  });

  it("Integer readFrom: reads only a sign and digits; readFrom:base: digits in a base", () => {
    expect(send(Integer, "readFrom:", "-42.5")).toBe(-42);
    expect(send(Integer, "readFrom:", "+7")).toBe(7);
    expect(send(Integer, "readFrom:", "16rFF")).toBe(16);
    expect(send(Integer, "readFrom:base:", "ff", 16)).toBe(255);
    expect(send(Integer, "readFrom:base:", "123456789012345678901234567890", 10)).toBe(
      123456789012345678901234567890n,
    );
    expect(caught<StError>(() => send(Integer, "readFrom:base:", "xyz", 16), StError).messageText()).toBe(
      "Reading a number failed: a digit between 0 and F expected",
    );
    expect(send(Integer, "readFrom:ifFail:", "x", () => 0)).toBe(0);
  });

  it("Float readFrom: answers a Float", () => {
    expect(printed(send(Float, "readFrom:", "3"))).toBe("3.0");
    expect(printed(send(Float, "readFrom:", "1/3"))).toBe("1.0");
  });
});
