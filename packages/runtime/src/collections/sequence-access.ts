import { lookupFor, send } from "../kernel/send.js";

/**
 * How SequenceableCollection's generic methods read their receiver, whatever it is: JavaScript
 * arrays and `Uint8Array`s (ByteArray) directly, every other receiver through its own `size` and
 * `at:` (found once per call, not per element). So a sequenceable class plugs into the whole
 * protocol (`do:`, `collect:`, `indexOf:`, `copyFrom:to:`, `reverse`, `=`, ...) by implementing
 * those two selectors: String (a JavaScript string, whose `at:` answers Characters),
 * OrderedCollection, Interval, and Smalltalk subclasses alike. Building results goes through the
 * species' static `$withElements` (see `Collection`).
 */

/** The number of elements of a sequenceable collection (`size`). */
export function sizeOf(sequence: unknown): number {
  if (Array.isArray(sequence) || sequence instanceof Uint8Array) return sequence.length;
  return send(sequence, "size") as number;
}

/** A reader of the elements of a sequenceable collection by 0-based index (no bounds check). */
export function readerOf(sequence: unknown): (index: number) => unknown {
  if (Array.isArray(sequence) || sequence instanceof Uint8Array) return (index) => sequence[index];
  const at = lookupFor(sequence, "at:");
  if (at === undefined) return (index) => send(sequence, "at:", index + 1);
  return (index) => at.call(sequence, index + 1);
}

/** The elements from 0-based `start` up to, not including, `end`, as a new JavaScript array. */
export function sliceOf(sequence: unknown, start: number, end: number): unknown[] {
  if (Array.isArray(sequence)) return sequence.slice(start, end);
  if (sequence instanceof Uint8Array) return Array.from(sequence.subarray(start, end));
  const at = readerOf(sequence);
  const elements = new Array<unknown>(Math.max(end - start, 0));
  for (let index = start; index < end; index += 1) elements[index - start] = at(index);
  return elements;
}
