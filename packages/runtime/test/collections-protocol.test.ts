import { describe, expect, it } from "vitest";
import {
  Bag,
  Collection,
  Dictionary,
  IdentitySet,
  Interval,
  OrderedCollection,
  printString,
  registerClass,
  SortedCollection,
  StSet,
  send,
  symbol,
} from "../src/index.js";

/**
 * The enumeration and query protocol of Collection, table-driven over every collection class.
 * Each collection holds the values 3, 1 and 2 (Interval and SortedCollection in their order).
 */

const p = (value: unknown) => printString(value);

function dictionaryOf(...pairs: [string, unknown][]): unknown {
  const dictionary = send(Dictionary, "new");
  for (const [key, value] of pairs) send(dictionary, "at:put:", symbol(key), value);
  return dictionary;
}

/** name, a fresh collection, its elements in enumeration order. */
const KINDS: readonly (readonly [string, () => unknown, readonly number[]])[] = [
  ["Array", () => [3, 1, 2], [3, 1, 2]],
  ["OrderedCollection", () => send(OrderedCollection, "withAll:", [3, 1, 2]), [3, 1, 2]],
  ["SortedCollection", () => send(SortedCollection, "withAll:", [3, 1, 2]), [1, 2, 3]],
  ["Interval", () => Interval.fromTo(1, 3), [1, 2, 3]],
  ["Set", () => send(StSet, "withAll:", [3, 1, 2]), [3, 1, 2]],
  ["IdentitySet", () => send(IdentitySet, "withAll:", [3, 1, 2]), [3, 1, 2]],
  ["Bag", () => send(Bag, "withAll:", [3, 1, 2]), [3, 1, 2]],
  ["Dictionary", () => dictionaryOf(["c", 3], ["a", 1], ["b", 2]), [3, 1, 2]],
];

function kind(name: string): () => unknown {
  const found = KINDS.find(([kindName]) => kindName === name);
  if (found === undefined) throw new Error(name);
  return found[1];
}

/** Rows of name, expected printString (given in KINDS order) and the collection's factory. */
function byKind(...expected: string[]): (readonly [string, string, () => unknown])[] {
  return KINDS.map(([name, make], index) => [name, expected[index] as string, make] as const);
}

describe.each(KINDS)("%s enumeration", (_name, make, order) => {
  it("do: visits every element in order and answers the receiver", () => {
    const collection = make();
    const seen: unknown[] = [];
    expect(send(collection, "do:", (each: unknown) => seen.push(each))).toBe(collection);
    expect(seen).toEqual(order);
  });

  it("do:separatedBy: evaluates the separator between elements", () => {
    const log: unknown[] = [];
    send(
      make(),
      "do:separatedBy:",
      (each: unknown) => log.push(each),
      () => log.push("|"),
    );
    expect(log).toEqual([order[0], "|", order[1], "|", order[2]]);
  });

  it("inject:into: folds in order", () => {
    expect(send(make(), "inject:into:", 0, (sum: unknown, each: unknown) => send(sum, "+", each))).toBe(6);
    expect(send(make(), "inject:into:", "", (text: string, each: number) => `${text}${each}`)).toBe(
      order.join(""),
    );
  });

  it("detect: and detect:ifNone: answer the first match or the none block's value", () => {
    expect(send(make(), "detect:", (each: number) => each > 1)).toBe(order.find((each) => each > 1));
    expect(
      send(
        make(),
        "detect:ifNone:",
        (each: number) => each > 5,
        () => "none",
      ),
    ).toBe("none");
    expect(
      send(
        make(),
        "detect:ifFound:ifNone:",
        (each: number) => each === 2,
        (x: number) => x * 100,
        () => 0,
      ),
    ).toBe(200);
  });

  it.each([
    ["anySatisfy:", (each: number) => each === 2, true],
    ["anySatisfy:", (each: number) => each > 3, false],
    ["allSatisfy:", (each: number) => each > 0, true],
    ["allSatisfy:", (each: number) => each > 1, false],
    ["noneSatisfy:", (each: number) => each > 5, true],
    ["noneSatisfy:", (each: number) => each === 1, false],
  ] as const)("%s answers %s", (selector, block, expected) => {
    expect(send(make(), selector, block)).toBe(expected);
  });

  it("count:, detectMax:, detectMin:, sum, max, min, anyOne", () => {
    expect(send(make(), "count:", (each: number) => each % 2 === 1)).toBe(2);
    expect(send(make(), "detectMax:", (each: number) => -each)).toBe(1);
    expect(send(make(), "detectMin:", (each: number) => -each)).toBe(3);
    expect(send(make(), "sum")).toBe(6);
    expect(send(make(), "max")).toBe(3);
    expect(send(make(), "min")).toBe(1);
    expect(order).toContain(send(make(), "anyOne"));
  });

  it("includes:, occurrencesOf:, size, isEmpty, notEmpty, isEmptyOrNil, isCollection", () => {
    const collection = make();
    expect(send(collection, "includes:", 2)).toBe(true);
    expect(send(collection, "includes:", 5)).toBe(false);
    expect(send(collection, "occurrencesOf:", 2)).toBe(1);
    expect(send(collection, "occurrencesOf:", 7)).toBe(0);
    expect(send(collection, "size")).toBe(3);
    expect(send(collection, "isEmpty")).toBe(false);
    expect(send(collection, "notEmpty")).toBe(true);
    expect(send(collection, "isEmptyOrNil")).toBe(false);
    expect(send(collection, "isCollection")).toBe(true);
  });

  it("ifEmpty: answers the receiver, ifNotEmpty: culls it, ifEmpty:ifNotEmpty: picks the second", () => {
    const collection = make();
    expect(send(collection, "ifEmpty:", () => "empty")).toBe(collection);
    expect(send(collection, "ifNotEmpty:", (it: unknown) => it)).toBe(collection);
    expect(send(collection, "ifNotEmpty:", () => "full")).toBe("full");
    expect(
      send(
        collection,
        "ifEmpty:ifNotEmpty:",
        () => "empty",
        (it: unknown) => send(it, "size"),
      ),
    ).toBe(3);
    expect(
      send(
        collection,
        "ifNotEmpty:ifEmpty:",
        () => "full",
        () => "empty",
      ),
    ).toBe("full");
  });

  it("asArray, asOrderedCollection, asBag, asSet keep the enumeration order", () => {
    expect(send(make(), "asArray")).toEqual(order);
    expect(p(send(make(), "asOrderedCollection"))).toBe(`an OrderedCollection(${order.join(" ")})`);
    expect(p(send(make(), "asBag"))).toBe(`a Bag(${order.join(" ")})`);
    expect(send(send(make(), "asSet"), "asArray")).toEqual(order);
  });

  it("asSortedCollection and asSortedCollection: sort", () => {
    expect(p(send(make(), "asSortedCollection"))).toBe("a SortedCollection(1 2 3)");
    expect(p(send(make(), "asSortedCollection:", (a: number, b: number) => a > b))).toBe(
      "a SortedCollection(3 2 1)",
    );
  });
});

describe("results like the receiver", () => {
  it.each(
    byKind(
      "#(30 10 20)",
      "an OrderedCollection(30 10 20)",
      "an OrderedCollection(10 20 30)",
      "#(10 20 30)",
      "a Set(30 10 20)",
      "a Set(30 10 20)",
      "a Bag(30 10 20)",
      "a Dictionary(#a->10 #b->20 #c->30 )",
    ),
  )("%s collect: answers %s", (_name, expected, make) => {
    expect(p(send(make(), "collect:", (each: number) => each * 10))).toBe(expected);
  });

  it.each(
    byKind(
      "#(3 2)",
      "an OrderedCollection(3 2)",
      "a SortedCollection(2 3)",
      "#(2 3)",
      "a Set(3 2)",
      "an IdentitySet(3 2)",
      "a Bag(3 2)",
      "a Dictionary(#b->2 #c->3 )",
    ),
  )("%s select: answers %s", (_name, expected, make) => {
    expect(p(send(make(), "select:", (each: number) => each > 1))).toBe(expected);
  });

  it.each(
    byKind(
      "#(1)",
      "an OrderedCollection(1)",
      "a SortedCollection(1)",
      "#(1)",
      "a Set(1)",
      "an IdentitySet(1)",
      "a Bag(1)",
      "a Dictionary(#a->1 )",
    ),
  )("%s reject: answers %s", (_name, expected, make) => {
    expect(p(send(make(), "reject:", (each: number) => each > 1))).toBe(expected);
  });

  it.each(
    byKind(
      "#(1 2 3)",
      "an OrderedCollection(1 2 3)",
      "a SortedCollection(1 2 3)",
      "(1 to: 3)",
      "#(1 2 3)",
      "#(1 2 3)",
      "#(1 2 3)",
      "#(1 2 3)",
    ),
  )("%s sorted answers %s", (_name, expected, make) => {
    expect(p(send(make(), "sorted"))).toBe(expected);
  });

  it.each(
    byKind(
      "#(3 2 1)",
      "an OrderedCollection(3 2 1)",
      "a SortedCollection(3 2 1)",
      "#(3 2 1)",
      "#(3 2 1)",
      "#(3 2 1)",
      "#(3 2 1)",
      "#(3 2 1)",
    ),
  )("%s sorted: answers %s", (_name, expected, make) => {
    expect(p(send(make(), "sorted:", (a: number, b: number) => a >= b))).toBe(expected);
  });

  it.each(
    byKind(
      "#(3 1 2)",
      "an OrderedCollection(3 1 2)",
      "a SortedCollection(2 3)",
      "#(2 3)",
      "a Set(3 2)",
      "an IdentitySet(3 2)",
      "a Bag(3 2)",
      "a Dictionary(#b->2 #c->3 )",
    ).filter(([name]) => name !== "Array" && name !== "OrderedCollection"),
  )("%s copyWithout: answers %s", (_name, expected, make) => {
    expect(p(send(make(), "copyWithout:", 1))).toBe(expected);
  });

  it("a sorted: copy leaves the receiver alone", () => {
    const array = [3, 1, 2];
    expect(send(array, "sorted")).toEqual([1, 2, 3]);
    expect(array).toEqual([3, 1, 2]);
    const ordered = send(OrderedCollection, "withAll:", [3, 1, 2]);
    send(ordered, "sorted");
    expect(p(ordered)).toBe("an OrderedCollection(3 1 2)");
  });
});

describe("empty collections", () => {
  const EMPTY: readonly (readonly [string, () => unknown])[] = [
    ["Array", () => []],
    ["OrderedCollection", () => send(OrderedCollection, "new")],
    ["SortedCollection", () => send(SortedCollection, "new")],
    ["Interval", () => Interval.fromTo(1, 0)],
    ["Set", () => send(StSet, "new")],
    ["Bag", () => send(Bag, "new")],
    ["Dictionary", () => send(Dictionary, "new")],
  ];

  it.each(EMPTY)("%s is empty and answers the empty branches", (_name, make) => {
    const collection = make();
    expect(send(collection, "isEmpty")).toBe(true);
    expect(send(collection, "notEmpty")).toBe(false);
    expect(send(collection, "isEmptyOrNil")).toBe(true);
    expect(send(collection, "size")).toBe(0);
    expect(send(collection, "ifEmpty:", () => "empty")).toBe("empty");
    expect(send(collection, "ifNotEmpty:", () => "full")).toBe(collection);
    expect(
      send(
        collection,
        "ifEmpty:ifNotEmpty:",
        () => "empty",
        () => "full",
      ),
    ).toBe("empty");
    expect(send(collection, "detectMax:", (each: unknown) => each)).toBeNull();
    expect(send(collection, "inject:into:", 7, () => 0)).toBe(7);
    expect(send(collection, "anySatisfy:", () => true)).toBe(false);
    expect(send(collection, "allSatisfy:", () => false)).toBe(true);
  });

  it("a block of the wrong arity is never called on an empty collection", () => {
    expect(send([], "do:", () => 1)).toEqual([]);
  });
});

describe("adding and removing", () => {
  it.each([
    ["OrderedCollection", "an OrderedCollection(3 1 2 4 6 5)"],
    ["SortedCollection", "a SortedCollection(1 2 3 4 5 6)"],
    ["Set", "a Set(3 1 2 4 6 5)"],
    ["Bag", "a Bag(3 1 2 4 6 5)"],
  ])("%s add: and addAll: answer their argument and give %s", (name, expected) => {
    const collection = kind(name)();
    expect(send(collection, "add:", 4)).toBe(4);
    const more = [6, 5];
    expect(send(collection, "addAll:", more)).toBe(more);
    expect(p(collection)).toBe(expected);
  });

  it.each([["OrderedCollection"], ["SortedCollection"], ["Set"], ["IdentitySet"], ["Bag"]])(
    "%s remove:, remove:ifAbsent:, removeAll:",
    (name) => {
      const collection = kind(name)();
      expect(send(collection, "remove:", 1)).toBe(1);
      expect(send(collection, "includes:", 1)).toBe(false);
      expect(send(collection, "remove:ifAbsent:", 1, () => "absent")).toBe("absent");
      const gone = [3, 2];
      expect(send(collection, "removeAll:", gone)).toBe(gone);
      expect(send(collection, "isEmpty")).toBe(true);
    },
  );

  it("copyWith: answers a grown copy and leaves the receiver alone", () => {
    const array = [1, 2];
    expect(send(array, "copyWith:", 3)).toEqual([1, 2, 3]);
    expect(array).toEqual([1, 2]);
    const set = kind("Set")();
    expect(p(send(set, "copyWith:", 9))).toBe("a Set(3 1 2 9)");
    expect(p(set)).toBe("a Set(3 1 2)");
    expect(p(send(Interval.fromTo(1, 2), "copyWith:", 9))).toBe("#(1 2 9)");
  });

  it("a Set ignores duplicates, a Bag counts them (add:withOccurrences:)", () => {
    const set = send(StSet, "withAll:", [1, 2, 1, 1]);
    expect(send(set, "size")).toBe(2);
    const bag = send(Bag, "withAll:", [1, 2, 1, 1]);
    expect(send(bag, "size")).toBe(4);
    expect(send(bag, "occurrencesOf:", 1)).toBe(3);
    expect(send(bag, "add:withOccurrences:", 7, 3)).toBe(7);
    expect(send(bag, "occurrencesOf:", 7)).toBe(3);
    expect(p(bag)).toBe("a Bag(1 1 1 2 7 7 7)");
    expect(send(set, "add:withOccurrences:", 7, 3)).toBe(7);
    expect(send(set, "occurrencesOf:", 7)).toBe(1);
  });
});

/** A collection written the way a Smalltalk subclass would be: only `do:` (a countdown from 3). */
class Countdown extends Collection {
  static override readonly $stName: string = "Countdown";
  static {
    registerClass(this);
  }

  override do(block: unknown): unknown {
    for (let n = 3; n > 0; n -= 1) send(block, "value:", n);
    return this;
  }
}

describe("a subclass that only implements do:", () => {
  it("gets the enumeration protocol through its do:", () => {
    const countdown = new Countdown();
    expect(send(countdown, "size")).toBe(3);
    expect(send(countdown, "asArray")).toEqual([3, 2, 1]);
    expect(send(countdown, "inject:into:", 0, (a: number, b: number) => a + b)).toBe(6);
    expect(send(countdown, "includes:", 2)).toBe(true);
    expect(send(countdown, "isEmpty")).toBe(false);
    expect(p(send(countdown, "asOrderedCollection"))).toBe("an OrderedCollection(3 2 1)");
    expect(p(countdown)).toBe("a Countdown(3 2 1)");
  });

  it("stops its do: early for detect: and anySatisfy:", () => {
    const visited: number[] = [];
    const found = send(new Countdown(), "detect:", (each: number) => {
      visited.push(each);
      return each === 2;
    });
    expect(found).toBe(2);
    expect(visited).toEqual([3, 2]);
    expect(send(new Countdown(), "anySatisfy:", (each: number) => each === 1)).toBe(true);
    expect(
      send(
        new Countdown(),
        "detect:ifNone:",
        (each: number) => each > 5,
        () => "none",
      ),
    ).toBe("none");
  });
});
