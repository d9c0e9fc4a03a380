import { afterEach, describe, expect, it } from "vitest";
import {
  Bag,
  CollectionIsEmpty,
  Dictionary,
  type Exception,
  Interval,
  KeyNotFound,
  NonBooleanReceiver,
  NotFound,
  OrderedCollection,
  onDo,
  SortedCollection,
  StArray,
  StError,
  StSet,
  SubscriptOutOfBounds,
  send,
  setDialect,
  symbol,
} from "../src/index.js";

/** The errors collections signal: class, messageText and description, as Squeak (and Pharo) word them. */

afterEach(() => setDialect("squeak"));

interface Caught {
  readonly className: string;
  readonly text: string;
  readonly description: string;
}

/** What `body` signals, caught by an `on: Error do:` handler (so it is a real, handleable signal). */
function caught(body: () => unknown): Caught {
  const result = onDo(body, StError, (ex: Exception) => ({
    className: (ex.constructor as unknown as { $stName: string }).$stName,
    text: ex.messageText(),
    description: ex.description(),
  }));
  if (
    result instanceof Promise ||
    typeof result !== "object" ||
    result === null ||
    !("className" in result)
  ) {
    throw new Error(`nothing was signalled: ${String(result)}`);
  }
  return result as Caught;
}

const oc = (...elements: unknown[]) => send(OrderedCollection, "withAll:", elements);
const dictionary = () => send(Dictionary, "newFromPairs:", [symbol("a"), 1]);

const SQUEAK: readonly (readonly [string, () => unknown, string, string])[] = [
  ["#(1 2) at: 3", () => send([1, 2], "at:", 3), "SubscriptOutOfBounds", "subscript is out of bounds: 3"],
  ["#(1 2) at: 0", () => send([1, 2], "at:", 0), "SubscriptOutOfBounds", "subscript is out of bounds: 0"],
  [
    "#(1 2) at: 3 put: 0",
    () => send([1, 2], "at:put:", 3, 0),
    "SubscriptOutOfBounds",
    "subscript is out of bounds: 3",
  ],
  ["#() first", () => send([], "first"), "SubscriptOutOfBounds", "subscript is out of bounds: 1"],
  [
    "#(1 2) first: 3",
    () => send([1, 2], "first:", 3),
    "SubscriptOutOfBounds",
    "subscript is out of bounds: 3",
  ],
  [
    "#(1 2) copyFrom: 0 to: 1",
    () => send([1, 2], "copyFrom:to:", 0, 1),
    "SubscriptOutOfBounds",
    "subscript is out of bounds: 0",
  ],
  [
    "#(1 2) at: #x",
    () => send([1, 2], "at:", symbol("x")),
    "Error",
    "only integers should be used as indices",
  ],
  [
    "(1 to: 3) at: 4",
    () => send(Interval.fromTo(1, 3), "at:", 4),
    "SubscriptOutOfBounds",
    "subscript is out of bounds: 4",
  ],
  [
    "anOrderedCollection at: 3",
    () => send(oc(1, 2), "at:", 3),
    "SubscriptOutOfBounds",
    "attempt to index a non-existent element in an OrderedCollection",
  ],
  [
    "anOrderedCollection at: 0 put: 1",
    () => send(oc(1, 2), "at:put:", 0, 1),
    "SubscriptOutOfBounds",
    "attempt to index a non-existent element in an OrderedCollection",
  ],
  [
    "OrderedCollection new first",
    () => send(send(OrderedCollection, "new"), "first"),
    "SubscriptOutOfBounds",
    "attempt to index a non-existent element in an OrderedCollection",
  ],
  [
    "SortedCollection new last",
    () => send(send(SortedCollection, "new"), "last"),
    "SubscriptOutOfBounds",
    "attempt to index a non-existent element in a SortedCollection",
  ],
  [
    "OrderedCollection new removeFirst",
    () => send(send(OrderedCollection, "new"), "removeFirst"),
    "Error",
    "this collection is empty",
  ],
  [
    "OrderedCollection new removeLast",
    () => send(send(OrderedCollection, "new"), "removeLast"),
    "Error",
    "this collection is empty",
  ],
  [
    "(OrderedCollection with: 1) removeFirst: 2",
    () => send(oc(1), "removeFirst:", 2),
    "Error",
    "attempt to remove more elements than possible from an OrderedCollection",
  ],
  ["#() sum", () => send([], "sum"), "Error", "this collection is empty"],
  ["Set new anyOne", () => send(send(StSet, "new"), "anyOne"), "Error", "this collection is empty"],
  ["#() max", () => send([], "max"), "Error", "this collection is empty"],
  [
    "#() reduce: [...]",
    () => send([], "reduce:", (a: number, b: number) => a + b),
    "Error",
    "this collection is empty",
  ],
  [
    "#(1 2) detect: [:x | x > 5]",
    () => send([1, 2], "detect:", (x: number) => x > 5),
    "NotFound",
    "Object is not in the collection.",
  ],
  [
    "anOrderedCollection remove: 9",
    () => send(oc(1, 2), "remove:", 9),
    "NotFound",
    "Object is not in the collection.",
  ],
  [
    "aSet remove: 9",
    () => send(send(StSet, "new"), "remove:", 9),
    "NotFound",
    "Object is not in the collection.",
  ],
  [
    "aBag remove: 9",
    () => send(send(Bag, "new"), "remove:", 9),
    "NotFound",
    "Object is not in the collection.",
  ],
  ["aDictionary at: #z", () => send(dictionary(), "at:", symbol("z")), "KeyNotFound", "Key not found: z"],
  ["aDictionary at: 7", () => send(dictionary(), "at:", 7), "KeyNotFound", "Key not found: 7"],
  [
    "aDictionary removeKey: #z",
    () => send(dictionary(), "removeKey:", symbol("z")),
    "KeyNotFound",
    "Key not found: z",
  ],
  [
    "aDictionary associationAt: #z",
    () => send(dictionary(), "associationAt:", symbol("z")),
    "KeyNotFound",
    "Key not found: z",
  ],
  ["aDictionary keyAtValue: 7", () => send(dictionary(), "keyAtValue:", 7), "Error", "value not found"],
  [
    "aDictionary remove: 1",
    () => send(dictionary(), "remove:", 1),
    "Error",
    "remove:ifAbsent: is not a message appropriate for a Dictionary",
  ],
  ["#(1 2) add: 3", () => send([1, 2], "add:", 3), "Error", "add: is not a message appropriate for a Array"],
  [
    "#(1 2) remove: 1",
    () => send([1, 2], "remove:", 1),
    "Error",
    "remove:ifAbsent: is not a message appropriate for a Array",
  ],
  [
    "(1 to: 3) add: 4",
    () => send(Interval.fromTo(1, 3), "add:", 4),
    "Error",
    "add: is not a message appropriate for a Interval",
  ],
  [
    "(1 to: 3) at: 1 put: 0",
    () => send(Interval.fromTo(1, 3), "at:put:", 1, 0),
    "Error",
    "you can not store into an interval",
  ],
  [
    "aSortedCollection addFirst: 1",
    () => send(send(SortedCollection, "new"), "addFirst:", 1),
    "Error",
    "addFirst: is not a message appropriate for a SortedCollection",
  ],
  [
    "aSortedCollection at: 1 put: 1",
    () => send(send(SortedCollection, "with:", 1), "at:put:", 1, 1),
    "Error",
    "at:put: is not a message appropriate for a SortedCollection",
  ],
  [
    "aBag at: 1",
    () => send(send(Bag, "new"), "at:", 1),
    "Error",
    "Instances of Bag do not respond to keyed accessing messages.",
  ],
  [
    "#(1 2) with: #(1) collect: [...]",
    () => send([1, 2], "with:collect:", [1], (a: number, b: number) => a + b),
    "Error",
    "otherCollection must be the same size",
  ],
  [
    "#(1 2) with: #() do: [...]",
    () => send([1, 2], "with:do:", [], () => null),
    "Error",
    "otherCollection must be the same size",
  ],
  [
    "Array new: -1",
    () => send(StArray, "new:", -1),
    "Error",
    "Array called #basicNew: with invalid argument -1",
  ],
  [
    "#(1) do: [:a :b | ]",
    () => send([1], "do:", (_a: unknown, _b: unknown) => null),
    "Error",
    "This block accepts 2 arguments, but was called with 1 argument.",
  ],
  [
    "#(1) inject: 0 into: [:a | ]",
    () => send([1], "inject:into:", 0, (_a: unknown) => null),
    "Error",
    "This block accepts 1 argument, but was called with 2 arguments.",
  ],
];

describe("Squeak's errors", () => {
  it.each(SQUEAK)("%s signals %s", (_text, body, className, text) => {
    const error = caught(body);
    expect(error.className).toBe(className);
    expect(error.text).toBe(text);
  });

  it("KeyNotFound's description is its text (Squeak), others prefix the class name", () => {
    expect(caught(() => send(dictionary(), "at:", symbol("z"))).description).toBe("Key not found: z");
    expect(caught(() => send([1], "at:", 2)).description).toBe(
      "SubscriptOutOfBounds: subscript is out of bounds: 2",
    );
    expect(caught(() => send(oc(), "remove:", 1)).description).toBe(
      "NotFound: Object is not in the collection.",
    );
  });

  it("the errors are the classes Squeak's handlers expect", () => {
    expect(
      onDo(
        () => send([1], "at:", 5),
        SubscriptOutOfBounds,
        () => "handled",
      ),
    ).toBe("handled");
    expect(
      onDo(
        () => send([1], "detect:", (_x: unknown) => false),
        NotFound,
        () => "handled",
      ),
    ).toBe("handled");
    expect(
      onDo(
        () => send(dictionary(), "at:", 5),
        KeyNotFound,
        () => "handled",
      ),
    ).toBe("handled");
  });

  it("an unhandled error escapes to the JavaScript caller as the Smalltalk exception", () => {
    expect(() => send([1], "at:", 2)).toThrow(SubscriptOutOfBounds);
    expect(() => send(dictionary(), "at:", 2)).toThrow("Key not found: 2");
  });

  it("a non-Boolean from a select: block signals NonBooleanReceiver", () => {
    const text = onDo(
      () => send([1, 2, 3], "select:", (x: number) => (x === 2 ? 42 : x > 2)),
      NonBooleanReceiver,
      (ex: Exception) => ex.messageText(),
    );
    expect(text).toBe("proceed for truth.");
  });

  it("reject: keeps only the elements whose block answers false, as Squeak's `== false`", () => {
    expect(send([1, 2, 3], "reject:", (x: number) => (x === 2 ? 42 : x > 2))).toEqual([1]);
  });
});

describe("Pharo's errors", () => {
  const PHARO: readonly (readonly [string, () => unknown, string, string])[] = [
    ["#(1 2) at: 3", () => send([1, 2], "at:", 3), "SubscriptOutOfBounds", "3"],
    ["anOrderedCollection at: 3", () => send(oc(1, 2), "at:", 3), "SubscriptOutOfBounds", "3"],
    [
      "OrderedCollection new removeFirst",
      () => send(send(OrderedCollection, "new"), "removeFirst"),
      "CollectionIsEmpty",
      "an OrderedCollection() is empty",
    ],
    ["#() sum", () => send([], "sum"), "CollectionIsEmpty", "#() is empty"],
    [
      "anOrderedCollection remove: 9",
      () => send(oc(1, 2), "remove:", 9),
      "NotFound",
      "9 not found in OrderedCollection",
    ],
    [
      "#(1) detect: [:x | false]",
      () => send([1], "detect:", (_x: unknown) => false),
      "NotFound",
      "a BlockClosure not found in Array",
    ],
    [
      "aDictionary at: #z",
      () => send(dictionary(), "at:", symbol("z")),
      "KeyNotFound",
      "key #z not found in Dictionary",
    ],
  ];

  it.each(PHARO)("%s signals %s", (_text, body, className, text) => {
    setDialect("pharo");
    const error = caught(body);
    expect(error.className).toBe(className);
    expect(error.text).toBe(text);
  });

  it("CollectionIsEmpty knows the collection", () => {
    setDialect("pharo");
    const empty = send(OrderedCollection, "new");
    const collection = onDo(
      () => send(empty, "removeLast"),
      CollectionIsEmpty,
      (ex: CollectionIsEmpty) => ex.collection(),
    );
    expect(collection).toBe(empty);
  });
});
