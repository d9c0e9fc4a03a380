import { afterEach, describe, expect, it } from "vitest";
import {
  Association,
  Bag,
  char,
  Dictionary,
  displayString,
  float,
  IdentityDictionary,
  IdentitySet,
  Interval,
  OrderedCollection,
  printString,
  rational,
  SortedCollection,
  StObject,
  StSet,
  send,
  setDialect,
  storeString,
  symbol,
} from "../src/index.js";

/** printString, displayString and storeString of the collections, as Squeak 6 prints them. */

const p = (value: unknown) => printString(value);

function dictionaryOf(cls: unknown, ...pairs: [unknown, unknown][]): unknown {
  const result = send(cls, "new");
  for (const [key, value] of pairs) send(result, "at:put:", key, value);
  return result;
}

afterEach(() => setDialect("squeak"));

describe("Array printString", () => {
  const inner = [1];
  it.each([
    ["an empty Array", () => [], "#()"],
    ["integers", () => [1, 2, 3], "#(1 2 3)"],
    [
      "literals of every kind",
      () => [1, char(97), "it's", symbol("sym"), null, true, false, float(2.5)],
      "#(1 $a 'it''s' #sym nil true false 2.5)",
    ],
    ["nested literal arrays", () => [1, [2, [symbol("x")]]], "#(1 #(2 #(#x)))"],
    ["a keyword symbol", () => [symbol("at:put:")], "#(#at:put:)"],
    ["a non-literal element", () => [send(StObject, "new"), 3], "{an Object . 3}"],
    ["a fraction", () => [rational(1n, 2n), 3], "{(1/2) . 3}"],
    ["a space character", () => [char(97), char(32)], "{$a . Character space}"],
    ["an association", () => [Association.keyValue(1, 2)], "{1->2}"],
    ["a collection", () => [send(OrderedCollection, "with:", 1)], "{an OrderedCollection(1)}"],
    ["the same inner Array twice (Squeak's visiting set)", () => [inner, inner], "{#(1) . #(1)}"],
    ["an inner Array with a non-literal", () => [[send(StObject, "new")]], "{{an Object}}"],
    ["a ByteArray", () => [new Uint8Array([1, 2])], "#(#[1 2])"],
  ])("%s prints as %s", (_text, make, expected) => {
    expect(p(make())).toBe(expected);
  });

  it("isLiteral follows the elements", () => {
    expect(send([1, [symbol("a")], "s"], "isLiteral")).toBe(true);
    expect(send([1, send(StObject, "new")], "isLiteral")).toBe(false);
    expect(send([inner, inner], "isLiteral")).toBe(true);
    expect(send([char(32)], "isLiteral")).toBe(true);
    expect(send([char(32)], "shouldBePrintedAsLiteral")).toBe(false);
  });
});

describe("collection printStrings", () => {
  it.each([
    ["OrderedCollection", () => send(OrderedCollection, "withAll:", [1, 2]), "an OrderedCollection(1 2)"],
    ["empty OrderedCollection", () => send(OrderedCollection, "new"), "an OrderedCollection()"],
    [
      "OrderedCollection of strings",
      () => send(OrderedCollection, "withAll:", ["a", symbol("b")]),
      "an OrderedCollection('a' #b)",
    ],
    ["SortedCollection", () => send(SortedCollection, "withAll:", [2, 1]), "a SortedCollection(1 2)"],
    ["Set", () => send(StSet, "withAll:", [1, 2]), "a Set(1 2)"],
    ["IdentitySet", () => send(IdentitySet, "withAll:", [1]), "an IdentitySet(1)"],
    ["Bag", () => send(Bag, "withAll:", [1, 1]), "a Bag(1 1)"],
    ["Dictionary", () => dictionaryOf(Dictionary, [symbol("a"), 1]), "a Dictionary(#a->1 )"],
    ["empty Dictionary", () => send(Dictionary, "new"), "a Dictionary()"],
    [
      "IdentityDictionary",
      () => dictionaryOf(IdentityDictionary, [symbol("a"), 1]),
      "an IdentityDictionary(#a->1 )",
    ],
    [
      "Dictionary with keys of several kinds, sorted safely",
      () => dictionaryOf(Dictionary, [2, symbol("two")], ["b", 4], [1, symbol("one")], [symbol("a"), 3]),
      "a Dictionary(#a->3 'b'->4 1->#one 2->#two )",
    ],
    [
      "Dictionary of more than 100",
      () =>
        send(
          Dictionary,
          "newFromPairs:",
          Array.from({ length: 202 }, (_, i) => i),
        ),
      "a Dictionary(size 101)",
    ],
    ["Interval", () => Interval.fromTo(1, 5), "(1 to: 5)"],
    ["Interval by 2", () => Interval.fromToBy(1, 10, 2), "(1 to: 10 by: 2)"],
    ["Interval by -1", () => Interval.fromToBy(5, 1, -1), "(5 to: 1 by: -1)"],
    ["empty Interval", () => Interval.fromTo(1, 0), "(1 to: 0)"],
    ["Interval of fractions", () => Interval.fromTo(rational(1n, 2n), 3), "((1/2) to: 3)"],
    [
      "Interval of floats",
      () => Interval.fromToBy(float(1.5), float(3.5), float(0.5)),
      "(1.5 to: 3.5 by: 0.5)",
    ],
    ["Association", () => Association.keyValue(1, 2), "1->2"],
  ])("%s prints as %s", (_text, make, expected) => {
    expect(p(make())).toBe(expected);
  });

  it("printString is limited to 50000 characters, then '...etc...' (Squeak)", () => {
    const big = send(OrderedCollection, "withAll:", Interval.fromTo(1, 20000));
    const printed = send(big, "printString") as string;
    expect(printed.length).toBe(50000 + "...etc...".length);
    expect(printed.startsWith("an OrderedCollection(1 2 3 ")).toBe(true);
    expect(printed.endsWith("...etc...")).toBe(true);
  });

  it("printString is limited to 50000 characters ending '[..]' under Pharo", () => {
    setDialect("pharo");
    const printed = send(
      send(OrderedCollection, "withAll:", Interval.fromTo(1, 20000)),
      "printString",
    ) as string;
    expect(printed.length).toBe(50000);
    expect(printed.endsWith("[..]")).toBe(true);
  });

  it("storeString of an Association", () => {
    expect(storeString(Association.keyValue(symbol("a"), "x"))).toBe("(#a->'x')");
  });
});

describe("displayString", () => {
  it.each([
    ["Array", () => ["a", symbol("b")], "#('a' #b)"],
    ["OrderedCollection", () => send(OrderedCollection, "withAll:", ["a"]), "an OrderedCollection('a')"],
    ["Interval", () => Interval.fromTo(1, 3), "(1 to: 3)"],
  ])("Squeak: the printString of %s, %s", (_text, make, expected) => {
    expect(displayString(make())).toBe(expected);
  });

  it.each([
    ["Array", () => ["a", symbol("b")], "an Array [2 items] ('a' #b)"],
    [
      "OrderedCollection",
      () => send(OrderedCollection, "withAll:", [1]),
      "an OrderedCollection [1 item] (1)",
    ],
    ["Interval", () => Interval.fromTo(1, 3), "an Interval [3 items] (1 2 3)"],
    ["Dictionary", () => dictionaryOf(Dictionary, [1, 2]), "a Dictionary [1 item] (1->2 )"],
    ["empty Set", () => send(StSet, "new"), "a Set [0 items] ()"],
  ])("Pharo: %s displays as %s", (_text, make, expected) => {
    setDialect("pharo");
    expect(displayString(make())).toBe(expected);
  });
});
