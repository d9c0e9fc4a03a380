import { SystemDictionary } from "../collections/system-dictionary.js";
import { StError } from "../exceptions/exception-classes.js";
import { symbol } from "../text/symbol.js";
import { registerClass } from "./class.js";
import { dialect, setDialect } from "./dialect.js";
import type { MaybePromise } from "./maybe-promise.js";
import { StObject } from "./object.js";

/**
 * `SmalltalkImage`: the class of the global `Smalltalk`. As in Squeak and Pharo, its dictionary
 * protocol goes to `Smalltalk globals`, the SystemDictionary of global variables.
 */
export class SmalltalkImage extends StObject {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "SmalltalkImage";
  /** The Smalltalk category. */
  static override readonly $category: string = "System-Support";
  static {
    registerClass(this);
  }

  readonly #globals = new SystemDictionary();

  /** @selector globals — the SystemDictionary of the global variables. */
  globals(): SystemDictionary {
    return this.#globals;
  }

  /** @selector at: — the global named `key` (a Symbol); KeyNotFound when there is none. */
  at(key: unknown): unknown {
    return this.#globals.at(key);
  }

  /** @selector at:put: — makes `value` the global named `key` (a Symbol); answers `value`. */
  atPut(key: unknown, value: unknown): unknown {
    return this.#globals.atPut(key, value);
  }

  /** @selector at:ifAbsent: — the global named `key`, else `block value`. */
  atIfAbsent(key: unknown, block: unknown): MaybePromise<unknown> {
    return this.#globals.atIfAbsent(key, block);
  }

  /** @selector dialect — the dialect whose behaviour is in force: `#squeak` (the default) or `#pharo`. */
  dialect(): unknown {
    return symbol(dialect());
  }

  /**
   * @selector dialect: — selects the dialect whose behaviour the runtime reproduces (`#squeak` or
   * `#pharo`; design rule 5); anything else signals an Error.
   */
  dialect$(name: unknown): MaybePromise<unknown> {
    const text = String(name);
    if (text !== "squeak" && text !== "pharo") {
      return new StError(`Unknown dialect: ${text} (use #squeak or #pharo)`).signal();
    }
    setDialect(text);
    return this;
  }

  /** @selector includesKey: — whether a global is named `key`. */
  includesKey(key: unknown): boolean {
    return this.#globals.includesKey(key);
  }
}

/** The global `Smalltalk`: `Smalltalk at: #ServerPort put: 8080`, `Smalltalk at: #ServerPort`. */
export const Smalltalk: SmalltalkImage = new SmalltalkImage();
