import { registerClass } from "../kernel/class.js";
import type { ExceptionSelector } from "../kernel/context.js";
import { StObject } from "../kernel/object.js";

/** `ExceptionSet`: what `ZeroDivide, Error` answers; handles what any of its members handles. */
export class ExceptionSet extends StObject {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "ExceptionSet";
  /** The Smalltalk category. */
  static override readonly $category: string = "Kernel-Exceptions";
  static {
    registerClass(this);
  }

  readonly #members: ExceptionSelector[];

  /** A set of `members` (exception classes or sets). */
  constructor(members: readonly ExceptionSelector[] = []) {
    super();
    this.#members = [...members];
  }

  /** @selector handles: — whether any member handles `exception`. */
  handles(exception: unknown): boolean {
    return this.#members.some((member) => member.handles(exception));
  }

  /** @selector , — this set extended with `other`. */
  comma(other: ExceptionSelector): ExceptionSet {
    return new ExceptionSet([...this.#members, other]);
  }

  /** @selector add: — adds `selector`; answers it. */
  add(selector: ExceptionSelector): ExceptionSelector {
    this.#members.push(selector);
    return selector;
  }
}
