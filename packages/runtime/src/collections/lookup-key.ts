import { registerClass } from "../kernel/class.js";
import { classOf } from "../kernel/class-of.js";
import type { PrintStream } from "../kernel/printing.js";
import { send } from "../kernel/send.js";
import { Magnitude } from "../numbers/magnitude.js";
import { hashBits } from "./collection.js";
import { EQUALITY } from "./key-comparison.js";

/**
 * `LookupKey`: an object with a key, ordered and compared by it (the superclass of
 * Association). It is a Magnitude, so `<`, `<=`, `max:` and the rest compare keys.
 */
export class LookupKey extends Magnitude {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "LookupKey";
  /** The Smalltalk category. */
  static override readonly $category: string = "Collections-Support";
  static {
    registerClass(this);
  }

  #key: unknown;

  /** A LookupKey with `key` (nil by default). */
  constructor(key: unknown = null) {
    super();
    this.#key = key;
  }

  /** @selector key: — a new instance with `key` (class side). */
  static key(key: unknown): LookupKey {
    return new this(key);
  }

  /** @selector key — the key. */
  key(): unknown {
    return this.#key;
  }

  /** @selector key: — sets the key; answers the receiver. */
  key$(key: unknown): this {
    this.#key = key;
    return this;
  }

  /** @selector < — whether the key is less than `other`'s key. */
  lt(other: unknown): unknown {
    return send(this.#key, "<", send(other, "key"));
  }

  /** @selector = — whether `other` is of the same species with an equal key. */
  override eq(other: unknown): boolean {
    if (!(other instanceof LookupKey) || send(this, "species") !== send(other, "species")) return false;
    return EQUALITY.matches(this.#key, other.#key);
  }

  /** @selector hash — the key's hash. */
  override hash(): number {
    return hashBits(EQUALITY.hashOf(this.#key));
  }

  /** @selector species — the class. */
  species(): unknown {
    return classOf(this);
  }

  /** @selector printOn: — the key's printString. */
  override printOn(stream: PrintStream): this {
    send(this.#key, "printOn:", stream);
    return this;
  }

  /** @selector shallowCopy — a new instance with the same key. */
  override shallowCopy(): unknown {
    return new (this.constructor as new (key: unknown) => LookupKey)(this.#key);
  }
}
