import { isPromise, type MaybePromise } from "../kernel/maybe-promise.js";
import { Home, NonLocalReturn } from "./control-flow.js";
import { BlockCannotReturn } from "./exception-classes.js";

/**
 * Runs one method activation that contains blocks with `^`: `body` gets the activation's
 * {@link Home}; a `^` from one of its blocks ({@link nonLocalReturn}) unwinds to here and its
 * value is the answer. Once the activation has returned its home is dead.
 */
export function activation<T>(body: (home: Home) => MaybePromise<T>): MaybePromise<T> {
  const home = new Home();
  let result: MaybePromise<T>;
  try {
    result = body(home);
  } catch (thrown) {
    home.dead = true;
    if (thrown instanceof NonLocalReturn && thrown.home === home) return thrown.value as T;
    throw thrown;
  }
  if (!isPromise(result)) {
    home.dead = true;
    return result;
  }
  return result.then(
    (value) => {
      home.dead = true;
      return value;
    },
    (thrown: unknown) => {
      home.dead = true;
      if (thrown instanceof NonLocalReturn && thrown.home === home) return thrown.value as T;
      throw thrown;
    },
  );
}

/**
 * `^ value` inside a block: unwinds to the activation `home` (running `ensure:` blocks on the
 * way). When that activation has already returned, signals BlockCannotReturn, as Squeak does;
 * resuming it answers the resumption value from the block.
 */
export function nonLocalReturn(home: Home, value: unknown): unknown {
  if (home.dead) {
    return new BlockCannotReturn("Block cannot return").result$(value).signalSync();
  }
  throw new NonLocalReturn(home, value);
}
