import { describe, expect, it } from "vitest";
import { EQUALITY } from "../src/collections/key-comparison.js";
import {
  Association,
  Bag,
  Dictionary,
  float,
  IdentityDictionary,
  IdentitySet,
  LookupKey,
  OrderedCollection,
  printString,
  rational,
  StSet,
  send,
  symbol,
} from "../src/index.js";

/** Set, IdentitySet, Dictionary, IdentityDictionary, Bag and Association. */

const p = (value: unknown) => printString(value);
const oc = (...elements: unknown[]) => send(OrderedCollection, "withAll:", elements);

function dictionary(cls: unknown, ...pairs: [unknown, unknown][]): unknown {
  const result = send(cls, "new");
  for (const [key, value] of pairs) send(result, "at:put:", key, value);
  return result;
}

describe("Dictionary accessing", () => {
  const make = () => dictionary(Dictionary, [symbol("a"), 1], [symbol("b"), 2]);

  it.each([
    ["at:", [symbol("a")], "1"],
    ["at:ifAbsent:", [symbol("z"), () => 0], "0"],
    ["at:ifAbsent:", [symbol("b"), () => 0], "2"],
    ["at:ifPresent:", [symbol("a"), (value: number): number => value + 10], "11"],
    ["at:ifPresent:", [symbol("z"), (value: number): number => value + 10], "nil"],
    ["at:ifPresent:ifAbsent:", [symbol("b"), (value: number) => value * 3, (): string => "no"], "6"],
    ["at:ifPresent:ifAbsent:", [symbol("z"), (value: number) => value * 3, (): string => "no"], "'no'"],
    ["includesKey:", [symbol("a")], "true"],
    ["includesKey:", [symbol("z")], "false"],
    ["includes:", [2], "true"],
    ["includes:", [symbol("a")], "false"],
    ["keys", [], "#(#a #b)"],
    ["values", [], "#(1 2)"],
    ["associations", [], "{#a->1 . #b->2}"],
    ["keyAtValue:", [2], "#b"],
    ["keyAtValue:ifAbsent:", [7, () => "none"], "'none'"],
    ["associationAt:", [symbol("b")], "#b->2"],
    ["keysSortedSafely", [], "#(#a #b)"],
    ["size", [], "2"],
    ["isDictionary", [], "true"],
    ["anyOne", [], "1"],
    ["inject:into:", [0, (sum: number, each: number) => sum + each], "3"],
  ] as const)("%s %j answers %s", (selector, args, expected) => {
    expect(p(send(make(), selector, ...args))).toBe(expected);
  });

  it("at:put: answers the value and replaces the value of an existing key", () => {
    const d = make();
    expect(send(d, "at:put:", symbol("a"), 9)).toBe(9);
    expect(p(d)).toBe("a Dictionary(#a->9 #b->2 )");
    expect(send(d, "size")).toBe(2);
  });

  it("at:ifAbsentPut: stores the block's value only when the key is absent", () => {
    const d = make();
    expect(send(d, "at:ifAbsentPut:", symbol("a"), () => 100)).toBe(1);
    expect(send(d, "at:ifAbsentPut:", symbol("c"), () => 3)).toBe(3);
    expect(p(d)).toBe("a Dictionary(#a->1 #b->2 #c->3 )");
  });

  it("removeKey: answers the value; removeKey:ifAbsent: the block's value when absent", () => {
    const d = make();
    expect(send(d, "removeKey:", symbol("a"))).toBe(1);
    expect(send(d, "removeKey:ifAbsent:", symbol("a"), () => "gone")).toBe("gone");
    expect(p(d)).toBe("a Dictionary(#b->2 )");
  });

  it("add: stores the given Association, or sets the value of the one already there", () => {
    const d = make();
    const association = Association.keyValue(symbol("c"), 3);
    expect(send(d, "add:", association)).toBe(association);
    expect(send(d, "associationAt:", symbol("c"))).toBe(association);
    send(association, "value:", 30);
    expect(send(d, "at:", symbol("c"))).toBe(30);
    const kept = send(d, "associationAt:", symbol("a"));
    send(d, "add:", Association.keyValue(symbol("a"), 10));
    expect(send(d, "associationAt:", symbol("a"))).toBe(kept);
    expect(send(d, "at:", symbol("a"))).toBe(10);
  });

  it("addAll: takes a Dictionary or a collection of Associations", () => {
    const d = make();
    send(d, "addAll:", dictionary(Dictionary, [symbol("c"), 3]));
    send(d, "addAll:", [Association.keyValue(symbol("d"), 4)]);
    expect(p(d)).toBe("a Dictionary(#a->1 #b->2 #c->3 #d->4 )");
  });

  it("associationsDo:, keysDo:, valuesDo:, keysAndValuesDo:, do: enumerate in insertion order", () => {
    const d = dictionary(Dictionary, [symbol("z"), 26], [symbol("a"), 1]);
    const log: unknown[] = [];
    expect(send(d, "associationsDo:", (each: unknown) => log.push(p(each)))).toBe(d);
    send(d, "keysDo:", (each: unknown) => log.push(p(each)));
    send(d, "valuesDo:", (each: unknown) => log.push(each));
    send(d, "keysAndValuesDo:", (key: unknown, value: unknown) => log.push(`${p(key)}=${p(value)}`));
    send(d, "do:", (each: unknown) => log.push(each));
    expect(log).toEqual(["#z->26", "#a->1", "#z", "#a", 26, 1, "#z=26", "#a=1", 26, 1]);
  });

  it("keysAndValuesRemove: removes the entries the block accepts", () => {
    const d = dictionary(Dictionary, [1, 10], [2, 20], [3, 30]);
    send(d, "keysAndValuesRemove:", (key: number, value: number) => key === 2 || value === 30);
    expect(p(d)).toBe("a Dictionary(1->10 )");
  });

  it("newFromPairs: and withAll: build dictionaries", () => {
    expect(p(send(Dictionary, "newFromPairs:", [symbol("x"), 1, symbol("y"), 2]))).toBe(
      "a Dictionary(#x->1 #y->2 )",
    );
    expect(p(send(Dictionary, "withAll:", [Association.keyValue(1, 2)]))).toBe("a Dictionary(1->2 )");
  });

  it("copy copies the associations", () => {
    const d = make();
    const copy = send(d, "copy");
    send(copy, "at:put:", symbol("a"), 100);
    expect(send(d, "at:", symbol("a"))).toBe(1);
    expect(send(d, "=", make())).toBe(true);
    expect(send(copy, "=", make())).toBe(false);
  });
});

describe("hashing by = and hash", () => {
  it("finds keys that are = though of other kinds: 1, 1.0 and (2/2); 'abc' and #abc", () => {
    const d = dictionary(Dictionary, [1, "one"], ["abc", "text"]);
    expect(send(d, "at:", float(1))).toBe("one");
    expect(send(d, "at:", rational(2n, 2n))).toBe("one");
    expect(send(d, "at:", symbol("abc"))).toBe("text");
    expect(send(d, "size")).toBe(2);
  });

  it("uses = and hash of user objects: equal OrderedCollections are one key", () => {
    const d = dictionary(Dictionary, [oc(1, 2), "first"]);
    send(d, "at:put:", oc(1, 2), "second");
    expect(send(d, "size")).toBe(1);
    expect(send(d, "at:", oc(1, 2))).toBe("second");
    const set = send(StSet, "withAll:", [oc(1), oc(1), oc(2)]);
    expect(send(set, "size")).toBe(2);
  });

  it("IdentityDictionary and IdentitySet tell equal objects apart", () => {
    const first = oc(1, 2);
    const second = oc(1, 2);
    const d = dictionary(IdentityDictionary, [first, "first"], [second, "second"]);
    expect(send(d, "size")).toBe(2);
    expect(send(d, "at:", second)).toBe("second");
    expect(send(d, "includesKey:", oc(1, 2))).toBe(false);
    expect(send(d, "keyAtValue:", "first")).toBe(first);
    const set = send(IdentitySet, "withAll:", [first, second, first]);
    expect(send(set, "size")).toBe(2);
    expect(send(set, "includes:", oc(1, 2))).toBe(false);
    expect(p(send(set, "asIdentitySet"))).toBe(
      "an IdentitySet(an OrderedCollection(1 2) an OrderedCollection(1 2))",
    );
  });

  it.each([["abc"], [""], ["wide \u0394"], [0], [42], [-7], [2 ** 40], [2 ** 53 - 1]])(
    "the fast path hashes %j as its hash method does",
    (value) => {
      expect(EQUALITY.hashOf(value)).toBe(send(value, "hash"));
    },
  );

  it("Dictionary = compares keys and values, not order", () => {
    const a = dictionary(Dictionary, [1, 2], [3, 4]);
    const b = dictionary(Dictionary, [3, 4], [1, 2]);
    expect(send(a, "=", b)).toBe(true);
    expect(send(a, "hash")).toBe(send(b, "hash"));
    expect(send(a, "=", dictionary(Dictionary, [1, 2], [3, 5]))).toBe(false);
    expect(send(a, "=", dictionary(IdentityDictionary, [1, 2], [3, 4]))).toBe(false);
  });

  it("Set = compares elements, not order; Bag = compares counts", () => {
    expect(send(send(StSet, "withAll:", [1, 2]), "=", send(StSet, "withAll:", [2, 1]))).toBe(true);
    expect(send(send(StSet, "withAll:", [1, 2]), "=", send(IdentitySet, "withAll:", [2, 1]))).toBe(false);
    expect(send(send(Bag, "withAll:", [1, 2, 1]), "=", send(Bag, "withAll:", [2, 1, 1]))).toBe(true);
    expect(send(send(Bag, "withAll:", [1, 2, 1]), "=", send(Bag, "withAll:", [2, 2, 1]))).toBe(false);
  });

  it("rehash finds keys whose hash changed", () => {
    const key = oc(1);
    const d = dictionary(Dictionary, [key, "x"]);
    send(key, "add:", 2);
    expect(send(d, "includesKey:", key)).toBe(false);
    send(d, "rehash");
    expect(send(d, "at:", key)).toBe("x");
  });
});

describe("Set", () => {
  it("holds nil and answers add:'s argument", () => {
    const set = send(StSet, "new");
    expect(send(set, "add:", null)).toBeNull();
    expect(send(set, "includes:", null)).toBe(true);
    expect(p(set)).toBe("a Set(nil)");
  });

  it("do: visits the elements present when it began, skipping those removed meanwhile", () => {
    const set = send(StSet, "withAll:", [1, 2, 3]);
    const seen: unknown[] = [];
    send(set, "do:", (each: number) => {
      seen.push(each);
      if (each === 1) {
        send(set, "remove:", 2);
        send(set, "add:", 4);
      }
    });
    expect(seen).toEqual([1, 3]);
    expect(p(set)).toBe("a Set(1 3 4)");
  });

  it("collect: answers a Set even for an IdentitySet; doWithIndex: counts from 1", () => {
    expect(p(send(send(IdentitySet, "withAll:", [1, 2]), "collect:", (each: number) => each % 2))).toBe(
      "a Set(1 0)",
    );
    const log: unknown[] = [];
    send(send(StSet, "withAll:", [5, 6]), "doWithIndex:", (each: number, index: number) =>
      log.push([each, index]),
    );
    expect(log).toEqual([
      [5, 1],
      [6, 2],
    ]);
  });

  it("removeAll empties; asSet answers the receiver", () => {
    const set = send(StSet, "withAll:", [1, 2]);
    expect(send(set, "asSet")).toBe(set);
    expect(send(set, "removeAll")).toBe(set);
    expect(send(set, "isEmpty")).toBe(true);
  });
});

describe("Bag", () => {
  const make = () => send(Bag, "withAll:", [symbol("b"), symbol("a"), symbol("b"), symbol("c"), symbol("b")]);

  it("counts occurrences and removes one at a time", () => {
    const bag = make();
    expect(send(bag, "occurrencesOf:", symbol("b"))).toBe(3);
    expect(send(bag, "size")).toBe(5);
    expect(send(bag, "remove:", symbol("b"))).toBe(symbol("b"));
    expect(send(bag, "occurrencesOf:", symbol("b"))).toBe(2);
    send(bag, "remove:", symbol("a"));
    expect(send(bag, "includes:", symbol("a"))).toBe(false);
    expect(p(bag)).toBe("a Bag(#b #b #c)");
  });

  it("sortedCounts, sortedElements, valuesAndCounts, asSet", () => {
    expect(p(send(make(), "sortedCounts"))).toBe("{3->#b . 1->#a . 1->#c}");
    expect(p(send(make(), "sortedElements"))).toBe("{#a->1 . #b->3 . #c->1}");
    expect(p(send(make(), "valuesAndCounts"))).toBe("a Dictionary(#a->1 #b->3 #c->1 )");
    expect(p(send(make(), "asSet"))).toBe("a Set(#b #a #c)");
    expect(send(make(), "asBag")).not.toBe(make());
  });

  it("copy is independent", () => {
    const bag = make();
    const copy = send(bag, "copy");
    send(copy, "add:", symbol("z"));
    expect(send(bag, "includes:", symbol("z"))).toBe(false);
    expect(send(copy, "size")).toBe(6);
  });
});

describe("Association and LookupKey", () => {
  it.each([
    ["1 -> 2", () => send(1, "->", 2), "1->2"],
    ["#a -> 'x'", () => send(symbol("a"), "->", "x"), "#a->'x'"],
    ["#+ -> 3 (a binary selector key gets spaces)", () => send(symbol("+"), "->", 3), "#+ -> 3"],
    ["#at:put: -> 3", () => send(symbol("at:put:"), "->", 3), "#at:put:->3"],
    ["key:value:", () => send(Association, "key:value:", 3, 4), "3->4"],
    ["LookupKey key:", () => send(LookupKey, "key:", 5), "5"],
    ["nested", () => send(1, "->", send(2, "->", 3)), "1->2->3"],
  ] as const)("%s prints as %s", (_text, make, expected) => {
    expect(p(make())).toBe(expected);
  });

  it("has key and value accessors", () => {
    const association = Association.keyValue(1, 2);
    expect(send(association, "key")).toBe(1);
    expect(send(association, "value")).toBe(2);
    expect(send(association, "key:", 3)).toBe(association);
    expect(send(association, "value:", 4)).toBe(association);
    expect(send(association, "key:value:", 5, 6)).toBe(association);
    expect(p(association)).toBe("5->6");
  });

  it("compares key and value with =, hashes by key, orders by key", () => {
    const a = send(1, "->", 2);
    expect(send(a, "=", send(1, "->", 2))).toBe(true);
    expect(send(a, "=", send(1, "->", 3))).toBe(false);
    expect(send(a, "=", send(float(1), "->", 2))).toBe(true);
    expect(send(a, "hash")).toBe(send(send(1, "->", 99), "hash"));
    expect(send(a, "<", send(2, "->", 0))).toBe(true);
    expect(p(send(a, "max:", send(2, "->", 0)))).toBe("2->0");
    expect(send(send(LookupKey, "key:", 1), "=", a)).toBe(false);
  });
});
