/** A value, or a Promise of it: what a Smalltalk operation answers when it suspends only sometimes. */
export type MaybePromise<T> = T | Promise<T>;

/** Whether `value` is a native Promise (every suspending Smalltalk operation answers one). */
export function isPromise(value: unknown): value is Promise<unknown> {
  return value instanceof Promise;
}

/**
 * Applies `next` to `value` now, or once it has settled when it is a Promise. (Not named `then`:
 * a module exporting `then` is a thenable namespace, which `await import()` and vitest's module
 * runner would call.)
 */
export function andThen<T, R>(
  value: MaybePromise<T>,
  next: (resolved: T) => MaybePromise<R>,
): MaybePromise<R> {
  return value instanceof Promise ? value.then(next) : next(value);
}
