import { isPromise, type MaybePromise } from "../kernel/maybe-promise.js";
import type { Block } from "./evaluation.js";

/**
 * `aBlock ensure: afterBlock`: evaluates `body`, then `after` however `body` ends (normally, by an
 * exception unwinding, by `^`, or by process termination). Answers `body`'s value.
 */
export function ensure<T>(body: () => MaybePromise<T>, after: Block): MaybePromise<T> {
  let result: MaybePromise<T>;
  try {
    result = body();
  } catch (thrown) {
    const cleanup = after();
    if (isPromise(cleanup)) {
      return cleanup.then(() => {
        throw thrown;
      });
    }
    throw thrown;
  }
  if (isPromise(result)) {
    return result.then(
      async (value) => {
        await after();
        return value;
      },
      async (thrown: unknown) => {
        await after();
        throw thrown;
      },
    );
  }
  const cleanup = after();
  return isPromise(cleanup) ? cleanup.then(() => result) : result;
}

/**
 * `aBlock ifCurtailed: curtailBlock`: evaluates `body`; evaluates `curtailed` only when `body` does
 * not complete normally (an exception unwinds it, `^` leaves it, its process is terminated).
 */
export function ifCurtailed<T>(body: () => MaybePromise<T>, curtailed: Block): MaybePromise<T> {
  let result: MaybePromise<T>;
  try {
    result = body();
  } catch (thrown) {
    const cleanup = curtailed();
    if (isPromise(cleanup)) {
      return cleanup.then(() => {
        throw thrown;
      });
    }
    throw thrown;
  }
  if (!isPromise(result)) return result;
  return result.catch(async (thrown: unknown) => {
    await curtailed();
    throw thrown;
  });
}
