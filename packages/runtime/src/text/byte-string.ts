import { registerClass } from "../kernel/class.js";
import { StString } from "./string.js";

/**
 * `ByteString`: a String whose characters all fit in a byte (Latin-1). Every JavaScript string
 * dispatches through this class (so it has the whole String protocol); `'abc' class` answers it.
 * Its instances are mutable Strings (`String new: 10`, `'abc' copy`); one given a character above
 * 255 by `at:put:` becomes a WideString, as Squeak's `becomeForward:` makes it.
 */
export class ByteString extends StString {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "ByteString";
  static {
    registerClass(this);
  }
}
