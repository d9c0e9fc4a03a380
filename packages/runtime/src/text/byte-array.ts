import { ArrayedCollection, checkedSize } from "../collections/arrayed-collection.js";
import { registerClass } from "../kernel/class.js";
import { isByteString } from "../kernel/class-of.js";
import { type PrintStream, storeString } from "../kernel/printing.js";
import { send } from "../kernel/send.js";
import { latin1Decode, latin1Encode } from "./latin1.js";
import {
  checkedIndex,
  errorImproperStore,
  errorNotIndexable,
  errorSubscriptBounds,
  integerArgument,
  signalError,
} from "./primitive-errors.js";
import { isStringValue, stringText } from "./string.js";

/** Whether `value` can be stored in a ByteArray: an Integer from 0 to 255. */
function isByte(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 255;
}

/**
 * The bytes of a collection that is copied into a ByteArray: a ByteArray, a ByteString (its
 * Latin-1 bytes, as Squeak's byte-copying primitive takes them) or a collection of bytes.
 */
export function bytesOf(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (isStringValue(value)) {
    const text = stringText(value);
    return isByteString(text) ? latin1Encode(text) : errorImproperStore();
  }
  if (!Array.isArray(value)) {
    if (send(value, "isCollection") !== true) return errorNotIndexable(value);
    return bytesOf(send(value, "asArray"));
  }
  if (!value.every(isByte)) return errorImproperStore();
  return Uint8Array.from(value);
}

/**
 * `ByteArray`: bytes, as a JavaScript `Uint8Array` (socket data, addresses). Its methods run with
 * the `Uint8Array` as receiver. It prints as a literal (`#[1 2 3]`), compares and hashes by
 * content, and converts to and from byte strings with Latin-1 (`asString`, `asByteArray`).
 */
export class ByteArray extends ArrayedCollection {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "ByteArray";
  /** The Smalltalk category. */
  static override readonly $category: string = "Collections-Arrayed";
  static {
    registerClass(this);
  }

  /** A ByteArray of `elements`, which must be bytes (the species hook of `collect:`, `with:`, ...). */
  static override $withElements(elements: unknown[]): Uint8Array {
    return bytesOf(elements);
  }

  /** @selector new: — a ByteArray of `size` zero bytes. */
  static override new$(size: unknown): Uint8Array {
    return new Uint8Array(checkedSize(this, size));
  }

  /** @selector readHexFrom: — the ByteArray that `aString` spells in hexadecimal (two digits a byte). */
  static readHexFrom(aString: unknown): Uint8Array {
    const text = isStringValue(aString) ? stringText(aString) : "";
    const bytes = new Uint8Array(Math.floor(text.length / 2));
    for (let index = 0; index < bytes.length; index += 1) {
      const pair = text.slice(index * 2, index * 2 + 2);
      if (!/^[0-9a-fA-F]{2}$/.test(pair)) return signalError("Hex digit expected");
      bytes[index] = Number.parseInt(pair, 16);
    }
    return bytes;
  }

  /** @selector size — the number of bytes. */
  override size(this: Uint8Array): number {
    return this.length;
  }

  /** @selector at: — the byte at `index` (from 1). */
  at(this: Uint8Array, index: unknown): number {
    return this[checkedIndex(index, this.length)]!;
  }

  /** @selector at:put: — stores `value` (an Integer from 0 to 255) at `index`. */
  atPut(this: Uint8Array, index: unknown, value: unknown): unknown {
    const position = checkedIndex(index, this.length);
    if (!isByte(value)) return errorImproperStore();
    this[position] = value;
    return value;
  }

  /** @selector byteAt: — the byte at `index`. */
  byteAt(this: Uint8Array, index: unknown): number {
    return ByteArray.prototype.at.call(this, index);
  }

  /** @selector byteAt:put: — stores the byte `value` at `index`. */
  byteAtPut(this: Uint8Array, index: unknown, value: unknown): unknown {
    return ByteArray.prototype.atPut.call(this, index, value);
  }

  /** @selector atAllPut: — stores the byte `value` at every index. */
  atAllPut(this: Uint8Array, value: unknown): Uint8Array {
    if (!isByte(value)) return this.length === 0 ? this : errorImproperStore();
    return this.fill(value);
  }

  /**
   * @selector replaceFrom:to:with:startingAt: — replaces the bytes from `start` to `stop` with
   * those of `replacement` (a ByteArray, a ByteString or bytes) from `repStart`.
   */
  override replaceFromToWithStartingAt(
    this: Uint8Array,
    start: unknown,
    stop: unknown,
    replacement: unknown,
    repStart: unknown,
  ): Uint8Array {
    const first = integerArgument(start);
    const last = integerArgument(stop);
    const from = integerArgument(repStart);
    const count = last - first + 1;
    if (!(count > 0)) return this;
    const source = bytesOf(replacement);
    if (from < 1 || from - 1 + count > source.length) {
      return errorSubscriptBounds(from < 1 ? from : source.length + 1);
    }
    if (first < 1 || last > this.length) return errorSubscriptBounds(first < 1 ? first : this.length + 1);
    this.set(source.subarray(from - 1, from - 1 + count), first - 1);
    return this;
  }

  /** @selector shallowCopy — a new ByteArray with the same bytes. */
  override shallowCopy(this: Uint8Array): Uint8Array {
    return this.slice();
  }

  /** @selector deepCopy — a new ByteArray with the same bytes. */
  deepCopy(this: Uint8Array): Uint8Array {
    return this.slice();
  }

  /**
   * @selector , — the receiver followed by the bytes of `aCollection` (a ByteArray, a ByteString
   * or a collection of bytes).
   */
  override comma(this: Uint8Array, aCollection: unknown): Uint8Array {
    const tail = bytesOf(aCollection);
    const result = new Uint8Array(this.length + tail.length);
    result.set(this);
    result.set(tail, this.length);
    return result;
  }

  /** @selector asByteArray — the receiver. */
  asByteArray(this: Uint8Array): Uint8Array {
    return this;
  }

  /** @selector asString — the byte string of the bytes (Latin-1: one character per byte). */
  override asString(this: Uint8Array): string {
    return latin1Decode(this);
  }

  /** @selector hex — the bytes as lowercase hexadecimal, two digits each. */
  hex(this: Uint8Array): string {
    return Array.from(this, (byte) => byte.toString(16).padStart(2, "0")).join("");
  }

  /** @selector isLiteral — true: a ByteArray has a literal form (`#[1 2 3]`). */
  override isLiteral(): boolean {
    return true;
  }

  /** @selector printOn: — the literal `#[1 2 3]`. */
  override printOn(this: Uint8Array, aStream: PrintStream): Uint8Array {
    aStream.nextPutAll(`#[${this.join(" ")}]`);
    return this;
  }

  /** @selector storeOn: — the literal `#[1 2 3]`. */
  storeOn(this: Uint8Array, aStream: PrintStream): Uint8Array {
    return ByteArray.prototype.printOn.call(this, aStream);
  }

  /** @selector storeString — the literal `#[1 2 3]`. */
  storeString(this: Uint8Array): string {
    return storeString(this);
  }

  /** @selector putOn: — writes the bytes on `aStream` (`stream << bytes`). */
  override putOn(this: Uint8Array, aStream: unknown): unknown {
    return send(aStream, "nextPutAll:", this);
  }
}
