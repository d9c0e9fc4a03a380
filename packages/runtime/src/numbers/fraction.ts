import { registerClass } from "../kernel/class.js";
import { send } from "../kernel/send.js";
import { signalZeroDivide } from "./arithmetic.js";
import { isStInteger, normalizeInteger, type StInteger, toBigInt } from "./integer-math.js";
import { StNumber } from "./number.js";

/**
 * `Fraction`: an exact rational `numerator / denominator`. Arithmetic answers them reduced, with
 * a positive denominator, and an Integer instead when the value is whole (`6/3` is 2,
 * `(1/3) + (2/3)` is 1); they print as `(1/3)`.
 */
export class Fraction extends StNumber {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "Fraction";
  static {
    registerClass(this);
  }

  /** The numerator; it carries the sign. */
  readonly $numerator: bigint;
  /** The denominator, positive. */
  readonly $denominator: bigint;

  /** The fraction `numerator / denominator`, as given apart from the sign (not reduced). */
  constructor(numerator: bigint, denominator: bigint) {
    super();
    const flip = denominator < 0n;
    this.$numerator = flip ? -numerator : numerator;
    this.$denominator = flip ? -denominator : denominator;
  }

  /**
   * @selector numerator:denominator: — a Fraction of the two Integers, not reduced (class side);
   * ZeroDivide for a zero denominator.
   */
  static numeratorDenominator(numerator: unknown, denominator: unknown): unknown {
    const n = isStInteger(numerator) ? numerator : (send(numerator, "asInteger") as StInteger);
    const d = isStInteger(denominator) ? denominator : (send(denominator, "asInteger") as StInteger);
    if (d === 0 || d === 0n) return signalZeroDivide(numerator);
    return new Fraction(toBigInt(n), toBigInt(d));
  }

  /** @selector numerator — the numerator (with the sign). */
  numerator(): StInteger {
    return normalizeInteger(this.$numerator);
  }

  /** @selector denominator — the denominator (positive). */
  denominator(): StInteger {
    return normalizeInteger(this.$denominator);
  }

  /** @selector isFraction — true. */
  override isFraction(): boolean {
    return true;
  }
}
