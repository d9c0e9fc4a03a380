import { describe, expect, it } from "vitest";
import {
  activation,
  Bag,
  Dictionary,
  Interval,
  nonLocalReturn,
  OrderedCollection,
  onDo,
  printString,
  SortedCollection,
  StError,
  StSet,
  send,
  symbol,
} from "../src/index.js";

/**
 * Iteration with blocks that suspend: each block is awaited before the next one starts, in
 * order; with blocks that answer at once, the iterating methods answer at once (no Promise).
 */

const p = (value: unknown) => printString(value);

/** A tick of the event loop, so that a block really suspends. */
function tick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Wraps a function as a suspending block and checks that no two of its calls overlap. */
function suspending<A extends unknown[], R>(
  body: (...args: A) => R,
  log: unknown[],
): (...args: A) => Promise<R> {
  let running = 0;
  const block = async (...args: A): Promise<R> => {
    running += 1;
    if (running > 1) throw new Error("two block evaluations overlapped");
    log.push(args.length === 1 ? args[0] : args);
    await tick();
    running -= 1;
    return body(...args);
  };
  Object.defineProperty(block, "length", { value: body.length });
  return block;
}

function dictionaryOf(...pairs: [unknown, unknown][]): unknown {
  const result = send(Dictionary, "new");
  for (const [key, value] of pairs) send(result, "at:put:", key, value);
  return result;
}

const KINDS: readonly (readonly [string, () => unknown, readonly number[]])[] = [
  ["Array", () => [3, 1, 2], [3, 1, 2]],
  ["OrderedCollection", () => send(OrderedCollection, "withAll:", [3, 1, 2]), [3, 1, 2]],
  ["SortedCollection", () => send(SortedCollection, "withAll:", [3, 1, 2]), [1, 2, 3]],
  ["Interval", () => Interval.fromTo(1, 3), [1, 2, 3]],
  ["Set", () => send(StSet, "withAll:", [3, 1, 2]), [3, 1, 2]],
  ["Bag", () => send(Bag, "withAll:", [3, 1, 2]), [3, 1, 2]],
  ["Dictionary", () => dictionaryOf([symbol("c"), 3], [symbol("a"), 1], [symbol("b"), 2]), [3, 1, 2]],
];

describe.each(KINDS)("%s with suspending blocks", (_name, make, order) => {
  it("do: awaits each block in order and answers the receiver", async () => {
    const log: unknown[] = [];
    const collection = make();
    const result = send(
      collection,
      "do:",
      suspending((_each: number) => null, log),
    );
    expect(result).toBeInstanceOf(Promise);
    expect(await result).toBe(collection);
    expect(log).toEqual(order);
  });

  it("collect: answers the values in order", async () => {
    const log: unknown[] = [];
    const result = await send(
      make(),
      "collect:",
      suspending((each: number) => each * 2, log),
    );
    expect(log).toEqual(order);
    expect(send(result, "asArray")).toEqual(order.map((each) => each * 2));
  });

  it("inject:into: threads the accumulator through suspending blocks", async () => {
    const log: unknown[] = [];
    const result = await send(
      make(),
      "inject:into:",
      "",
      suspending((text: string, each: number) => `${text}${each}`, log),
    );
    expect(result).toBe(order.join(""));
    expect(log).toHaveLength(3);
  });

  it("detect: stops at the first match; later elements are not visited", async () => {
    const log: unknown[] = [];
    const result = await send(
      make(),
      "detect:",
      suspending((each: number) => each === order[1], log),
    );
    expect(result).toBe(order[1]);
    expect(log).toEqual(order.slice(0, 2));
  });

  it("select:, reject:, anySatisfy:, allSatisfy:, count:, detectMax: settle to the sync answers", async () => {
    const log: unknown[] = [];
    const odd = suspending((each: number) => each % 2 === 1, log);
    expect(send(await send(make(), "select:", odd), "size")).toBe(2);
    expect(send(await send(make(), "reject:", odd), "size")).toBe(1);
    expect(await send(make(), "anySatisfy:", odd)).toBe(true);
    expect(await send(make(), "allSatisfy:", odd)).toBe(false);
    expect(await send(make(), "count:", odd)).toBe(2);
    expect(
      await send(
        make(),
        "detectMax:",
        suspending((each: number) => -each, log),
      ),
    ).toBe(1);
  });

  it("do:separatedBy: alternates suspending element and separator blocks", async () => {
    const log: unknown[] = [];
    await send(
      make(),
      "do:separatedBy:",
      suspending((_each: number) => null, log),
      suspending(() => null, log),
    );
    expect(log).toEqual([order[0], [], order[1], [], order[2]]);
  });
});

describe("the sync fast path", () => {
  it.each(KINDS)(
    "%s do: with a block that answers at once answers the receiver, not a Promise",
    (_name, make) => {
      const collection = make();
      const result = send(collection, "do:", (_each: unknown) => null);
      expect(result).not.toBeInstanceOf(Promise);
      expect(result).toBe(collection);
    },
  );

  it.each([
    ["collect:", [(each: number) => each]],
    ["select:", [(each: number) => each > 1]],
    ["inject:into:", [0, (a: number, b: number) => a + b]],
    ["detect:ifNone:", [(each: number) => each > 9, () => 0]],
    ["anySatisfy:", [(each: number) => each > 1]],
    ["do:separatedBy:", [(each: number) => each, () => null]],
    ["reverseDo:", [(each: number) => each]],
    ["withIndexDo:", [(each: number, index: number) => each + index]],
    ["sort:", [(a: number, b: number) => a < b]],
  ] as const)("%s answers a plain value", (selector, args) => {
    expect(send([3, 1, 2], selector, ...args)).not.toBeInstanceOf(Promise);
  });

  it("switches to awaiting in the middle: blocks before the first suspension ran synchronously", async () => {
    const log: string[] = [];
    const result = send([1, 2, 3, 4], "collect:", (each: number) => {
      log.push(`start ${each}`);
      if (each < 3) return each * 10;
      return tick().then(() => {
        log.push(`end ${each}`);
        return each * 10;
      });
    });
    expect(log).toEqual(["start 1", "start 2", "start 3"]);
    expect(await result).toEqual([10, 20, 30, 40]);
    expect(log).toEqual(["start 1", "start 2", "start 3", "end 3", "start 4", "end 4"]);
  });
});

describe("more suspending blocks", () => {
  it("reverseDo:, withIndexDo:, keysAndValuesDo:, with:collect:", async () => {
    const log: unknown[] = [];
    await send(
      [1, 2],
      "reverseDo:",
      suspending((_each: number) => null, log),
    );
    await send(
      [1, 2],
      "withIndexDo:",
      suspending((_each: number, _index: number) => null, log),
    );
    await send(
      dictionaryOf([symbol("k"), 1]),
      "keysAndValuesDo:",
      suspending((_key: unknown, _value: unknown) => null, log),
    );
    const sums = await send(
      [1, 2],
      "with:collect:",
      [10, 20],
      suspending((a: number, b: number) => a + b, log),
    );
    expect(sums).toEqual([11, 22]);
    expect(log).toEqual([2, 1, [1, 1], [2, 2], [symbol("k"), 1], [1, 10], [2, 20]]);
  });

  it("sort: and asSortedCollection: with a suspending sort block", async () => {
    const log: unknown[] = [];
    const array = [5, 3, 4, 1, 2];
    expect(
      await send(
        array,
        "sort:",
        suspending((a: number, b: number) => a <= b, log),
      ),
    ).toBe(array);
    expect(array).toEqual([1, 2, 3, 4, 5]);
    const sorted = await send(
      [2, 3, 1],
      "asSortedCollection:",
      suspending((a: number, b: number) => a >= b, log),
    );
    expect(p(sorted)).toBe("a SortedCollection(3 2 1)");
    expect(await send(sorted, "add:", 5)).toBe(5);
    expect(await send(sorted, "add:", 0)).toBe(0);
    expect(p(sorted)).toBe("a SortedCollection(5 3 2 1 0)");
  });

  it("Dictionary at:ifAbsentPut: with a suspending block stores the settled value", async () => {
    const d = send(Dictionary, "new");
    expect(await send(d, "at:ifAbsentPut:", symbol("x"), async () => 7)).toBe(7);
    expect(send(d, "at:", symbol("x"))).toBe(7);
  });

  it("an error signalled in a suspending block reaches an enclosing on:do:", async () => {
    const log: unknown[] = [];
    // A protected block that may suspend is an async function (as st2ts emits it), so that the
    // handler follows its awaits (kernel/context.ts runInContext).
    const result = await onDo(
      async () =>
        send(
          [1, 2, 3],
          "do:",
          suspending((each: number) => {
            if (each === 2) return new StError("boom").signal();
            return null;
          }, log),
        ),
      StError,
      (ex: StError) => ex.messageText(),
    );
    expect(result).toBe("boom");
    expect(log).toEqual([1, 2]);
  });

  it("^ out of a do: block ends the iteration, sync and async", async () => {
    const seen: unknown[] = [];
    const found = activation((home) =>
      send([1, 2, 3], "do:", (each: number) => {
        seen.push(each);
        if (each === 2) nonLocalReturn(home, "two");
      }),
    );
    expect(found).toBe("two");
    expect(seen).toEqual([1, 2]);
    const later = activation((home) =>
      send(send(OrderedCollection, "withAll:", [1, 2, 3]), "do:", async (each: number) => {
        await tick();
        if (each === 2) nonLocalReturn(home, "async two");
      }),
    );
    expect(await later).toBe("async two");
  });
});
