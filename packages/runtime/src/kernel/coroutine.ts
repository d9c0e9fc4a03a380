import { currentContext, type ExecutionContext, runInContext } from "./context.js";
import { isPromise, type MaybePromise } from "./maybe-promise.js";

/**
 * Runs a generator that yields what it waits for: synchronously while every value it yields is
 * a plain value (each is passed back at once), asynchronously from the first Promise on (each
 * later value is awaited, strictly in order). Answers the generator's return value, or a Promise
 * of it. A rejected Promise is thrown into the generator at its `yield`. Every step runs in the
 * execution context `drive` was called in (its process, its exception handlers), also after an
 * await.
 *
 * st2ts compiles a method that may suspend only through the blocks it is given (`do: aBlock`) to
 * such a generator, so that it answers at once when its blocks do (design rule 1).
 */
export function drive<T>(generator: Generator<unknown, T, any>): MaybePromise<T> {
  let step = generator.next();
  while (!step.done) {
    if (isPromise(step.value)) return driveAsync(generator, step.value, currentContext());
    step = generator.next(step.value);
  }
  return step.value;
}

async function driveAsync<T>(
  generator: Generator<unknown, T, any>,
  first: Promise<unknown>,
  context: ExecutionContext,
): Promise<T> {
  let pending: unknown = first;
  for (;;) {
    let step: IteratorResult<unknown, T>;
    try {
      const value = await pending;
      step = runInContext(context, () => generator.next(value));
    } catch (thrown) {
      step = runInContext(context, () => generator.throw(thrown));
    }
    if (step.done) return step.value;
    pending = step.value;
  }
}
