import { registerClass } from "../kernel/class.js";
import { identical } from "../kernel/identity.js";
import { Dictionary } from "./dictionary.js";
import { IDENTITY, type KeyComparison } from "./key-comparison.js";

/** `IdentityDictionary`: a Dictionary whose keys are told apart by identity (`==`, `identityHash`). */
export class IdentityDictionary extends Dictionary {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "IdentityDictionary";
  /** The Smalltalk category. */
  static override readonly $category: string = "Collections-Unordered";
  static {
    registerClass(this);
  }

  /** Keys match by identity. */
  static override readonly $comparison: KeyComparison = IDENTITY;

  /** @internal `keyAtValue:` compares values by identity here (Squeak's `keyAtIdentityValue:`). */
  override $valueMatches(probe: unknown, stored: unknown): boolean {
    return identical(probe, stored);
  }
}
