import { registerClass } from "../kernel/class.js";
import { IDENTITY, type KeyComparison } from "./key-comparison.js";
import { StSet } from "./set.js";

/** `IdentitySet`: a Set whose elements are told apart by identity (`==`, `identityHash`). */
export class IdentitySet extends StSet {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "IdentitySet";
  /** The Smalltalk category. */
  static override readonly $category: string = "Collections-Unordered";
  static {
    registerClass(this);
  }

  /** Elements match by identity. */
  static override readonly $comparison: KeyComparison = IDENTITY;

  /** @selector asIdentitySet — the receiver. */
  override asIdentitySet(): this {
    return this;
  }
}
