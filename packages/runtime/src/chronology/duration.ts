import { registerClass } from "../kernel/class.js";
import type { PrintStream } from "../kernel/printing.js";
import { send } from "../kernel/send.js";
import { normalizeInteger, type StInteger, toBigInt } from "../numbers/integer-math.js";
import { Magnitude } from "../numbers/magnitude.js";

const NANOS_PER_SECOND = 1_000_000_000n;
const SECONDS_PER_DAY = 86_400n;

/** Nanoseconds for `amount` units of `nanosPerUnit` (amount any Smalltalk number), truncated. */
function nanosOf(amount: unknown, nanosPerUnit: bigint): bigint {
  const product = send(amount, "*", normalizeInteger(nanosPerUnit));
  return toBigInt(send(product, "truncated") as StInteger);
}

/**
 * `Duration` (Squeak's Chronology): a length of time, held in nanoseconds. Made by
 * `Duration seconds: 5` or `5 seconds`, `50 milliSeconds`; accepted by `Delay forDuration:` and
 * `valueWithin:onTimeout:`. Prints as Squeak prints it, `[-]D:HH:MM:SS[.fraction]`.
 */
export class Duration extends Magnitude {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "Duration";
  /** The Smalltalk category. */
  static override readonly $category: string = "Kernel-Chronology";
  static {
    registerClass(this);
  }

  readonly #nanos: bigint;

  /** A duration of `nanos` nanoseconds. */
  constructor(nanos: bigint = 0n) {
    super();
    this.#nanos = nanos;
  }

  /** @selector nanoSeconds: — a duration of `amount` nanoseconds (class side). */
  static nanoSeconds(amount: unknown): Duration {
    return new Duration(nanosOf(amount, 1n));
  }

  /** @selector milliSeconds: — a duration of `amount` milliseconds (class side). */
  static milliSeconds(amount: unknown): Duration {
    return new Duration(nanosOf(amount, 1_000_000n));
  }

  /** @selector seconds: — a duration of `amount` seconds (class side). */
  static seconds(amount: unknown): Duration {
    return new Duration(nanosOf(amount, NANOS_PER_SECOND));
  }

  /** @selector minutes: — a duration of `amount` minutes (class side). */
  static minutes(amount: unknown): Duration {
    return new Duration(nanosOf(amount, 60n * NANOS_PER_SECOND));
  }

  /** @selector hours: — a duration of `amount` hours (class side). */
  static hours(amount: unknown): Duration {
    return new Duration(nanosOf(amount, 3600n * NANOS_PER_SECOND));
  }

  /** @selector days: — a duration of `amount` days (class side). */
  static days(amount: unknown): Duration {
    return new Duration(nanosOf(amount, SECONDS_PER_DAY * NANOS_PER_SECOND));
  }

  /** @selector days:hours:minutes:seconds: — the sum of the parts (class side). */
  static daysHoursMinutesSeconds(
    days: unknown,
    hours: unknown,
    minutes: unknown,
    seconds: unknown,
  ): Duration {
    return new Duration(
      Duration.days(days).#nanos +
        Duration.hours(hours).#nanos +
        Duration.minutes(minutes).#nanos +
        Duration.seconds(seconds).#nanos,
    );
  }

  /** @selector zero — the empty duration (class side). */
  static zero(): Duration {
    return new Duration(0n);
  }

  /** @selector asNanoSeconds — the length in nanoseconds. */
  asNanoSeconds(): StInteger {
    return normalizeInteger(this.#nanos);
  }

  /** @selector asMilliSeconds — the length in whole milliseconds. */
  asMilliSeconds(): StInteger {
    return normalizeInteger(this.#nanos / 1_000_000n);
  }

  /** @selector asSeconds — the length in whole seconds. */
  asSeconds(): StInteger {
    return normalizeInteger(this.#nanos / NANOS_PER_SECOND);
  }

  /** @selector days — the whole days. */
  days(): StInteger {
    return normalizeInteger(this.#nanos / NANOS_PER_SECOND / SECONDS_PER_DAY);
  }

  /** @selector hours — the hours after the whole days. */
  hours(): StInteger {
    return normalizeInteger(((this.#nanos / NANOS_PER_SECOND) % SECONDS_PER_DAY) / 3600n);
  }

  /** @selector minutes — the minutes after the whole hours. */
  minutes(): StInteger {
    return normalizeInteger(((this.#nanos / NANOS_PER_SECOND) % 3600n) / 60n);
  }

  /** @selector seconds — the whole seconds after the whole minutes. */
  seconds(): StInteger {
    return normalizeInteger((this.#nanos / NANOS_PER_SECOND) % 60n);
  }

  /** @selector nanoSeconds — the nanoseconds after the whole seconds. */
  nanoSeconds(): StInteger {
    return normalizeInteger(this.#nanos % NANOS_PER_SECOND);
  }

  /** @selector negative — whether the duration is below zero. */
  negative(): boolean {
    return this.#nanos < 0n;
  }

  /** @selector isZero — whether the duration is empty. */
  isZero(): boolean {
    return this.#nanos === 0n;
  }

  /** @selector abs — the duration without its sign. */
  abs(): Duration {
    return new Duration(this.#nanos < 0n ? -this.#nanos : this.#nanos);
  }

  /** @selector negated — the duration with the opposite sign. */
  negated(): Duration {
    return new Duration(-this.#nanos);
  }

  /** @selector + — the sum of two durations. */
  plus(other: unknown): Duration {
    return new Duration(this.#nanos + asDuration(other).#nanos);
  }

  /** @selector - — the difference of two durations. */
  minus(other: unknown): Duration {
    return new Duration(this.#nanos - asDuration(other).#nanos);
  }

  /** @selector * — the duration multiplied by a number. */
  times(factor: unknown): Duration {
    return Duration.nanoSeconds(send(normalizeInteger(this.#nanos), "*", factor));
  }

  /** @selector / — the duration divided by a number, or the ratio of two durations. */
  divide(divisor: unknown): unknown {
    if (divisor instanceof Duration)
      return send(normalizeInteger(this.#nanos), "/", normalizeInteger(divisor.#nanos));
    return Duration.nanoSeconds(send(normalizeInteger(this.#nanos), "/", divisor));
  }

  /** @selector < — whether this duration is shorter. */
  lt(other: unknown): boolean {
    return this.#nanos < asDuration(other).#nanos;
  }

  /** @selector = — whether both are durations of the same length. */
  override eq(other: unknown): boolean {
    return other instanceof Duration && other.#nanos === this.#nanos;
  }

  /** @selector hash — a hash consistent with `=`. */
  override hash(): number {
    return Number(this.#nanos % 0x3fffffffn);
  }

  /** @selector printOn: — `[-]D:HH:MM:SS[.fraction]`, as Squeak prints a Duration. */
  override printOn(stream: PrintStream): this {
    const magnitude = this.abs();
    const two = (value: StInteger) => String(value).padStart(2, "0");
    const fraction = String(magnitude.nanoSeconds()).padStart(9, "0").replace(/0+$/, "");
    stream.nextPutAll(
      `${this.negative() ? "-" : ""}${magnitude.days()}:${two(magnitude.hours())}:${two(magnitude.minutes())}:${two(magnitude.seconds())}${fraction === "" ? "" : `.${fraction}`}`,
    );
    return this;
  }
}

function asDuration(value: unknown): Duration {
  if (value instanceof Duration) return value;
  return send(value, "asDuration") as Duration;
}
