import { classNamed, registerClass } from "../kernel/class.js";
import type { MaybePromise } from "../kernel/maybe-promise.js";
import { isSymbol } from "../text/symbol.js";
import { IdentityDictionary } from "./identity-dictionary.js";

/**
 * `SystemDictionary`: the global variables, keyed by Symbols (`Smalltalk globals`). Every
 * Smalltalk class is one of them: a class name not stored yet is bound to its class on first use,
 * so `Smalltalk at: #Socket` answers the class Socket. Other globals are what programs store
 * (`Smalltalk at: #ServerPort put: 8080`).
 */
export class SystemDictionary extends IdentityDictionary {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "SystemDictionary";
  /** The Smalltalk category. */
  static override readonly $category: string = "System-Support";
  static {
    registerClass(this);
  }

  /** Binds `key` to the class of that name when it names one and is not bound yet. */
  #bindClass(key: unknown): void {
    if (!isSymbol(key) || super.includesKey(key)) return;
    const cls = classNamed(String(key));
    if (cls !== undefined) this.atPut(key, cls);
  }

  /** @selector at: — the global named `key`; KeyNotFound when there is none. */
  override at(key: unknown): unknown {
    this.#bindClass(key);
    return super.at(key);
  }

  /** @selector at:ifAbsent: — the global named `key`, else `block value`. */
  override atIfAbsent(key: unknown, block: unknown): MaybePromise<unknown> {
    this.#bindClass(key);
    return super.atIfAbsent(key, block);
  }

  /** @selector includesKey: — whether a global is named `key`. */
  override includesKey(key: unknown): boolean {
    this.#bindClass(key);
    return super.includesKey(key);
  }
}
