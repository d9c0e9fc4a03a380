import { classOf } from "../kernel/class-of.js";
import { printString } from "../kernel/printing.js";
import { send } from "../kernel/send.js";
import { lessThan } from "../numbers/comparison.js";

function isStringLike(value: unknown): boolean {
  return typeof value === "string" || send(value, "isString") === true;
}

function isNumberLike(value: unknown): boolean {
  return typeof value === "number" || typeof value === "bigint" || send(value, "isNumber") === true;
}

/**
 * Squeak's `compareSafely:` (how a Dictionary orders its keys for printing): strings with
 * strings and numbers with numbers by `<`; other objects of one class by their printStrings;
 * objects of different classes by their class names.
 */
export function compareSafely(a: unknown, b: unknown): unknown {
  if (isStringLike(a) && isStringLike(b)) return send(a, "<", b);
  if (isNumberLike(a) && isNumberLike(b)) return lessThan(a, b);
  const aClass = classOf(a);
  const bClass = classOf(b);
  if (aClass === bClass) return printString(a) < printString(b);
  return aClass.$stName < bClass.$stName;
}
