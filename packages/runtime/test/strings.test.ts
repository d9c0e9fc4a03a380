import { afterEach, describe, expect, it } from "vitest";
import {
  ByteString,
  Character,
  char,
  classNamed,
  isStringValue,
  printString,
  StString,
  send,
  setDialect,
  stringText,
  symbol,
  WideString,
} from "../src/index.js";
import { $, failure } from "./text-helpers.js";

/** The printString of what `receiver` answers to `selector` with `args`. */
function answer(receiver: unknown, selector: string, ...args: unknown[]): string {
  return printString(send(receiver, selector, ...args));
}

afterEach(() => setDialect("squeak"));

type Row = readonly [receiver: unknown, selector: string, args: readonly unknown[], printString: string];

function table(rows: readonly Row[]): void {
  const name = (row: Row) =>
    JSON.stringify([row[0], row[1], ...row[2]].map((each) => printString(each)).join(" "));
  it.each(rows.map((row) => [name(row), ...row]))("%s", (_name, receiver, selector, args, expected) => {
    expect(answer(receiver, selector as string, ...(args as unknown[]))).toBe(expected);
  });
}

describe("String accessing", () => {
  table([
    ["hello", "size", [], "5"],
    ["", "size", [], "0"],
    ["hello", "at:", [1], "$h"],
    ["héllo", "at:", [2], "$é"],
    ["hello", "first", [], "$h"],
    ["hello", "last", [], "$o"],
    ["a😀b", "size", [], "3"],
    ["a😀b", "at:", [3], "$b"],
    ["hello", "indexOf:", [$("l")], "3"],
    ["hello", "indexOf:", [$("z")], "0"],
    ["hello", "indexOf:", ["l"], "0"],
    ["hello", "indexOf:startingAt:", [$("l"), 4], "4"],
    ["a😀b😀", "indexOf:startingAt:", [$("😀"), 3], "4"],
    ["hello", "indexOf:ifAbsent:", [$("z"), () => "none"], "'none'"],
    ["hello world", "findString:", ["o w"], "5"],
    ["hello world", "findString:startingAt:", ["o", 6], "8"],
    ["hello", "findString:", [""], "0"],
    ["a\rb\nc\r\nd", "lines", [], "#('a' 'b' 'c' 'd')"],
    ["a\n\nb\n", "lines", [], "#('a' '' 'b')"],
    ["", "lines", [], "#()"],
    ["\r\n", "lines", [], "#('')"],
    ["one\ntwo", "lineCount", [], "2"],
  ]);

  it("signals SubscriptOutOfBounds outside 1 to size, and an Error for a non-number", () => {
    expect(failure(() => send("abc", "at:", 4))).toBe("SubscriptOutOfBounds: subscript is out of bounds: 4");
    expect(failure(() => send("abc", "at:", 0))).toBe("SubscriptOutOfBounds: subscript is out of bounds: 0");
    expect(failure(() => send("", "first"))).toBe("SubscriptOutOfBounds: subscript is out of bounds: 1");
    expect(failure(() => send("abc", "at:", "x"))).toBe("Error: only integers should be used as indices");
  });

  it("signals Pharo's SubscriptOutOfBounds text under the Pharo dialect", () => {
    setDialect("pharo");
    expect(failure(() => send("abc", "at:", 4))).toBe("SubscriptOutOfBounds: 4");
  });
});

describe("String comparing", () => {
  table([
    ["abc", "=", ["abc"], "true"],
    ["abc", "=", ["abd"], "false"],
    ["abc", "=", [symbol("abc")], "true"],
    ["abc", "=", [3], "false"],
    ["abc", "=", [["a", "b", "c"]], "false"],
    ["abc", "~=", ["abd"], "true"],
    ["abc", "<", ["abd"], "true"],
    ["abc", "<", ["ab"], "false"],
    ["ab", "<", ["abc"], "true"],
    ["B", "<", ["a"], "true"],
    ["abc", "<=", ["abc"], "true"],
    ["abd", ">", ["abc"], "true"],
    ["abc", ">=", ["abd"], "false"],
    ["a😀", "<", ["a\uffff"], "false"],
    ["abc", "sameAs:", ["ABC"], "true"],
    ["abc", "sameAs:", ["abd"], "false"],
  ]);

  it("hashes equal Strings, Symbols and mutable Strings alike", () => {
    const hash = send("abc", "hash");
    expect(send(symbol("abc"), "hash")).toBe(hash);
    expect(send(send("abc", "copy"), "hash")).toBe(hash);
    expect(send("abd", "hash")).not.toBe(hash);
  });

  it("compares only with Strings", () => {
    expect(failure(() => send("abc", "<", 3))).toBe("Error: Instances of SmallInteger are not indexable");
  });
});

describe("String testing", () => {
  table([
    ["abc", "isString", [], "true"],
    ["abc", "isSymbol", [], "false"],
    ["abc", "isEmpty", [], "false"],
    ["", "isEmpty", [], "true"],
    ["", "notEmpty", [], "false"],
    ["abc", "isEmptyOrNil", [], "false"],
    ["hello world", "includesSubstring:", ["o w"], "true"],
    ["hello world", "includesSubstring:", ["ow"], "false"],
    ["hello world", "includesSubString:", ["world"], "true"],
    ["hello", "beginsWith:", ["he"], "true"],
    ["hello", "beginsWith:", ["hello!"], "false"],
    ["hello", "startsWith:", ["he"], "true"],
    ["hello", "endsWith:", ["llo"], "true"],
    ["hello", "endsWith:", ["he"], "false"],
    ["hello", "includes:", [$("e")], "true"],
    ["hello", "includes:", ["e"], "false"],
    ["hello", "occurrencesOf:", [$("l")], "2"],
    ["12345", "isAllDigits", [], "true"],
    ["123a5", "isAllDigits", [], "false"],
    [" \t\r\n", "isAllSeparators", [], "true"],
    ["abc", "isByteString", [], "true"],
    ["ā", "isByteString", [], "false"],
    ["ā", "isWideString", [], "true"],
    ["abc", "isLiteral", [], "true"],
  ]);

  it("finds an empty prefix, suffix or substring only in Pharo", () => {
    const probes = () => [
      send("abc", "beginsWith:", ""),
      send("abc", "endsWith:", ""),
      send("abc", "includesSubstring:", ""),
    ];
    expect(probes()).toEqual([false, false, false]);
    setDialect("pharo");
    expect(probes()).toEqual([true, true, true]);
  });
});

describe("String copying", () => {
  table([
    ["abc", ",", ["def"], "'abcdef'"],
    ["abc", ",", [symbol("def")], "'abcdef'"],
    ["Data sent: ", ",", [12], "'Data sent: 12'"],
    ["x", ",", [null], "'xnil'"],
    ["x", ",", [$("a")], "'xa'"],
    ["x", ",", [[symbol("a"), char(98)]], "'x#(#a $b)'"],
    ["x", ",", [new Uint8Array([104, 105])], "'xhi'"],
    ["x", ",", [true], "'xtrue'"],
    ["hello", "copyFrom:to:", [2, 4], "'ell'"],
    ["hello", "copyFrom:to:", [3, 2], "''"],
    ["a😀b", "copyFrom:to:", [2, 3], "'😀b'"],
    ["hello", "allButFirst", [], "'ello'"],
    ["hello", "first:", [2], "'he'"],
    ["How now brown cow?", "copyReplaceAll:with:", ["ow", "ello"], "'Hello nello brellon cello?'"],
    ["hello", "copyReplaceAll:with:", ["", "x"], "'hello'"],
    ["hello", "copyReplacing:with:", [$("l"), $("L")], "'heLLo'"],
    ["hello", "copyWith:", [$("!")], "'hello!'"],
    ["hello", "copyWithout:", [$("l")], "'heo'"],
    ["hello", "reversed", [], "'olleh'"],
    ["a😀b", "reversed", [], "'b😀a'"],
    ["hello", "reverse", [], "'olleh'"],
  ]);

  it("signals SubscriptOutOfBounds at the first index copyFrom:to: cannot read", () => {
    expect(failure(() => send("abc", "copyFrom:to:", 2, 5))).toBe(
      "SubscriptOutOfBounds: subscript is out of bounds: 4",
    );
    expect(failure(() => send("abc", "copyFrom:to:", 0, 2))).toBe(
      "SubscriptOutOfBounds: subscript is out of bounds: 0",
    );
  });

  it("appends a non-collection under Pharo with Pharo's error", () => {
    setDialect("pharo");
    expect(failure(() => send("Data sent: ", ",", 12))).toBe(
      "Error: Instances of SmallInteger are not indexable",
    );
    expect(failure(() => send("x", ",", null))).toBe("Error: Instances of UndefinedObject are not indexable");
    expect(answer("x", ",", [$("a"), $("b")])).toBe("'xab'");
    expect(answer("x", ",", "yz")).toBe("'xyz'");
    expect(failure(() => send("x", ",", [1]))).toBe("Error: Improper store into indexable object");
  });
});

describe("String converting", () => {
  table([
    ["Hello", "asUppercase", [], "'HELLO'"],
    ["Hello", "asLowercase", [], "'hello'"],
    ["straße", "asUppercase", [], "'STRAßE'"],
    ["éa", "asUppercase", [], "'ÉA'"],
    ["hello world", "capitalized", [], "'Hello world'"],
    ["", "capitalized", [], "''"],
    ["hello", "asSymbol", [], "#hello"],
    ["hello world", "asSymbol", [], "#'hello world'"],
    ["hello", "asString", [], "'hello'"],
    ["42", "asNumber", [], "42"],
    ["-7", "asNumber", [], "-7"],
    ["16r1F", "asNumber", [], "31"],
    ["3.5", "asNumber", [], "3.5"],
    ["1e3", "asNumber", [], "1000"],
    ["12abc", "asNumber", [], "12"],
    ["abc-12x", "asInteger", [], "-12"],
    ["abc 42 7", "asInteger", [], "42"],
    ["abc", "asInteger", [], "nil"],
    ["12345678901234567890", "asInteger", [], "12345678901234567890"],
    ["x-5", "asUnsignedInteger", [], "5"],
    ["hi", "asByteArray", [], "#[104 105]"],
    ["ÿ", "asByteArray", [], "#[255]"],
    ["ā", "asByteArray", [], "#[0 0 1 1]"],
    ["abc", "asArray", [], "#($a $b $c)"],
    ["abc", "asOrderedCollection", [], "an OrderedCollection($a $b $c)"],
    ["cba", "asSortedCollection", [], "a SortedCollection($a $b $c)"],
    ["  a b\t\tc \r\n", "substrings", [], "#('a' 'b' 'c')"],
    ["a,b,,c", "substrings:", [","], "#('a' 'b' 'c')"],
    ["a,b;c", "subStrings:", [",;"], "#('a' 'b' 'c')"],
    ["a b", "subStrings", [], "#('a' 'b')"],
    ["a.b", "substrings:", [$(".")], "#('a' 'b')"],
    ["  hi there \t", "withBlanksTrimmed", [], "'hi there'"],
    ["  hi there \t", "trimBoth", [], "'hi there'"],
    ["  hi ", "trimLeft", [], "'hi '"],
    ["  hi ", "trimRight", [], "'  hi'"],
    ["   ", "trimBoth", [], "''"],
    ["{1} is {2}", "format:", [["x", 3]], "'x is 3'"],
    ["\\{1} is {1}", "format:", [["x"]], "'{1} is x'"],
    [", ", "join:", [["a", "b", 3]], "'a, b, 3'"],
    ["a\nb\rc", "withInternetLineEndings", [], "'a\r\nb\r\nc'"],
    ["a\r\nb", "withUnixLineEndings", [], "'a\nb'"],
    ["a\nb", "withSqueakLineEndings", [], "'a\rb'"],
    ["at:put:", "numArgs", [], "2"],
    ["+", "numArgs", [], "1"],
    ["size", "numArgs", [], "0"],
    ["größe:", "numArgs", [], "1"],
    ["a b", "numArgs", [], "-1"],
  ]);

  it("signals an Error when asNumber finds no number", () => {
    expect(failure(() => send("abc", "asNumber"))).toBe(
      "Error: Reading a number failed: a digit between 0 and 9 expected",
    );
  });

  it("requires Characters as separators and an index in format:", () => {
    expect(failure(() => send("a b", "substrings:", [1]))).toBe("Error: separators must be Characters.");
    expect(failure(() => send("{x}", "format:", ["a"]))).toBe("Error: $} expected");
  });

  it("takes a key in format: under Pharo", () => {
    const values = send(classNamed("Dictionary")!, "new");
    send(values, "at:put:", symbol("five"), 5);
    expect(failure(() => send("{five}", "format:", values))).toBe("Error: $} expected");
    setDialect("pharo");
    expect(answer("Five is {five}.", "format:", values)).toBe("'Five is 5.'");
  });
});

describe("String enumerating (SequenceableCollection's protocol through size and at:)", () => {
  it("do:, reverseDo:, withIndexDo: and keysAndValuesDo: visit the Characters in order", () => {
    const seen: string[] = [];
    send("a😀c", "do:", (each: unknown) => seen.push(printString(each)));
    send("ab", "reverseDo:", (each: unknown) => seen.push(printString(each)));
    send("ab", "withIndexDo:", (each: unknown, index: unknown) => seen.push(`${printString(each)}${index}`));
    send("ab", "keysAndValuesDo:", (index: unknown, each: unknown) =>
      seen.push(`${index}${printString(each)}`),
    );
    expect(seen).toEqual(["$a", "$😀", "$c", "$b", "$a", "$a1", "$b2", "1$a", "2$b"]);
  });

  table([
    ["abc", "collect:", [(each: Character) => each.asUppercase()], "'ABC'"],
    ["hello", "select:", [(each: Character) => each.isVowel()], "'eo'"],
    ["hello", "reject:", [(each: Character) => each.isVowel()], "'hll'"],
    ["hello", "detect:ifNone:", [(each: Character) => each.isVowel(), () => "none"], "$e"],
    ["xyz", "detect:ifNone:", [(each: Character) => each.isVowel(), () => "none"], "'none'"],
    ["abc", "inject:into:", [0, (sum: number, each: Character) => sum + each.asInteger()], "294"],
    ["abc", "allSatisfy:", [(each: Character) => each.isLetter()], "true"],
    ["a1", "anySatisfy:", [(each: Character) => each.isDigit()], "true"],
  ]);

  it("signals an Error when collect: answers something that is not a Character", () => {
    expect(failure(() => send("abc", "collect:", (each: Character) => each.asInteger()))).toBe(
      "Error: Improper store into indexable object",
    );
  });

  it("answers a Promise when a block suspends", async () => {
    const result = send("ab", "collect:", async (each: Character) => each.asUppercase());
    expect(result).toBeInstanceOf(Promise);
    expect(printString(await result)).toBe("'AB'");
  });

  it("linesDo: evaluates the block with each line, in order, awaiting blocks that suspend", async () => {
    const lines: unknown[] = [];
    await send("a\r\nb", "linesDo:", async (line: unknown) => {
      await Promise.resolve();
      lines.push(line);
    });
    expect(lines).toEqual(["a", "b"]);
  });
});

describe("String printing", () => {
  it.each([
    ["hello", "'hello'", "hello"],
    ["it's", "'it''s'", "it's"],
    ["", "''", ""],
    ["ā\r", "'ā\r'", "ā\r"],
  ])("%j printString, displayString and storeString", (string, printed, displayed) => {
    expect(send(string, "printString")).toBe(printed);
    expect(printString(string)).toBe(printed);
    expect(send(string, "displayString")).toBe(displayed);
    expect(send(string, "storeString")).toBe(printed);
  });

  it("prints as a literal inside an Array", () => {
    expect(printString(["a", "it's"])).toBe("#('a' 'it''s')");
  });

  it("displays without quotes", () => {
    expect(send("it's", "displayString")).toBe("it's");
    expect(printString("it's")).toBe("'it''s'");
  });
});

describe("String class side", () => {
  const String$ = StString;
  table([
    [String$, "new", [], "''"],
    [String$, "with:", [$("a")], "'a'"],
    [String$, "with:with:", [$("a"), $("b")], "'ab'"],
    [String$, "withAll:", [[$("a"), $("b")]], "'ab'"],
    [String$, "cr", [], "'\r'"],
    [String$, "lf", [], "'\n'"],
    [String$, "crlf", [], "'\r\n'"],
    [String$, "tab", [], "'\t'"],
    [String$, "space", [], "' '"],
    [String$, "value:", [65], "'A'"],
    [String$, "new:withAll:", [3, $("z")], "'zzz'"],
    [String$, "new:", [2], "'\u0000\u0000'"],
  ]);

  it("streamContents: answers what the block wrote on a WriteStream, a Promise when it suspends", async () => {
    expect(
      send(String$, "streamContents:", (stream: unknown) =>
        send(send(stream, "nextPutAll:", "ab"), "yourself"),
      ),
    ).toBe("ab");
    const later = send(String$, "streamContents:", async (stream: unknown) => {
      await Promise.resolve();
      send(stream, "print:", 42);
    });
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toBe("42");
    expect(send(String$, "new:streamContents:", 10, (stream: unknown) => send(stream, "tab"))).toBe("\t");
  });

  it("signals an Error for a bad size", () => {
    expect(failure(() => send(String$, "new:", -1))).toBe(
      "Error: ByteString called #basicNew: with invalid argument -1",
    );
    expect(failure(() => send(String$, "with:", 3))).toBe("Error: Improper store into indexable object");
  });
});

describe("ByteString and WideString", () => {
  it("classifies JavaScript strings by content", () => {
    expect(answer("abc", "class")).toBe("ByteString");
    expect(answer("ÿ", "class")).toBe("ByteString");
    expect(answer("ā", "class")).toBe("WideString");
    expect(answer(send(StString, "with:", send(Character, "value:", 300)), "class")).toBe("WideString");
    expect(send("abc", "isKindOf:", StString)).toBe(true);
    expect(answer(ByteString, "superclass")).toBe("String");
    expect(answer(WideString, "superclass")).toBe("String");
    expect(answer(StString, "superclass")).toBe("ArrayedCollection");
  });

  it("answers a String for the String operations on a WideString", () => {
    expect(answer("āb", "asUppercase")).toBe("'ĀB'");
    expect(answer("āb", ",", "c")).toBe("'ābc'");
    expect(answer("ā", "size")).toBe("1");
  });
});

describe("mutable Strings (`String new:`, `copy`)", () => {
  it("at:put: changes a copy, not the original", () => {
    const copy = send("hello", "copy");
    send(copy, "at:put:", 1, $("H"));
    expect(printString(copy)).toBe("'Hello'");
    expect(answer(copy, "class")).toBe("ByteString");
    expect(isStringValue(copy)).toBe(true);
    expect(stringText(copy as StString)).toBe("Hello");
  });

  it("String new: holds NULs until written", () => {
    const buffer = send(StString, "new:", 3);
    send(buffer, "at:put:", 2, $("x"));
    expect(answer(buffer, "asByteArray")).toBe("#[0 120 0]");
    expect(send(buffer, "size")).toBe(3);
  });

  it("a ByteString becomes a WideString when it stores a wide Character, as Squeak's becomeForward: does", () => {
    const copy = send("abc", "copy");
    send(copy, "at:put:", 2, send(Character, "value:", 0x3b1));
    expect(answer(copy, "class")).toBe("WideString");
    expect(printString(copy)).toBe("'aαc'");
  });

  it("is equal to, hashes like and concatenates as the same characters", () => {
    const copy = send("abc", "copy");
    expect(send(copy, "=", "abc")).toBe(true);
    expect(send("abc", "=", copy)).toBe(true);
    expect(send(copy, "==", send("abc", "copy"))).toBe(false);
    expect(send(copy, ",", "d")).toBe("abcd");
    expect(send("x", ",", copy)).toBe("xabc");
    expect(send(copy, "asString")).toBe("abc");
    expect(send(copy, "asSymbol")).toBe(symbol("abc"));
    const set = send(send(["abc"], "asSet"), "yourself");
    expect(send(set, "includes:", copy)).toBe(true);
  });

  it("replaceFrom:to:with:startingAt: copies from a String, a ByteArray or an Array of Characters", () => {
    const buffer = send(StString, "new:withAll:", 6, $("."));
    send(buffer, "replaceFrom:to:with:startingAt:", 1, 2, "xyz", 2);
    send(buffer, "replaceFrom:to:with:startingAt:", 3, 4, new Uint8Array([65, 66]), 1);
    send(buffer, "replaceFrom:to:with:", 5, 6, [$("!"), $("?")]);
    expect(printString(buffer)).toBe("'yzAB!?'");
    expect(failure(() => send(buffer, "replaceFrom:to:with:startingAt:", 5, 7, "abc", 1))).toBe(
      "SubscriptOutOfBounds: subscript is out of bounds: 7",
    );
    expect(failure(() => send(buffer, "replaceFrom:to:with:startingAt:", 1, 3, "ab", 1))).toBe(
      "SubscriptOutOfBounds: subscript is out of bounds: 3",
    );
  });

  it("replaceAll:with:, atAllPut:, translateToUppercase and sort change the String in place", () => {
    const copy = send("banana", "copy");
    send(copy, "replaceAll:with:", $("a"), $("o"));
    expect(printString(copy)).toBe("'bonono'");
    send(copy, "translateToUppercase");
    expect(printString(copy)).toBe("'BONONO'");
    send(copy, "sort");
    expect(printString(copy)).toBe("'BNNOOO'");
    send(copy, "atAllPut:", $("z"));
    expect(printString(copy)).toBe("'zzzzzz'");
  });

  it("a String value (a literal) and a Symbol cannot be modified", () => {
    expect(failure(() => send("abc", "at:put:", 1, $("x")))).toBe(
      "Error: 'abc' is read-only, hence its field 1 cannot be modified with $x",
    );
    expect(failure(() => send("abc", "replaceAll:with:", $("a"), $("b")))).toContain("is read-only");
    expect(failure(() => send(symbol("abc"), "at:put:", 1, $("x")))).toBe(
      "Error: symbols can not be modified.",
    );
  });

  it("at:put: stores only Characters", () => {
    const copy = send("abc", "copy");
    expect(failure(() => send(copy, "at:put:", 1, 65))).toBe("Error: Improper store into indexable object");
    expect(failure(() => send(copy, "at:put:", 4, $("d")))).toBe(
      "SubscriptOutOfBounds: subscript is out of bounds: 4",
    );
  });
});

describe("byte strings", () => {
  it("every one of the 256 byte values round-trips through a String literal, asByteArray and asString", () => {
    const all = Array.from({ length: 256 }, (_, code) => String.fromCharCode(code)).join("");
    expect(send(all, "size")).toBe(256);
    expect(answer(all, "class")).toBe("ByteString");
    for (let code = 0; code < 256; code += 1) {
      expect(send(send(all, "at:", code + 1), "asInteger")).toBe(code);
    }
    const bytes = send(all, "asByteArray") as Uint8Array;
    expect(Array.from(bytes)).toEqual(Array.from({ length: 256 }, (_, code) => code));
    expect(send(bytes, "asString")).toBe(all);
    expect(send(printString(all), "size")).toBe(256 + 2 + 1);
  });
});
