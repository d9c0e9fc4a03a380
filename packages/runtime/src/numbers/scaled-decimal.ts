import { registerClass } from "../kernel/class.js";
import { normalizeInteger, type StInteger, toBigInt } from "./integer-math.js";
import { StNumber } from "./number.js";
import { exactRatio, type NumberValue, numberKind, scaledFromRatio } from "./number-values.js";
import { ratio } from "./rational.js";

/**
 * `ScaledDecimal`: an exact rational shown with a fixed number of decimal places, its scale
 * (`1.5s2` prints `1.50s2`). Arithmetic stays exact and keeps the larger scale of its operands;
 * with a Float it answers a Float.
 */
export class ScaledDecimal extends StNumber {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "ScaledDecimal";
  static {
    registerClass(this);
  }

  /** The numerator of the exact value, in lowest terms; it carries the sign. */
  readonly $numerator: bigint;
  /** The denominator of the exact value, positive. */
  readonly $denominator: bigint;
  /** The number of decimal places shown. */
  readonly $scale: number;

  /** The value `numerator / denominator` (in lowest terms, `denominator > 0`) with `scale` places. */
  constructor(numerator: bigint, denominator: bigint, scale: number) {
    super();
    this.$numerator = numerator;
    this.$denominator = denominator;
    this.$scale = scale;
  }

  /** @selector newFromNumber:scale: — the exact value of `number` with `scale` places (class side). */
  static newFromNumberScale(number: NumberValue, scale: StInteger): ScaledDecimal {
    return scaledFromRatio(exactRatio(number, numberKind(number)), Number(scale));
  }

  /** @selector scale — the number of decimal places shown. */
  scale(): number {
    return this.$scale;
  }

  /** @selector numerator — the numerator of the exact value. */
  numerator(): StInteger {
    return normalizeInteger(this.$numerator);
  }

  /** @selector denominator — the denominator of the exact value. */
  denominator(): StInteger {
    return normalizeInteger(this.$denominator);
  }

  /** @selector isLiteral — whether printing it with its scale gives back its exact value (Squeak). */
  override isLiteral(): boolean {
    return this.$denominator === 1n || 10n ** BigInt(this.$scale) % this.$denominator === 0n;
  }

  /** @selector isScaledDecimal — true. */
  isScaledDecimal(): boolean {
    return true;
  }
}

/**
 * A ScaledDecimal of the exact value `numerator / denominator` shown with `scale` decimal places
 * (`scaledDecimal(3, 2, 2)` is `1.50s2`): what st2ts emits for a literal such as `1.5s2`.
 */
export function scaledDecimal(numerator: StInteger, denominator: StInteger, scale: number): ScaledDecimal {
  return scaledFromRatio(ratio(toBigInt(numerator), toBigInt(denominator)), scale);
}
