import { afterEach, describe, expect, it } from "vitest";
import { Character, char, printString, send, setDialect, symbol, WriteStream } from "../src/index.js";
import { $, failure } from "./text-helpers.js";

afterEach(() => setDialect("squeak"));

/** Squeak's printString of every character up to space, and delete (`Character>>printOn:`). */
const SQUEAK_NAMES: Record<number, string> = {
  0: "Character null",
  8: "Character backspace",
  9: "Character tab",
  10: "Character lf",
  12: "Character newPage",
  13: "Character cr",
  27: "Character escape",
  32: "Character space",
  127: "Character delete",
};

/** Pharo names more of them (`Character class>>constantNames`). */
const PHARO_NAMES: Record<number, string> = {
  ...SQUEAK_NAMES,
  1: "Character home",
  3: "Character enter",
  4: "Character end",
  5: "Character insert",
  11: "Character pageUp",
  28: "Character arrowLeft",
  29: "Character arrowRight",
  30: "Character arrowUp",
  31: "Character arrowDown",
};

const CONTROL_CODES = [...Array.from({ length: 33 }, (_, code) => code), 127];

describe("Character printString", () => {
  it.each(CONTROL_CODES)("Squeak prints Character value: %i by name or value", (code) => {
    expect(printString(char(code))).toBe(SQUEAK_NAMES[code] ?? `Character value: ${code}`);
  });

  it.each(CONTROL_CODES)("Pharo prints Character value: %i by name or value", (code) => {
    setDialect("pharo");
    expect(printString(char(code))).toBe(PHARO_NAMES[code] ?? `Character value: ${code}`);
  });

  it.each([
    [0x21, "$!"],
    [0x61, "$a"],
    [0x24, "$$"],
    [0x27, "$'"],
    [0x7e, "$~"],
    [0xa0, "$\u00a0"],
    [0xe9, "$é"],
    [0x12c, "$Ĭ"],
    [0x1f600, "$😀"],
  ])("Character value: %i prints as %s", (code, printed) => {
    expect(printString(char(code))).toBe(printed);
    expect(send(char(code), "printString")).toBe(printed);
  });

  it.each([
    [0x61, "$a"],
    [0xe9, "$é"],
    [13, "Character cr"],
    [7, "(Character value: 7)"],
    [0x12c, "(Character value: 300)"],
  ])("Character value: %i storeString is %s", (code, stored) => {
    expect(send(char(code), "storeString")).toBe(stored);
  });

  it("prints as a literal inside an Array only between 33 and 255", () => {
    expect(printString([$("a"), $("é")])).toBe("#($a $é)");
    expect(printString([char(13)])).toBe("{Character cr}");
    expect(printString([char(300)])).toBe("{$Ĭ}");
  });
});

describe("Character creation", () => {
  it("is unique per code point", () => {
    expect(char(97)).toBe(char(97));
    expect(send(Character, "value:", 97)).toBe($("a"));
    expect(send($("a"), "==", send("a", "first"))).toBe(true);
    expect(send(Character, "codePoint:", 0x10ffff)).toBe(char(0x10ffff));
  });

  it.each([
    ["cr", 13],
    ["lf", 10],
    ["linefeed", 10],
    ["tab", 9],
    ["space", 32],
    ["null", 0],
    ["escape", 27],
    ["backspace", 8],
    ["newPage", 12],
    ["delete", 127],
    ["enter", 3],
    ["home", 1],
    ["end", 4],
    ["insert", 5],
    ["pageUp", 11],
    ["pageDown", 12],
    ["arrowLeft", 28],
    ["arrowRight", 29],
    ["arrowUp", 30],
    ["arrowDown", 31],
    ["nbsp", 160],
  ])("Character %s has code point %i", (selector, code) => {
    expect(send(Character, selector)).toBe(char(code));
  });

  it("digitValue: answers the digit Character", () => {
    expect(send(Character, "digitValue:", 9)).toBe($("9"));
    expect(send(Character, "digitValue:", 10)).toBe($("A"));
    expect(send(Character, "digitValue:", 35)).toBe($("Z"));
  });

  it("signals an Error for a value outside 0 to 16r10FFFF, and for new", () => {
    expect(failure(() => send(Character, "value:", -1))).toBe("Error: value: failed");
    expect(failure(() => send(Character, "value:", 0x110000))).toBe("Error: value: failed");
    expect(failure(() => send(Character, "value:", "a"))).toBe("Error: value: failed");
    expect(failure(() => send(Character, "new"))).toBe("Error: cannot create new characters");
    expect(() => char(-1)).toThrow(RangeError);
  });
});

describe("Character protocol", () => {
  it.each([
    ["a", "asInteger", [], "97"],
    ["a", "asciiValue", [], "97"],
    ["a", "codePoint", [], "97"],
    ["a", "value", [], "$a"],
    ["a", "asCharacter", [], "$a"],
    ["a", "asString", [], "'a'"],
    ["a", "asSymbol", [], "#a"],
    ["+", "asSymbol", [], "#+"],
    ["a", "asUppercase", [], "$A"],
    ["A", "asLowercase", [], "$a"],
    ["é", "asUppercase", [], "$É"],
    ["ÿ", "asUppercase", [], "$Ÿ"],
    ["ß", "asUppercase", [], "$ß"],
    ["1", "asUppercase", [], "$1"],
    ["a", "isVowel", [], "true"],
    ["E", "isVowel", [], "true"],
    ["y", "isVowel", [], "false"],
    ["a", "isLetter", [], "true"],
    ["é", "isLetter", [], "true"],
    ["λ", "isLetter", [], "true"],
    ["1", "isLetter", [], "false"],
    ["7", "isDigit", [], "true"],
    ["٣", "isDigit", [], "true"],
    ["x", "isDigit", [], "false"],
    ["x", "isAlphaNumeric", [], "true"],
    ["_", "isAlphaNumeric", [], "false"],
    [" ", "isSeparator", [], "true"],
    ["\t", "isSeparator", [], "true"],
    ["\r", "isSeparator", [], "true"],
    ["\n", "isSeparator", [], "true"],
    ["\f", "isSeparator", [], "true"],
    ["\u00a0", "isSeparator", [], "false"],
    ["A", "isUppercase", [], "true"],
    ["a", "isUppercase", [], "false"],
    ["a", "isLowercase", [], "true"],
    ["ÿ", "isOctetCharacter", [], "true"],
    ["ā", "isOctetCharacter", [], "false"],
    ["a", "isCharacter", [], "true"],
    ["7", "digitValue", [], "7"],
    ["A", "digitValue", [], "10"],
    ["z", "digitValue", [], "35"],
    ["-", "digitValue", [], "-1"],
    ["٣", "digitValue", [], "3"],
    ["a", "sameAs:", [$("A")], "true"],
    ["a", "<", [$("b")], "true"],
    ["b", "<", [$("a")], "false"],
    ["b", ">", [$("a")], "true"],
    ["a", "<=", [$("a")], "true"],
    ["a", ">=", [$("b")], "false"],
    ["a", "<", [98], "true"],
    ["a", "=", [$("a")], "true"],
    ["a", "=", ["a"], "false"],
    ["a", "hash", [], "97"],
    ["b", "between:and:", [$("a"), $("c")], "true"],
    ["b", "max:", [$("c")], "$c"],
    ["b", "min:", [$("c")], "$b"],
    ["a", "copy", [], "$a"],
    ["a", "isLiteral", [], "true"],
  ])("$%s %s %j", (receiver, selector, args, printed) => {
    expect(printString(send($(receiver), selector, ...args))).toBe(printed);
  });

  it("to: answers a String in Squeak, an Array of Characters in Pharo", () => {
    expect(send($("a"), "to:", $("e"))).toBe("abcde");
    expect(send($("e"), "to:", $("a"))).toBe("");
    setDialect("pharo");
    expect(printString(send($("a"), "to:", $("c")))).toBe("#($a $b $c)");
  });

  it("join: separates Strings with the character (Pharo's Character>>join:)", () => {
    expect(send($(","), "join:", ["a", "b", "c"])).toBe("a,b,c");
  });

  it("is a Magnitude", () => {
    expect(printString(send(send(Character, "superclass"), "name"))).toBe("'Magnitude'");
    expect(send(symbol("a"), "first")).toBe($("a"));
  });

  it("is written by << on a String stream, and putOn: an Array stream as one element", () => {
    const text = WriteStream.on("");
    send(send(text, "<<", $("a")), "<<", char(0x3b1));
    expect(text.contents()).toBe("aα");
    const elements = WriteStream.on([]);
    send(elements, "<<", $("a"));
    expect(elements.contents()).toEqual([$("a")]);
  });
});
