import { registerClass } from "../kernel/class.js";
import { isPharo } from "../kernel/dialect.js";
import { send } from "../kernel/send.js";
import { char } from "../text/character.js";
import { integerArgument, shouldNotImplement } from "../text/primitive-errors.js";
import { PositionableStream } from "./positionable-stream.js";
import { ReadStream } from "./read-stream.js";

/**
 * `WriteStream`: builds a collection by appending to it: `(WriteStream on: String new) nextPutAll:
 * 'Hello'; space; print: 42; contents` answers `'Hello 42'`. On a String it builds a String, on
 * an Array an Array, on a ByteArray a ByteArray; it grows as needed. `on:` starts empty, `with:`
 * starts after the elements of its collection. Writing after `reset` or `position:` overwrites.
 */
export class WriteStream<C = any> extends PositionableStream<C> {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "WriteStream";
  static {
    registerClass(this);
  }

  /** A stream on `collection`, empty unless `keepElements` (`with:`). */
  constructor(collection: unknown, keepElements = false) {
    super(collection, keepElements);
  }

  /** @selector with: — a stream holding the elements of `aCollection`, positioned after them. */
  static with<T extends WriteStream>(
    this: new (
      collection: unknown,
      keepElements: boolean,
    ) => T,
    aCollection: unknown,
  ): T {
    return new this(aCollection, true).setToEnd();
  }

  /** @selector contents — the elements written, up to the position. */
  override contents(): C {
    return this.$store.copy(0, this.$position) as C;
  }

  /** @selector next — an Error: a WriteStream cannot be read. */
  override next(): unknown {
    return shouldNotImplement("next", this);
  }

  /** @selector next: — an Error: a WriteStream cannot be read. */
  override next$(_anInteger: unknown): C {
    return shouldNotImplement("next", this);
  }

  /** @selector nextPut: — writes `anObject` (a Character on a String, a byte on a ByteArray); answers it. */
  override nextPut(anObject: unknown): unknown {
    this.$store.put(this.$position, anObject);
    this.$position += 1;
    return anObject;
  }

  /** @selector nextPutAll: — writes the elements of `aCollection`; answers `aCollection`. */
  override nextPutAll(aCollection: unknown): unknown {
    const count = this.$store.putAll(this.$position, aCollection);
    if (count === undefined) return super.nextPutAll(aCollection);
    this.$position += count;
    return aCollection;
  }

  /** @selector store: — writes `anObject storeString` (its `storeOn:`); answers the receiver. */
  store(anObject: unknown): this {
    send(anObject, "storeOn:", this);
    return this;
  }

  /** @selector cr — writes a carriage return. */
  cr(): this {
    this.nextPut(char(13));
    return this;
  }

  /** @selector lf — writes a line feed. */
  lf(): this {
    this.nextPut(char(10));
    return this;
  }

  /** @selector crlf — writes a carriage return and a line feed. */
  crlf(): this {
    this.nextPut(char(13));
    this.nextPut(char(10));
    return this;
  }

  /** @selector tab — writes a tab. */
  tab(): this {
    this.nextPut(char(9));
    return this;
  }

  /** @selector tab: — writes `anInteger` tabs. */
  tab$(anInteger: unknown): this {
    for (let count = integerArgument(anInteger); count > 0; count -= 1) this.tab();
    return this;
  }

  /** @selector space — writes a space. */
  space(): this {
    this.nextPut(char(32));
    return this;
  }

  /** @selector space: — writes `anInteger` spaces. */
  space$(anInteger: unknown): this {
    for (let count = integerArgument(anInteger); count > 0; count -= 1) this.space();
    return this;
  }

  /** @selector crtab — writes a carriage return and a tab. */
  crtab(): this {
    return this.cr().tab();
  }

  /** @selector crtab: — writes a carriage return and `anInteger` tabs. */
  crtab$(anInteger: unknown): this {
    return this.cr().tab$(anInteger);
  }

  /** @selector peekLast — the last element written, or nil. */
  peekLast(): unknown {
    return this.$position > 0 ? this.$store.at(this.$position - 1) : null;
  }

  /**
   * @selector ensureEndsWith: — writes `anObject` unless it is the last element written. On an
   * empty stream Squeak writes it; Pharo does not.
   */
  ensureEndsWith(anObject: unknown): this {
    if (this.$position === 0 ? isPharo() : send(this.peekLast(), "=", anObject) === true) return this;
    this.nextPut(anObject);
    return this;
  }

  /** @selector ensureCr — writes a carriage return unless the last character written is one. */
  ensureCr(): this {
    return this.ensureEndsWith(char(13));
  }

  /** @selector ensureASpace — writes a space unless the last character written is one. */
  ensureASpace(): this {
    return this.ensureEndsWith(char(32));
  }

  /** @selector readStream — a ReadStream on the elements written. */
  readStream(): PositionableStream<C> {
    return ReadStream.on(this.contents()) as ReadStream<C>;
  }
}
