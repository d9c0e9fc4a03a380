import { describe, expect, it } from "vitest";
import {
  arrayFrom,
  char,
  float,
  Interval,
  newArray,
  OrderedCollection,
  printString,
  rational,
  SortedCollection,
  StArray,
  send,
  symbol,
} from "../src/index.js";

/** Sequenceable protocol: Array, OrderedCollection, SortedCollection, Interval, and strings. */

const p = (value: unknown) => printString(value);
const oc = (...elements: unknown[]) => send(OrderedCollection, "withAll:", elements);
const sorted = (...elements: unknown[]) => send(SortedCollection, "withAll:", elements);

/** receiver, selector, arguments, expected printString of the answer. */
type Row = readonly [string, () => unknown, string, readonly unknown[], string];

const QUERIES: readonly Row[] = [
  ["Array", () => [10, 20, 30], "at:", [2], "20"],
  ["Array", () => [10, 20, 30], "at:ifAbsent:", [4, () => "none"], "'none'"],
  ["Array", () => [10, 20, 30], "at:ifAbsent:", [1, () => "none"], "10"],
  ["Array", () => [10, 20, 30], "first", [], "10"],
  ["Array", () => [10, 20, 30], "last", [], "30"],
  ["Array", () => [10, 20, 30], "first:", [2], "#(10 20)"],
  ["Array", () => [10, 20, 30], "last:", [2], "#(20 30)"],
  ["Array", () => [10, 20, 30], "allButFirst", [], "#(20 30)"],
  ["Array", () => [10, 20, 30], "allButLast", [], "#(10 20)"],
  ["Array", () => [10, 20, 30], "allButFirst:", [2], "#(30)"],
  ["Array", () => [10, 20, 30], "allButLast:", [3], "#()"],
  ["Array", () => [10, 20, 30], "copyFrom:to:", [2, 3], "#(20 30)"],
  ["Array", () => [10, 20, 30], "copyFrom:to:", [3, 2], "#()"],
  ["Array", () => [10, 20, 30], "indexOf:", [30], "3"],
  ["Array", () => [10, 20, 30], "indexOf:", [99], "0"],
  ["Array", () => [10, 20, 30], "indexOf:ifAbsent:", [99, () => -1], "-1"],
  ["Array", () => [10, 20, 10], "indexOf:startingAt:", [10, 2], "3"],
  ["Array", () => [10, 20, 30], "copyWith:", [40], "#(10 20 30 40)"],
  ["Array", () => [10, 20, 30], ",", [[40, 50]], "#(10 20 30 40 50)"],
  ["Array", () => [10, 20, 30], "reverse", [], "#(30 20 10)"],
  ["Array", () => [10, 20, 30], "reversed", [], "#(30 20 10)"],
  ["Array", () => [10, 20, 30], "with:collect:", [[1, 2, 3], (a: number, b: number) => a + b], "#(11 22 33)"],
  ["Array", () => [10, 20, 30], "size", [], "3"],
  ["Array", () => [10, 20, 30], "isArray", [], "true"],
  ["Array", () => [10, 20, 30], "isSequenceable", [], "true"],
  ["Array", () => [10, 20, 30], "asArray", [], "#(10 20 30)"],
  ["Array", () => [3, 1, 2], "sort", [], "#(1 2 3)"],
  ["Array", () => [3, 1, 2], "sort:", [(a: number, b: number) => a > b], "#(3 2 1)"],
  ["Array", () => [10, 20, 30], "includes:", [20], "true"],
  ["Array", () => [10, 20, 30], "anyOne", [], "10"],
  ["OrderedCollection", () => oc(10, 20, 30), "at:", [2], "20"],
  ["OrderedCollection", () => oc(10, 20, 30), "first", [], "10"],
  ["OrderedCollection", () => oc(10, 20, 30), "last", [], "30"],
  ["OrderedCollection", () => oc(10, 20, 30), "first:", [2], "an OrderedCollection(10 20)"],
  ["OrderedCollection", () => oc(10, 20, 30), "last:", [1], "an OrderedCollection(30)"],
  ["OrderedCollection", () => oc(10, 20, 30), "allButFirst", [], "an OrderedCollection(20 30)"],
  ["OrderedCollection", () => oc(10, 20, 30), "allButLast", [], "an OrderedCollection(10 20)"],
  ["OrderedCollection", () => oc(10, 20, 30), "copyFrom:to:", [2, 2], "an OrderedCollection(20)"],
  ["OrderedCollection", () => oc(10, 20, 30), "indexOf:", [20], "2"],
  ["OrderedCollection", () => oc(10, 20, 30), "copyWith:", [40], "an OrderedCollection(10 20 30 40)"],
  ["OrderedCollection", () => oc(10, 20, 30), ",", [[40]], "an OrderedCollection(10 20 30 40)"],
  ["OrderedCollection", () => oc(10, 20, 30), "reversed", [], "an OrderedCollection(30 20 10)"],
  [
    "OrderedCollection",
    () => oc(10, 20),
    "with:collect:",
    [[1, 2], (a: number, b: number) => a * b],
    "an OrderedCollection(10 40)",
  ],
  ["OrderedCollection", () => oc(10, 20, 30), "asArray", [], "#(10 20 30)"],
  ["OrderedCollection", () => oc(3, 1, 2), "sort", [], "an OrderedCollection(1 2 3)"],
  [
    "OrderedCollection",
    () => oc(3, 1, 2),
    "sort:",
    [(a: number, b: number) => a > b],
    "an OrderedCollection(3 2 1)",
  ],
  ["SortedCollection", () => sorted(30, 10, 20), "first", [], "10"],
  ["SortedCollection", () => sorted(30, 10, 20), "last", [], "30"],
  ["SortedCollection", () => sorted(30, 10, 20), "at:", [2], "20"],
  ["SortedCollection", () => sorted(30, 10, 20), "median", [], "20"],
  ["SortedCollection", () => sorted(30, 10, 20), "indexOf:", [30], "3"],
  ["SortedCollection", () => sorted(30, 10, 20), "copyFrom:to:", [1, 2], "a SortedCollection(10 20)"],
  ["SortedCollection", () => sorted(30, 10, 20), "reversed", [], "a SortedCollection(30 20 10)"],
  ["SortedCollection", () => sorted(30, 10, 20), "copyWith:", [15], "a SortedCollection(10 15 20 30)"],
  [
    "SortedCollection",
    () => sorted(30, 10, 20),
    "collect:",
    [(x: number) => -x],
    "an OrderedCollection(-10 -20 -30)",
  ],
  ["SortedCollection", () => sorted(30, 10, 20), "sortBlock", [], "nil"],
  ["Interval", () => Interval.fromTo(1, 5), "at:", [5], "5"],
  ["Interval", () => Interval.fromTo(1, 5), "first", [], "1"],
  ["Interval", () => Interval.fromTo(1, 5), "last", [], "5"],
  ["Interval", () => Interval.fromToBy(1, 10, 2), "last", [], "9"],
  ["Interval", () => Interval.fromToBy(1, 10, 2), "size", [], "5"],
  ["Interval", () => Interval.fromToBy(10, 1, -3), "asArray", [], "#(10 7 4 1)"],
  ["Interval", () => Interval.fromTo(1, 5), "copyFrom:to:", [2, 4], "(2 to: 4)"],
  ["Interval", () => Interval.fromTo(1, 5), "reversed", [], "(5 to: 1 by: -1)"],
  ["Interval", () => Interval.fromTo(1, 5), "reverse", [], "(5 to: 1 by: -1)"],
  ["Interval", () => Interval.fromTo(1, 5), "indexOf:", [4], "4"],
  ["Interval", () => Interval.fromTo(1, 5), "includes:", [6], "false"],
  ["Interval", () => Interval.fromTo(1, 5), "collect:", [(x: number) => x * x], "#(1 4 9 16 25)"],
  ["Interval", () => Interval.fromTo(1, 5), "increment", [], "1"],
  ["Interval", () => Interval.fromTo(1, 5), "isInterval", [], "true"],
  ["Interval", () => Interval.fromTo(1, 5), ",", [[6]], "#(1 2 3 4 5 6)"],
  ["Interval", () => Interval.fromTo(1, 3), ",", [Interval.fromTo(4, 6)], "(1 to: 6)"],
  ["Interval", () => Interval.fromTo(1, 3), ",", [Interval.fromTo(5, 6)], "#(1 2 3 5 6)"],
  ["Interval", () => Interval.fromTo(1, 0), "size", [], "0"],
  ["Interval", () => Interval.fromTo(1, 0), "first", [], "1"],
  ["Interval", () => Interval.fromToBy(1, 2, float(0.5)), "asArray", [], "#(1.0 1.5 2.0)"],
  ["Interval", () => Interval.fromToBy(0, 1, rational(1n, 3n)), "asArray", [], "{0 . (1/3) . (2/3) . 1}"],
  ["String", () => "abc", "reversed", [], "'cba'"],
  ["String", () => "abc", "first", [], "$a"],
  ["String", () => "abc", "last", [], "$c"],
  ["String", () => "abcb", "indexOf:", [char(98)], "2"],
  ["String", () => "abc", "copyFrom:to:", [2, 3], "'bc'"],
  ["String", () => "abc", "asArray", [], "#($a $b $c)"],
  ["String", () => "abc", "allButFirst", [], "'bc'"],
  ["String", () => "cab", "sorted", [], "#($a $b $c)"],
  ["String", () => "abc", "at:ifAbsent:", [4, () => 0], "0"],
  ["String", () => "abc", "includes:", [char(99)], "true"],
  ["String", () => "abc", "collect:", [(each: unknown) => send(each, "asUppercase")], "'ABC'"],
  ["String", () => "abcd", "select:", [(each: unknown) => send(each, "isVowel")], "'a'"],
  [
    "String",
    () => "ab",
    "with:collect:",
    ["cd", (a: unknown, b: unknown) => (send(a, "<", b) ? b : a)],
    "'cd'",
  ],
  ["ByteArray", () => new Uint8Array([1, 2, 3]), "reversed", [], "#[3 2 1]"],
  ["ByteArray", () => new Uint8Array([1, 2, 3]), "collect:", [(each: number) => each * 2], "#[2 4 6]"],
  ["ByteArray", () => new Uint8Array([1, 2, 3]), "inject:into:", [0, (a: number, b: number) => a + b], "6"],
  ["OrderedCollection", () => oc(10, 20, 30), "at:ifAbsent:", [4, () => 0], "0"],
  ["Interval", () => Interval.fromTo(1, 3), "at:ifAbsent:", [0, () => "none"], "'none'"],
  ["OrderedCollection", () => oc(10, 20, 30), "indexOf:ifAbsent:", [40, () => 0], "0"],
];

describe("sequenceable queries", () => {
  const rows = QUERIES.map(
    ([name, make, selector, args, expected]) => [name, selector, args, expected, make] as const,
  );
  it.each(rows)("%s %s %j answers %s", (_name, selector, args, expected, make) => {
    expect(p(send(make(), selector, ...args))).toBe(expected);
  });
});

describe("enumeration with indices", () => {
  const RECEIVERS: readonly (readonly [string, () => unknown, readonly unknown[]])[] = [
    ["Array", () => [10, 20, 30], [10, 20, 30]],
    ["OrderedCollection", () => oc(10, 20, 30), [10, 20, 30]],
    ["SortedCollection", () => sorted(30, 20, 10), [10, 20, 30]],
    ["Interval", () => Interval.fromToBy(10, 30, 10), [10, 20, 30]],
    ["String", () => "abc", [char(97), char(98), char(99)]],
  ];

  it.each(RECEIVERS)(
    "%s reverseDo:, withIndexDo:, doWithIndex:, keysAndValuesDo:, from:to:do:",
    (_n, make, elements) => {
      const log: unknown[] = [];
      const receiver = make();
      expect(send(receiver, "reverseDo:", (each: unknown) => log.push(each))).toBe(receiver);
      expect(log).toEqual([...elements].reverse());
      log.length = 0;
      send(receiver, "withIndexDo:", (each: unknown, index: number) => log.push([each, index]));
      expect(log).toEqual(elements.map((each, index) => [each, index + 1]));
      log.length = 0;
      send(receiver, "doWithIndex:", (each: unknown, index: number) => log.push([each, index]));
      expect(log).toEqual(elements.map((each, index) => [each, index + 1]));
      log.length = 0;
      send(receiver, "keysAndValuesDo:", (index: number, each: unknown) => log.push([index, each]));
      expect(log).toEqual(elements.map((each, index) => [index + 1, each]));
      log.length = 0;
      send(receiver, "from:to:do:", 2, 3, (each: unknown) => log.push(each));
      expect(log).toEqual(elements.slice(1));
    },
  );

  it.each(RECEIVERS)("%s with:do: pairs corresponding elements", (_n, make, elements) => {
    const log: unknown[] = [];
    send(make(), "with:do:", [1, 2, 3], (each: unknown, other: number) => log.push([each, other]));
    expect(log).toEqual(elements.map((each, index) => [each, index + 1]));
  });
});

describe("equality and hashing", () => {
  it.each([
    ["#(1 2) = #(1 2)", () => [1, 2], () => [1, 2], true],
    ["#(1 2) = #(1 3)", () => [1, 2], () => [1, 3], false],
    ["#(1 2) = #(1 2 3)", () => [1, 2], () => [1, 2, 3], false],
    ["#(1 2) = (1 to: 2)", () => [1, 2], () => Interval.fromTo(1, 2), false],
    ["(1 to: 2) = #(1 2)", () => Interval.fromTo(1, 2), () => [1, 2], false],
    ["(1 to: 3) = (1 to: 3)", () => Interval.fromTo(1, 3), () => Interval.fromTo(1, 3), true],
    [
      "(1 to: 6 by: 2) = (1 to: 5 by: 2)",
      () => Interval.fromToBy(1, 6, 2),
      () => Interval.fromToBy(1, 5, 2),
      true,
    ],
    ["(1 to: 3) = (1 to: 4)", () => Interval.fromTo(1, 3), () => Interval.fromTo(1, 4), false],
    ["OC(1 2) = OC(1 2)", () => oc(1, 2), () => oc(1, 2), true],
    ["OC(1 2) = #(1 2)", () => oc(1, 2), () => [1, 2], false],
    ["SC(1 2) = SC(2 1)", () => sorted(1, 2), () => sorted(2, 1), true],
    ["SC(1 2) = OC(1 2)", () => sorted(1, 2), () => oc(1, 2), false],
    ["#(1 #(2 'a')) = #(1 #(2 'a'))", () => [1, [2, "a"]], () => [1, [2, "a"]], true],
    ["#(1) = #(1.0)", () => [1], () => [float(1)], true],
  ] as const)("%s", (_text, a, b, expected) => {
    const left = a();
    const right = b();
    expect(send(left, "=", right)).toBe(expected);
    if (expected) expect(send(left, "hash")).toBe(send(right, "hash"));
  });
});

describe("class-side construction", () => {
  it.each([
    ["Array new", () => send(StArray, "new"), "#()"],
    ["Array new: 3", () => send(StArray, "new:", 3), "#(nil nil nil)"],
    ["Array new: 2 withAll: 7", () => send(StArray, "new:withAll:", 2, 7), "#(7 7)"],
    ["Array with: 1", () => send(StArray, "with:", 1), "#(1)"],
    ["Array with:with:", () => send(StArray, "with:with:", 1, 2), "#(1 2)"],
    ["Array with:with:with:", () => send(StArray, "with:with:with:", 1, 2, 3), "#(1 2 3)"],
    ["Array with:with:with:with:", () => send(StArray, "with:with:with:with:", 1, 2, 3, 4), "#(1 2 3 4)"],
    [
      "Array with:with:with:with:with:",
      () => send(StArray, "with:with:with:with:with:", 1, 2, 3, 4, 5),
      "#(1 2 3 4 5)",
    ],
    [
      "Array with:with:with:with:with:with:",
      () => send(StArray, "with:with:with:with:with:with:", 1, 2, 3, 4, 5, 6),
      "#(1 2 3 4 5 6)",
    ],
    ["Array withAll: (1 to: 3)", () => send(StArray, "withAll:", Interval.fromTo(1, 3)), "#(1 2 3)"],
    ["Array newFrom: 'ab'", () => send(StArray, "newFrom:", "ab"), "#($a $b)"],
    ["OrderedCollection new", () => send(OrderedCollection, "new"), "an OrderedCollection()"],
    ["OrderedCollection new: 5", () => send(OrderedCollection, "new:", 5), "an OrderedCollection()"],
    [
      "OrderedCollection new: 2 withAll: 0",
      () => send(OrderedCollection, "new:withAll:", 2, 0),
      "an OrderedCollection(0 0)",
    ],
    [
      "OrderedCollection with:with:",
      () => send(OrderedCollection, "with:with:", 1, 2),
      "an OrderedCollection(1 2)",
    ],
    [
      "SortedCollection with:with:with:",
      () => send(SortedCollection, "with:with:with:", 3, 1, 2),
      "a SortedCollection(1 2 3)",
    ],
    [
      "SortedCollection sortBlock:",
      () =>
        send(
          send(SortedCollection, "sortBlock:", (a: number, b: number) => a >= b),
          "addAll:",
          [1, 3, 2],
        ),
      "#(1 3 2)",
    ],
    ["Interval from: 1 to: 3", () => send(Interval, "from:to:", 1, 3), "(1 to: 3)"],
    ["Interval from: 1 to: 9 by: 4", () => send(Interval, "from:to:by:", 1, 9, 4), "(1 to: 9 by: 4)"],
    ["Interval withAll: #(1 3 5)", () => send(Interval, "withAll:", [1, 3, 5]), "(1 to: 5 by: 2)"],
    ["Interval newFrom: #()", () => send(Interval, "newFrom:", []), "(1 to: 0)"],
    ["Interval new", () => send(Interval, "new"), "(1 to: 0)"],
    ["1 to: 4", () => send(1, "to:", 4), "(1 to: 4)"],
    ["1 to: 4 by: 2", () => send(1, "to:by:", 4, 2), "(1 to: 4 by: 2)"],
  ] as const)("%s", (_text, make, expected) => {
    expect(p(make())).toBe(expected);
  });
});

describe("helpers for generated code", () => {
  it("newArray makes `Array new: n`, arrayFrom a brace array; both are plain, changeable JavaScript arrays", () => {
    const fresh = newArray(3);
    expect(fresh).toEqual([null, null, null]);
    expect(p(fresh)).toBe("#(nil nil nil)");
    const brace = arrayFrom(1, symbol("a"));
    expect(p(brace)).toBe("#(1 #a)");
    send(brace, "at:put:", 1, 2);
    expect(brace).toEqual([2, symbol("a")]);
  });
});

describe("changing arrays and OrderedCollections", () => {
  it("at:put: stores into an Array and answers the value", () => {
    const array = [1, 2, 3];
    expect(send(array, "at:put:", 2, symbol("x"))).toBe(symbol("x"));
    expect(p(array)).toBe("#(1 #x 3)");
  });

  it("OrderedCollection grows and shrinks at both ends", () => {
    const ordered = send(OrderedCollection, "new");
    expect(send(ordered, "addLast:", 2)).toBe(2);
    expect(send(ordered, "addFirst:", 1)).toBe(1);
    expect(send(ordered, "add:", 3)).toBe(3);
    for (let n = 0; n > -20; n -= 1) send(ordered, "addFirst:", n);
    expect(send(ordered, "size")).toBe(23);
    expect(send(ordered, "first")).toBe(-19);
    expect(send(ordered, "removeFirst")).toBe(-19);
    expect(send(ordered, "removeLast")).toBe(3);
    expect(p(send(ordered, "removeFirst:", 2))).toBe("#(-18 -17)");
    expect(p(send(ordered, "removeLast:", 2))).toBe("#(1 2)");
    expect(send(ordered, "at:put:", 1, 99)).toBe(99);
    expect(send(ordered, "first")).toBe(99);
    expect(send(ordered, "add:beforeIndex:", 7, 2)).toBe(7);
    expect(send(ordered, "at:", 2)).toBe(7);
    expect(send(ordered, "removeAt:", 2)).toBe(7);
    expect(send(ordered, "removeAll")).toBe(ordered);
    expect(p(ordered)).toBe("an OrderedCollection()");
  });

  it("removeFirst many times keeps the elements in order", () => {
    const ordered = send(OrderedCollection, "withAll:", Interval.fromTo(1, 500));
    for (let n = 1; n <= 400; n += 1) expect(send(ordered, "removeFirst")).toBe(n);
    expect(send(ordered, "asArray")).toEqual(Array.from({ length: 100 }, (_, i) => 401 + i));
    send(ordered, "addFirst:", 400);
    expect(send(ordered, "first")).toBe(400);
  });

  it("addAllFirst: and addAllLast: keep the argument's order", () => {
    const ordered = oc(3);
    send(ordered, "addAllFirst:", [1, 2]);
    send(ordered, "addAllLast:", [4, 5]);
    expect(p(ordered)).toBe("an OrderedCollection(1 2 3 4 5)");
  });

  it("removeAllSuchThat: removes the matching elements", () => {
    const ordered = oc(1, 2, 3, 4);
    send(ordered, "removeAllSuchThat:", (each: number) => each % 2 === 0);
    expect(p(ordered)).toBe("an OrderedCollection(1 3)");
  });

  it("copy is independent of the original", () => {
    const ordered = oc(1, 2);
    const copy = send(ordered, "copy");
    send(copy, "add:", 3);
    expect(p(ordered)).toBe("an OrderedCollection(1 2)");
    expect(p(copy)).toBe("an OrderedCollection(1 2 3)");
    const array = [1, 2];
    const arrayCopy = send(array, "copy") as unknown[];
    arrayCopy[0] = 9;
    expect(array).toEqual([1, 2]);
  });

  it("replaceFrom:to:with:startingAt: copies a range", () => {
    const array = [1, 2, 3, 4];
    expect(send(array, "replaceFrom:to:with:startingAt:", 2, 3, [7, 8, 9], 2)).toBe(array);
    expect(array).toEqual([1, 8, 9, 4]);
    send(array, "replaceFrom:to:with:", 1, 2, [5, 6]);
    expect(array).toEqual([5, 6, 9, 4]);
  });

  it("do: on an OrderedCollection visits elements added during the iteration (Squeak reads lastIndex live)", () => {
    const ordered = oc(1, 2, 3);
    const seen: unknown[] = [];
    send(ordered, "do:", (each: number) => {
      seen.push(each);
      if (each < 3) send(ordered, "add:", each + 10);
    });
    expect(seen).toEqual([1, 2, 3, 11, 12]);
  });

  it("do: on an OrderedCollection does not revisit elements removed at the front", () => {
    const ordered = oc(1, 2, 3, 4);
    const seen: unknown[] = [];
    send(ordered, "do:", (each: number) => {
      seen.push(each);
      if (each === 2) send(ordered, "removeFirst");
    });
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(p(ordered)).toBe("an OrderedCollection(2 3 4)");
  });

  it("collect: on an OrderedCollection reads the end once", () => {
    const ordered = oc(1, 2);
    const result = send(ordered, "collect:", (each: number) => send(ordered, "add:", each + 10));
    expect(p(result)).toBe("an OrderedCollection(11 12)");
  });

  it("a SortedCollection inserts after equal elements and re-sorts on sortBlock:", () => {
    const byFirst = send(
      SortedCollection,
      "sortBlock:",
      (a: unknown[], b: unknown[]) => (a[0] as number) <= (b[0] as number),
    );
    send(byFirst, "add:", [2, "a"]);
    send(byFirst, "add:", [1, "b"]);
    send(byFirst, "add:", [2, "c"]);
    send(byFirst, "add:", [1, "d"]);
    expect((send(byFirst, "asArray") as unknown[][]).map((pair) => pair[1])).toEqual(["b", "d", "a", "c"]);
    const numbers = sorted(3, 1, 2);
    send(numbers, "sortBlock:", (a: number, b: number) => a >= b);
    expect(p(numbers)).toBe("a SortedCollection(3 2 1)");
    send(numbers, "add:", 5);
    expect(p(numbers)).toBe("a SortedCollection(5 3 2 1)");
    expect(send(numbers, "removeFirst")).toBe(5);
  });

  it("sort: is stable", () => {
    const pairs = [
      [1, "a"],
      [0, "b"],
      [1, "c"],
      [0, "d"],
    ];
    send(pairs, "sort:", (x: number[], y: number[]) => (x[0] as number) <= (y[0] as number));
    expect(pairs.map((pair) => pair[1])).toEqual(["b", "d", "a", "c"]);
  });

  it("readStream reads the elements", () => {
    const stream = send([1, 2, 3], "readStream");
    expect(send(stream, "next")).toBe(1);
    expect(p(send(stream, "upToEnd"))).toBe("#(2 3)");
    expect(send(send(oc(4, 5), "readStream"), "next")).toBe(4);
  });
});

describe("second, third, copyUpTo:, copyAfter:", () => {
  it.each([
    [["a", "b", "c"], "second", [], "b"],
    [["a", "b", "c"], "third", [], "c"],
    ["key: value", "copyUpTo:", [":"], "key"],
    ["key: value", "copyAfter:", [":"], " value"],
    ["no colon", "copyUpTo:", [":"], "no colon"],
    ["no colon", "copyAfter:", [":"], ""],
  ])("%j %s %j", (receiver, selector, args, expected) => {
    const argument = args.map((each) => (typeof receiver === "string" ? send(each, "first") : each));
    expect(String(send(receiver, selector, ...argument))).toBe(String(expected));
  });
});
