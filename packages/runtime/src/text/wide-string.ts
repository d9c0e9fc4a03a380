import { registerClass } from "../kernel/class.js";
import { StString } from "./string.js";

/**
 * `WideString`: a String with a character beyond 255 (`(String with: (Character value: 300))
 * class`). Its instances are mutable WideStrings; wide JavaScript strings answer this class.
 */
export class WideString extends StString {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "WideString";
  static {
    registerClass(this);
  }
}
