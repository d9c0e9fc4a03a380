import { registerClass } from "../kernel/class.js";
import { isBinarySelector } from "../kernel/naming.js";
import type { PrintStream } from "../kernel/printing.js";
import { send } from "../kernel/send.js";
import { EQUALITY } from "./key-comparison.js";
import { LookupKey } from "./lookup-key.js";

/** Whether `key` is a Symbol that is a binary selector (`#+`), which Squeak prints with spaces around `->`. */
function isBinarySymbol(key: unknown): boolean {
  return send(key, "isSymbol") === true && isBinarySelector(String(send(key, "asString")));
}

/**
 * `Association`: a key and a value, what `key -> value` answers and what a Dictionary holds.
 * Prints as `key->value` (`#+ -> 3` when the key is a binary selector symbol, as Squeak does).
 */
export class Association extends LookupKey {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "Association";
  /** The Smalltalk category. */
  static override readonly $category: string = "Collections-Support";
  static {
    registerClass(this);
  }

  #value: unknown;

  /** An Association of `key` and `value` (both nil by default). */
  constructor(key: unknown = null, value: unknown = null) {
    super(key);
    this.#value = value;
  }

  /** @selector key:value: — a new Association (class side; what `key -> value` answers). */
  static keyValue(key: unknown, value: unknown): Association {
    return new this(key, value);
  }

  /** @selector value — the value. */
  override value(): unknown {
    return this.#value;
  }

  /** @selector value: — sets the value; answers the receiver. */
  value$(value: unknown): this {
    this.#value = value;
    return this;
  }

  /** @selector key:value: — sets the key and the value; answers the receiver. */
  keyValue(key: unknown, value: unknown): this {
    this.key$(key);
    this.#value = value;
    return this;
  }

  /** @selector = — whether `other` is an Association with an equal key and an equal value. */
  override eq(other: unknown): boolean {
    return super.eq(other) && other instanceof Association && EQUALITY.matches(this.#value, other.#value);
  }

  /** @selector printOn: — `key->value`. */
  override printOn(stream: PrintStream): this {
    super.printOn(stream);
    stream.nextPutAll(isBinarySymbol(this.key()) ? " -> " : "->");
    send(this.#value, "printOn:", stream);
    return this;
  }

  /** @selector storeOn: — `(key->value)` with the key and value stored. */
  storeOn(stream: PrintStream): this {
    stream.nextPutAll("(");
    send(this.key(), "storeOn:", stream);
    stream.nextPutAll(isBinarySymbol(this.key()) ? " -> " : "->");
    send(this.#value, "storeOn:", stream);
    stream.nextPutAll(")");
    return this;
  }

  /** @selector shallowCopy — a new Association of the same key and value. */
  override shallowCopy(): Association {
    return new (this.constructor as typeof Association)(this.key(), this.#value);
  }
}
