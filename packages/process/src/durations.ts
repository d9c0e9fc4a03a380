import { send } from "@smalltalk-sockets/runtime";

/**
 * A Smalltalk Number as a JavaScript number: SmallIntegers are numbers already, LargeIntegers are
 * bigints, Floats are boxed (`$float`), and anything else (a Fraction) converts by `asFloat`.
 */
export function numberValue(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "object" && value !== null && "$float" in value) return Number(value.$float);
  return numberValue(send(value, "asFloat"));
}

/**
 * A duration in milliseconds: a Number is taken as milliseconds; any other object must answer
 * `asMilliSeconds` (Squeak's and Pharo's Duration protocol).
 */
export function durationMilliseconds(duration: unknown): number {
  if (typeof duration === "number" || typeof duration === "bigint") return numberValue(duration);
  if (typeof duration === "object" && duration !== null && "$float" in duration) return numberValue(duration);
  return numberValue(send(duration, "asMilliSeconds"));
}
