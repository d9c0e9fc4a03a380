import { describe, expect, it } from "vitest";
import {
  ByteArray,
  char,
  latin1Decode,
  latin1Encode,
  printString,
  send,
  socketDataBytes,
  stringBytes,
  symbol,
} from "../src/index.js";
import { failure } from "./text-helpers.js";

const bytes = (...values: number[]) => new Uint8Array(values);
const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, value) => value);
const ALL_BYTE_CHARACTERS = Array.from(ALL_BYTES, (value) => String.fromCharCode(value)).join("");

describe("ByteArray instance creation", () => {
  it.each([
    ["new", [], "#[]"],
    ["new:", [3], "#[0 0 0]"],
    ["new:withAll:", [2, 255], "#[255 255]"],
    ["with:", [1], "#[1]"],
    ["with:with:with:", [1, 2, 3], "#[1 2 3]"],
    ["withAll:", [[4, 5]], "#[4 5]"],
    ["newFrom:", [bytes(6)], "#[6]"],
    ["readHexFrom:", ["ff00A1"], "#[255 0 161]"],
  ])("ByteArray %s %j", (selector, args, printed) => {
    const made = send(ByteArray, selector, ...args);
    expect(made).toBeInstanceOf(Uint8Array);
    expect(printString(made)).toBe(printed);
  });

  it("signals an Error for a bad size or element", () => {
    expect(failure(() => send(ByteArray, "new:", -1))).toBe(
      "Error: ByteArray called #basicNew: with invalid argument -1",
    );
    expect(failure(() => send(ByteArray, "with:", 256))).toBe("Error: Improper store into indexable object");
    expect(failure(() => send(ByteArray, "withAll:", "ab"))).toBe(
      "Error: Improper store into indexable object",
    );
    expect(failure(() => send(ByteArray, "readHexFrom:", "fg"))).toBe("Error: Hex digit expected");
  });
});

describe("ByteArray accessing", () => {
  it.each([
    [bytes(1, 2, 3), "size", [], "3"],
    [bytes(1, 2, 3), "at:", [2], "2"],
    [bytes(1, 2, 3), "first", [], "1"],
    [bytes(1, 2, 3), "last", [], "3"],
    [bytes(1, 2, 3), "byteAt:", [3], "3"],
    [bytes(1, 2, 3), "indexOf:", [3], "3"],
    [bytes(1, 2, 3), "indexOf:", [9], "0"],
    [bytes(1, 2, 3), "includes:", [2], "true"],
    [bytes(1, 2, 2), "occurrencesOf:", [2], "2"],
    [bytes(), "isEmpty", [], "true"],
    [bytes(1), "notEmpty", [], "true"],
  ])("%o %s %j", (receiver, selector, args, printed) => {
    expect(printString(send(receiver, selector, ...args))).toBe(printed);
  });

  it("at:put: stores an Integer from 0 to 255 and answers it", () => {
    const array = bytes(0, 0);
    expect(send(array, "at:put:", 1, 255)).toBe(255);
    expect(send(array, "byteAt:put:", 2, 7)).toBe(7);
    expect(printString(array)).toBe("#[255 7]");
    send(array, "atAllPut:", 9);
    expect(printString(array)).toBe("#[9 9]");
  });

  it.each([
    ["#[1] at: 2", () => send(bytes(1), "at:", 2), "SubscriptOutOfBounds: subscript is out of bounds: 2"],
    [
      "#[1] at: 0 put: 1",
      () => send(bytes(1), "at:put:", 0, 1),
      "SubscriptOutOfBounds: subscript is out of bounds: 0",
    ],
    [
      "#[1] at: 1 put: 256",
      () => send(bytes(1), "at:put:", 1, 256),
      "Error: Improper store into indexable object",
    ],
    [
      "#[1] at: 1 put: -1",
      () => send(bytes(1), "at:put:", 1, -1),
      "Error: Improper store into indexable object",
    ],
    [
      "#[1] at: 1 put: $a",
      () => send(bytes(1), "at:put:", 1, char(97)),
      "Error: Improper store into indexable object",
    ],
    [
      "#[1] at: 1 put: 1.5",
      () => send(bytes(1), "at:put:", 1, 1.5),
      "Error: Improper store into indexable object",
    ],
    ["#[1] at: '1'", () => send(bytes(1), "at:", "1"), "Error: only integers should be used as indices"],
  ])("%s signals an error", (_source, body, description) => {
    expect(failure(body)).toBe(description);
  });
});

describe("ByteArray comparing, copying and converting", () => {
  it("compares and hashes by content, never equal to an Array", () => {
    expect(send(bytes(1, 2), "=", bytes(1, 2))).toBe(true);
    expect(send(bytes(1, 2), "=", bytes(1, 3))).toBe(false);
    expect(send(bytes(1, 2), "=", [1, 2])).toBe(false);
    expect(send(bytes(1, 2), "hash")).toBe(send(bytes(1, 2), "hash"));
    expect(send(send([bytes(1, 2)], "asSet"), "includes:", bytes(1, 2))).toBe(true);
  });

  it.each([
    [bytes(1, 2, 3), "copyFrom:to:", [2, 3], "#[2 3]"],
    [bytes(1, 2), ",", [bytes(3)], "#[1 2 3]"],
    [bytes(1, 2), ",", ["ab"], "#[1 2 97 98]"],
    [bytes(1, 2), ",", [symbol("c")], "#[1 2 99]"],
    [bytes(1, 2), ",", [[3, 4]], "#[1 2 3 4]"],
    [bytes(1, 2, 3), "reversed", [], "#[3 2 1]"],
    [bytes(1, 2, 3), "collect:", [(each: number) => each * 2], "#[2 4 6]"],
    [bytes(1, 2, 3), "select:", [(each: number) => each > 1], "#[2 3]"],
    [bytes(104, 105), "asString", [], "'hi'"],
    [bytes(0xe9), "asString", [], "'é'"],
    [bytes(0, 15, 16, 255), "hex", [], "'000f10ff'"],
    [bytes(1, 2), "printString", [], "'#[1 2]'"],
    [bytes(1, 2), "storeString", [], "'#[1 2]'"],
    [bytes(1, 2), "isLiteral", [], "true"],
    [bytes(1), "class", [], "ByteArray"],
  ])("%o %s %j", (receiver, selector, args, printed) => {
    expect(printString(send(receiver, selector, ...args))).toBe(printed);
  });

  it("asArray answers an Array of the bytes", () => {
    expect(send(bytes(1, 2), "asArray")).toEqual([1, 2]);
  });

  it("a copy has its own bytes", () => {
    const original = bytes(1, 2);
    const copy = send(original, "copy") as Uint8Array;
    send(copy, "at:put:", 1, 9);
    expect(printString(original)).toBe("#[1 2]");
    expect(printString(copy)).toBe("#[9 2]");
  });

  it("replaceFrom:to:with:startingAt: copies bytes from a ByteArray or a byte string", () => {
    const target = bytes(0, 0, 0, 0);
    send(target, "replaceFrom:to:with:startingAt:", 1, 2, bytes(7, 8, 9), 2);
    send(target, "replaceFrom:to:with:startingAt:", 3, 4, "AB", 1);
    expect(printString(target)).toBe("#[8 9 65 66]");
    expect(failure(() => send(target, "replaceFrom:to:with:startingAt:", 1, 3, bytes(1), 1))).toBe(
      "SubscriptOutOfBounds: subscript is out of bounds: 2",
    );
    expect(failure(() => send(target, "replaceFrom:to:with:startingAt:", 1, 1, "ā", 1))).toBe(
      "Error: Improper store into indexable object",
    );
  });

  it("a ByteArray with a non-collection signals an Error", () => {
    expect(failure(() => send(bytes(1), ",", 3))).toBe("Error: Instances of SmallInteger are not indexable");
  });

  it("prints as a literal inside an Array", () => {
    expect(printString([bytes(1, 2), "a"])).toBe("#(#[1 2] 'a')");
  });

  it("enumerates its bytes and streams over them", () => {
    const seen: unknown[] = [];
    send(bytes(5, 6), "do:", (each: unknown) => seen.push(each));
    expect(seen).toEqual([5, 6]);
    const stream = send(bytes(5, 6, 7), "readStream");
    expect(send(stream, "next")).toBe(5);
    expect(printString(send(stream, "upToEnd"))).toBe("#[6 7]");
  });
});

describe("Latin-1 byte strings", () => {
  it("all 256 byte values round-trip exactly through latin1Decode and latin1Encode", () => {
    const text = latin1Decode(ALL_BYTES);
    expect(text).toBe(ALL_BYTE_CHARACTERS);
    expect(Array.from(latin1Encode(text))).toEqual(Array.from(ALL_BYTES));
  });

  it("all 256 byte values round-trip through ByteArray asString and String asByteArray", () => {
    const text = send(ALL_BYTES, "asString");
    expect(text).toBe(ALL_BYTE_CHARACTERS);
    expect(Array.from(send(text, "asByteArray") as Uint8Array)).toEqual(Array.from(ALL_BYTES));
    expect(send(send(ByteArray, "withAll:", Array.from(ALL_BYTES)), "=", ALL_BYTES)).toBe(true);
  });

  it("decodes a view on part of a buffer, not the whole buffer", () => {
    const buffer = bytes(65, 66, 67, 68);
    expect(latin1Decode(buffer.subarray(1, 3))).toBe("BC");
  });

  it("refuses a character beyond 255", () => {
    expect(failure(() => latin1Encode("abā"))).toBe(
      "Error: Cannot encode a WideString as Latin-1 bytes: character 3 (Character value: 257) is beyond 255",
    );
  });

  it("asByteArray of a WideString gives four bytes per character, most significant first (Squeak)", () => {
    expect(Array.from(stringBytes("a"))).toEqual([97]);
    expect(Array.from(stringBytes("aā"))).toEqual([0, 0, 0, 97, 0, 0, 1, 1]);
  });

  it("socketDataBytes sends a WideString as 32-bit little-endian words, as the Squeak VM sends its memory", () => {
    expect(Array.from(socketDataBytes("hé"))).toEqual([104, 233]);
    expect(Array.from(socketDataBytes("ā😀"))).toEqual([1, 1, 0, 0, 0, 0xf6, 1, 0]);
    const data = bytes(1, 2);
    expect(socketDataBytes(data)).toBe(data);
  });
});
