import { afterEach, describe, expect, it } from "vitest";
import {
  ByteSymbol,
  isLiteralSymbol,
  isSymbol,
  printString,
  StString,
  StSymbol,
  send,
  setDialect,
  symbol,
  WideSymbol,
} from "../src/index.js";
import { failure } from "./text-helpers.js";

afterEach(() => setDialect("squeak"));

describe("Symbol interning", () => {
  it("answers one object per name: #foo == #foo, 'foo' asSymbol == #foo, Symbol intern: 'foo' == #foo", () => {
    const foo = symbol("foo");
    expect(symbol("foo")).toBe(foo);
    expect(send(foo, "==", symbol("foo"))).toBe(true);
    expect(send("foo", "asSymbol")).toBe(foo);
    expect(send(send("fo", ",", "o"), "asSymbol")).toBe(foo);
    expect(send(StSymbol, "intern:", "foo")).toBe(foo);
    expect(send(send("foo", "copy"), "asSymbol")).toBe(foo);
    expect(send(foo, "asSymbol")).toBe(foo);
    expect(send(foo, "copy")).toBe(foo);
    expect(symbol("bar")).not.toBe(foo);
  });

  it("looks up only existing Symbols", () => {
    symbol("alreadyInterned");
    expect(send(StSymbol, "lookup:", "alreadyInterned")).toBe(symbol("alreadyInterned"));
    expect(send(StSymbol, "lookup:", "neverInternedAnywhere")).toBeNull();
  });

  it("is a ByteSymbol, or a WideSymbol for a name beyond Latin-1; both are Strings", () => {
    expect(printString(send(symbol("foo"), "class"))).toBe("ByteSymbol");
    expect(printString(send(symbol("αβ"), "class"))).toBe("WideSymbol");
    expect(send(symbol("foo"), "isKindOf:", StString)).toBe(true);
    expect(printString(send(ByteSymbol, "superclass"))).toBe("Symbol");
    expect(printString(send(WideSymbol, "superclass"))).toBe("Symbol");
    expect(printString(send(StSymbol, "superclass"))).toBe("String");
    expect(isSymbol(symbol("foo"))).toBe(true);
    expect(isSymbol("foo")).toBe(false);
  });

  it("cannot be made with new or new:", () => {
    expect(failure(() => send(StSymbol, "new"))).toBe(
      "Error: new is not a message appropriate for a Symbol class",
    );
    expect(failure(() => send(StSymbol, "new:", 3))).toBe(
      "Error: new: is not a message appropriate for a Symbol class",
    );
  });
});

describe("Symbol equality", () => {
  it.each([
    ["#abc = #abc", symbol("abc"), symbol("abc"), true],
    ["#abc = #abd", symbol("abc"), symbol("abd"), false],
    ["#abc = 'abc'", symbol("abc"), "abc", true],
    ["'abc' = #abc", "abc", symbol("abc"), true],
    ["#abc = 'abc' copy", symbol("abc"), "abc", true],
    ["#abc = 3", symbol("abc"), 3, false],
    ["#abc == 'abc'", symbol("abc"), "abc", false],
  ] as const)("%s", (source, receiver, argument, expected) => {
    const selector = source.includes("==") ? "==" : "=";
    const other = source.endsWith("copy") ? send(argument, "copy") : argument;
    expect(send(receiver, selector, other)).toBe(expected);
  });

  it("is equal to a String both ways in Pharo too", () => {
    setDialect("pharo");
    expect(send(symbol("abc"), "=", "abc")).toBe(true);
    expect(send("abc", "=", symbol("abc"))).toBe(true);
  });

  it("hashes like the String with its characters, so either finds the other in a Set", () => {
    expect(send(symbol("abc"), "hash")).toBe(send("abc", "hash"));
    const set = send(["abc"], "asSet");
    expect(send(set, "includes:", symbol("abc"))).toBe(true);
  });
});

describe("Symbol printing", () => {
  it.each([
    ["foo", "#foo"],
    ["with:with:", "#with:with:"],
    ["at:put:", "#at:put:"],
    ["+", "#+"],
    ["->", "#->"],
    ["==>", "#==>"],
    ["|", "#|"],
    ["hello world", "#'hello world'"],
    ["it's", "#'it''s'"],
    ["3abc", "#'3abc'"],
    ["", "#''"],
    ["a:b", "#'a:b'"],
    ["a::", "#'a::'"],
    ["a:1:", "#'a:1:'"],
    ["foo_bar", "#'foo_bar'"],
    ["Ölfass", "#Ölfass"],
    ["αβ", "#'αβ'"],
    ["||", "#'||'"],
    ["+a", "#'+a'"],
  ])("%j prints as %s", (name, printed) => {
    expect(printString(symbol(name))).toBe(printed);
    expect(send(symbol(name), "storeString")).toBe(printed);
  });

  it("prints multi-character binary selectors and underscores as Pharo does under Pharo", () => {
    setDialect("pharo");
    expect(printString(symbol("+"))).toBe("#+");
    expect(printString(symbol("->"))).toBe("#'->'");
    expect(printString(symbol("foo_bar"))).toBe("#foo_bar");
  });

  it("displays, and converts to a String, as its name", () => {
    expect(send(symbol("foo"), "displayString")).toBe("foo");
    expect(send(symbol("hello world"), "asString")).toBe("hello world");
    expect(printString(send(symbol("foo"), "asString"))).toBe("'foo'");
    expect(printString([symbol("foo"), symbol("a b")])).toBe("#(#foo #'a b')");
  });

  it("converts to its name in JavaScript, so perform: and respondsTo: take it", () => {
    expect(String(symbol("foo:"))).toBe("foo:");
    expect(`${symbol("bar")}`).toBe("bar");
    expect(send("abc", "perform:", symbol("size"))).toBe(3);
    expect(send("abc", "respondsTo:", symbol("asUppercase"))).toBe(true);
  });

  it("tells literal symbol names from the rest", () => {
    expect(isLiteralSymbol("foo:bar:")).toBe(true);
    expect(isLiteralSymbol("foo bar")).toBe(false);
  });
});

describe("Symbol as a String", () => {
  it.each([
    ["size", [], "3"],
    ["at:", [2], "$o"],
    [",", ["bar"], "'foobar'"],
    ["copyFrom:to:", [1, 2], "'fo'"],
    ["asUppercase", [], "'FOO'"],
    ["reversed", [], "'oof'"],
    ["collect:", [(each: unknown) => send(each, "asUppercase")], "'FOO'"],
    ["species", [], "ByteString"],
    ["includesSubstring:", ["oo"], "true"],
    ["isSymbol", [], "true"],
    ["isString", [], "true"],
    ["numArgs", [], "0"],
  ])("#foo %s", (selector, args, printed) => {
    expect(printString(send(symbol("foo"), selector, ...args))).toBe(printed);
  });

  it("cannot be modified", () => {
    expect(failure(() => send(symbol("foo"), "at:put:", 1, send("x", "first")))).toBe(
      "Error: symbols can not be modified.",
    );
    expect(failure(() => send(symbol("foo"), "replaceFrom:to:with:startingAt:", 1, 1, "x", 1))).toBe(
      "Error: symbols can not be modified.",
    );
  });

  it("answers its numArgs as a selector and performs itself with value: and value:value:", () => {
    expect(send(symbol("at:put:"), "numArgs")).toBe(2);
    expect(send(symbol("size"), "value:", "abc")).toBe(3);
    expect(send(symbol(","), "value:value:", "ab", "c")).toBe("abc");
    expect(send(["ab", "c"], "collect:", symbol("size"))).toEqual([2, 1]);
  });
});
