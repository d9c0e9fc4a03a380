import { registerClass } from "../kernel/class.js";
import { send } from "../kernel/send.js";
import { StNumber } from "./number.js";
import { printNumber } from "./number-printing.js";
import { float, floatValue, isNumberValue, type NumberValue, numberKind, toDouble } from "./number-values.js";

/**
 * `Float`: a double-precision floating-point number. Held boxed (`$float`), so that a whole
 * Float stays a Float (`3 + 4.0` prints `7.0`) and is never taken for a SmallInteger; a raw
 * non-integer JavaScript number met at run time counts as a Float too, so the methods accept
 * `this` as either. Make one with `float(x)`.
 */
export class Float extends StNumber {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "Float";
  static {
    registerClass(this);
  }

  /** The double this Float holds (the name `identity.ts` relies on). */
  readonly $float: number;

  /** A Float holding `value`; prefer `float(value)`. */
  constructor(value: number) {
    super();
    this.$float = value;
  }

  /** @selector readFrom: — the number at the start of a String or a ReadStream, as a Float (class side). */
  static override readFrom(source: unknown): unknown {
    const value = StNumber.readFrom(source);
    return isNumberValue(value) ? float(toDouble(value, numberKind(value))) : value;
  }

  /** @selector nan — the Float Not-a-Number (class side). */
  static nan(): Float {
    return float(Number.NaN);
  }

  /** @selector infinity — positive infinity (class side). */
  static infinity(): Float {
    return float(Number.POSITIVE_INFINITY);
  }

  /** @selector negativeInfinity — negative infinity (class side). */
  static negativeInfinity(): Float {
    return float(Number.NEGATIVE_INFINITY);
  }

  /** @selector negativeZero — `-0.0` (class side). */
  static negativeZero(): Float {
    return float(-0);
  }

  /** @selector zero — `0.0` (class side). */
  static zero(): Float {
    return float(0);
  }

  /** @selector one — `1.0` (class side). */
  static one(): Float {
    return float(1);
  }

  /** @selector pi — π (class side). */
  static pi(): Float {
    return float(Math.PI);
  }

  /** @selector e — Euler's number (class side). */
  static e(): Float {
    return float(Math.E);
  }

  /** @selector epsilon — the gap between 1.0 and the next Float, 2^-52 (class side). */
  static epsilon(): Float {
    return float(Number.EPSILON);
  }

  /** @selector fmax — the largest finite Float (class side). */
  static fmax(): Float {
    return float(Number.MAX_VALUE);
  }

  /** @selector fminNormalized — the smallest positive normalized Float, 2^-1022 (class side). */
  static fminNormalized(): Float {
    return float(2 ** -1022);
  }

  /** @selector fminDenormalized — the smallest positive Float, 2^-1074 (class side). */
  static fminDenormalized(): Float {
    return float(Number.MIN_VALUE);
  }

  /** @selector isFloat — true. */
  override isFloat(): boolean {
    return true;
  }

  /** @selector isNaN — whether the receiver is Not-a-Number. */
  override isNaN(this: Float | number): boolean {
    return Number.isNaN(floatValue(this));
  }

  /** @selector isInfinite — whether the receiver is positive or negative infinity. */
  override isInfinite(this: Float | number): boolean {
    const x = floatValue(this);
    return x === Number.POSITIVE_INFINITY || x === Number.NEGATIVE_INFINITY;
  }

  /** @selector isLiteral — whether the receiver is finite (NaN and the infinities have no literal form). */
  override isLiteral(this: Float | number): boolean {
    return Number.isFinite(floatValue(this));
  }

  /** @selector isFinite — whether the receiver is neither infinite nor NaN. */
  isFinite(this: Float | number): boolean {
    return Number.isFinite(floatValue(this));
  }

  /**
   * @selector printPaddedWith:to: — the `printString` padded with a Character on the left to
   * `width`'s integer part and on the right to as many fraction digits as `width` shows
   * (`3.5 printPaddedWith: $0 to: 4.2` is `'0003.50'`).
   */
  printPaddedWithTo(this: Float | number, padding: unknown, width: NumberValue): string {
    const digits = printNumber(this, 10);
    const point = digits.indexOf(".");
    if (point < 0) return digits;
    const character = String(send(padding, "asString"));
    const integerWidth = Math.trunc(toDouble(width, numberKind(width)));
    const widthText = printNumber(width, 10);
    const fractionWidth = widthText.includes(".")
      ? Number(widthText.slice(widthText.lastIndexOf(".") + 1))
      : 0;
    const left = character.repeat(Math.max(0, integerWidth - point));
    const right = character.repeat(Math.max(0, fractionWidth - (digits.length - point - 1)));
    return `${left}${digits}${right}`;
  }
}
