import { mustBeBoolean } from "../blocks/evaluation.js";
import { andThen, type MaybePromise } from "../kernel/maybe-promise.js";
import { lessOrEqual } from "../numbers/comparison.js";
import { callable, each } from "./iteration.js";

/** A sort block as sorting calls it: answers (maybe later) whether `a` goes before `b`. */
export type Precedes = (a: unknown, b: unknown) => unknown;

/** The test of a sort block: the block itself, or `<=` when it is nil (Squeak's default). */
export function precedesBy(sortBlock: unknown): Precedes {
  return sortBlock === null || sortBlock === undefined ? lessOrEqual : callable(sortBlock, 2);
}

/**
 * Sorts `elements` in place by `precedes` and answers them: Squeak's merge sort
 * (`mergeSortFrom:to:by:`), bottom-up and stable (an element the block says may go first, goes
 * first). Each comparison is one step of {@link each}, so a sort block that suspends is awaited
 * and the comparisons stay in order.
 */
export function mergeSort(elements: unknown[], precedes: Precedes): MaybePromise<unknown[]> {
  const size = elements.length;
  if (size < 2) return elements;
  let source = elements.slice();
  let target: unknown[] = new Array<unknown>(size);
  let width = 1;
  let low = 0;
  let middle = 0;
  let high = 0;
  let left = 0;
  let right = 0;
  let out = 0;
  const startPair = () => {
    middle = Math.min(low + width, size);
    high = Math.min(low + 2 * width, size);
    left = low;
    right = middle;
    out = low;
  };
  // Moves on until a comparison is needed; answers true when the sort is complete.
  const settle = (): boolean => {
    for (;;) {
      if (left < middle && right < high) return false;
      while (left < middle) target[out++] = source[left++];
      while (right < high) target[out++] = source[right++];
      low = high;
      if (low >= size) {
        [source, target] = [target, source];
        width *= 2;
        low = 0;
        if (width >= size) return true;
      }
      startPair();
    }
  };
  startPair();
  settle();
  const sorted = each(
    Number.POSITIVE_INFINITY,
    () => precedes(source[left], source[right]),
    (first) => {
      target[out++] = mustBeBoolean(first) ? source[left++] : source[right++];
      return settle();
    },
  );
  return andThen(sorted, () => {
    for (let index = 0; index < size; index += 1) elements[index] = source[index];
    return elements;
  });
}
