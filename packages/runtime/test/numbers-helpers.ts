import {
  Character,
  divide,
  type ExceptionSelector,
  float,
  onDo,
  parseNumber,
  type SmalltalkClass,
  send,
  setDialect,
} from "../src/index.js";

/** `value printString`, by dynamic dispatch. */
export function printed(value: unknown): string {
  return send(value, "printString") as string;
}

/** The name of `value`'s class (`value class name`). */
export function className(value: unknown): string {
  return (send(value, "class") as SmalltalkClass).$stName;
}

/** A number from its Smalltalk literal (`n("1.5s2")`, `n("16rFF")`, `n("1e100")`). */
export function n(literal: string): unknown {
  const value = parseNumber(literal);
  if (value === null) throw new TypeError(`not a number literal: ${literal}`);
  return value;
}

/** The Fraction (or Integer) `numerator / denominator`. */
export function q(numerator: number | bigint, denominator: number | bigint): unknown {
  return divide(numerator, denominator);
}

/** A Float. */
export const f = float;

/** The Character with code point `code`. */
export function character(code: number): unknown {
  return Character.value(code);
}

/** 2 raised to `exponent`, exactly. */
export function two(exponent: number): unknown {
  return send(2, "raisedTo:", exponent);
}

/** What an exception of `selector` signalled inside `body` looks like to a handler that returns. */
export function caught<E>(body: () => unknown, selector: ExceptionSelector): E {
  let seen: unknown = null;
  onDo(body, selector, (exception: unknown) => {
    seen = exception;
    return null;
  });
  if (seen === null) throw new TypeError("nothing was signalled");
  return seen as E;
}

/** Runs `body` under the Pharo dialect, then back to Squeak. */
export function underPharo<T>(body: () => T): T {
  setDialect("pharo");
  try {
    return body();
  } finally {
    setDialect("squeak");
  }
}
