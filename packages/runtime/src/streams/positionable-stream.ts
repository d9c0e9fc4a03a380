import { registerClass } from "../kernel/class.js";
import { send } from "../kernel/send.js";
import { Character, char } from "../text/character.js";
import { integerArgument, signalError } from "../text/primitive-errors.js";
import { isStringValue, stringText } from "../text/string.js";
import { Stream } from "./stream.js";
import { type StreamStore, storeFor } from "./stream-store.js";

const CR = char(13);
const LF = char(10);

/** The elements of a collection `upToAll:` looks for. */
function elementsOf(collection: unknown): readonly unknown[] {
  if (isStringValue(collection))
    return Array.from(stringText(collection), (each) => char(each.codePointAt(0)!));
  if (collection instanceof Uint8Array || Array.isArray(collection)) return Array.from(collection);
  return send(collection, "asArray") as readonly unknown[];
}

/**
 * `PositionableStream`: a stream over a sequenceable collection (a String, a ByteArray, an Array,
 * ...) with a position: the number of elements before the next one read or written (0 at the
 * start). It reads what the collection holds: `next`, `peek`, `upTo:`, `nextLine`, ... A stream
 * never modifies the collection it was opened on; `contents` answers a new collection of the
 * same kind (a String for a String, a ByteArray for a ByteArray, an Array for an Array).
 *
 * `C` is the type of `contents` (a `string` for a stream on a String).
 */
export class PositionableStream<C = any> extends Stream {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "PositionableStream";
  static {
    registerClass(this);
  }

  /** The elements streamed over; its size is Squeak's `readLimit`. */
  protected $store: StreamStore;
  /** The number of elements before the next one read or written. */
  protected $position = 0;
  readonly #binary: boolean;

  /** A stream on `collection`; without `keepElements` it starts empty (as a WriteStream does). */
  constructor(collection: unknown, keepElements = true) {
    super();
    this.$store = storeFor(collection, keepElements);
    this.#binary = collection instanceof Uint8Array;
  }

  /** @selector on: — a stream on `aCollection`, positioned at its start. */
  static on<T>(this: new (collection: unknown) => T, aCollection: unknown): T {
    return new this(aCollection);
  }

  /** @selector on:from:to: — a stream on the elements of `aCollection` from `firstIndex` to `lastIndex`. */
  static onFromTo<T>(
    this: new (
      collection: unknown,
    ) => T,
    aCollection: unknown,
    firstIndex: unknown,
    lastIndex: unknown,
  ): T {
    return new this(send(aCollection, "copyFrom:to:", firstIndex, lastIndex));
  }

  /** @selector contents — all the elements, in a new collection of the stream's kind. */
  override contents(): C {
    return this.$store.copy(0, this.$store.size) as C;
  }

  /** @selector atEnd — whether no element is left to read. */
  override atEnd(): boolean {
    return this.$position >= this.$store.size;
  }

  /** @selector isEmpty — whether the stream has no elements at all. */
  isEmpty(): boolean {
    return this.atEnd() && this.$position === 0;
  }

  /** @selector size — the number of elements. */
  size(): number {
    return this.$store.size;
  }

  /** @selector position — the number of elements before the current one. */
  position(): number {
    return this.$position;
  }

  /** @selector position: — moves to `anInteger` (from 0 to the size), else signals an Error. */
  position$(anInteger: unknown): this {
    const position = integerArgument(anInteger);
    if (!(Number.isInteger(position) && position >= 0 && position <= this.$store.size)) {
      return signalError("Attempt to set the position of a PositionableStream out of bounds");
    }
    this.$position = position;
    return this;
  }

  /** @selector reset — moves to the start. */
  reset(): this {
    this.$position = 0;
    return this;
  }

  /** @selector setToEnd — moves past the last element. */
  setToEnd(): this {
    this.$position = this.$store.size;
    return this;
  }

  /** @selector skip: — moves by `anInteger` elements (an Error beyond either end). */
  skip(anInteger: unknown): this {
    return this.position$(this.$position + integerArgument(anInteger));
  }

  /** @selector isBinary — whether the stream is on a ByteArray. */
  override isBinary(): boolean {
    return this.#binary;
  }

  /** @selector next — the next element, or nil at the end. */
  override next(): unknown {
    if (this.$position >= this.$store.size) return null;
    const element = this.$store.at(this.$position);
    this.$position += 1;
    return element;
  }

  /** @selector next: — the next `anInteger` elements (fewer at the end), as a collection. */
  next$(anInteger: unknown): C {
    const end = Math.min(this.$position + integerArgument(anInteger), this.$store.size);
    return this.#take(end);
  }

  /** @selector peek — the next element without moving, or nil at the end. */
  peek(): unknown {
    return this.$position >= this.$store.size ? null : this.$store.at(this.$position);
  }

  /** @selector peekFor: — moves past the next element and answers true if it equals `anObject`, else false. */
  peekFor(anObject: unknown): boolean {
    if (this.$position >= this.$store.size) return false;
    if (send(this.$store.at(this.$position), "=", anObject) !== true) return false;
    this.$position += 1;
    return true;
  }

  /** The elements from the position up to `end`, moving there. */
  #take(end: number): C {
    const taken = this.$store.copy(this.$position, end);
    this.$position = Math.max(end, this.$position);
    return taken as C;
  }

  /** @selector upTo: — the elements up to the next `anObject` (not included, but passed), or the rest. */
  upTo(anObject: unknown): C {
    const found = this.$store.indexOf(anObject, this.$position);
    if (found < 0) return this.upToEnd();
    const taken = this.#take(found);
    this.$position += 1;
    return taken;
  }

  /** @selector upToEnd — the elements left. */
  upToEnd(): C {
    return this.#take(this.$store.size);
  }

  /**
   * @selector upToAll: — the elements up to the next occurrence of the elements of
   * `aCollection` (not included, but passed), or the rest.
   */
  upToAll(aCollection: unknown): C {
    const pattern = elementsOf(aCollection);
    const store = this.$store;
    for (let start = this.$position; start + pattern.length <= store.size; start += 1) {
      if (pattern.every((each, offset) => send(store.at(start + offset), "=", each) === true)) {
        const taken = this.#take(start);
        this.$position = start + pattern.length;
        return taken;
      }
    }
    return this.upToEnd();
  }

  /**
   * @selector nextLine — the next line without its end (a CR, an LF or a CR LF pair), or nil at
   * the end; the stream moves past the line end.
   */
  nextLine(): C | null {
    if (this.$position >= this.$store.size) return null;
    const cr = this.$store.indexOf(CR, this.$position);
    const lf = this.$store.indexOf(LF, this.$position);
    const end = cr < 0 ? lf : lf < 0 ? cr : Math.min(cr, lf);
    if (end < 0) return this.upToEnd();
    const line = this.#take(end);
    this.$position += 1;
    if (end === cr) this.peekFor(LF);
    return line;
  }

  /** @selector skipTo: — moves past the next `anObject` and answers true, or to the end and answers false. */
  skipTo(anObject: unknown): boolean {
    const found = this.$store.indexOf(anObject, this.$position);
    this.$position = found < 0 ? this.$store.size : found + 1;
    return found >= 0;
  }

  /** @selector skipSeparators — moves past separators (space, tab, cr, lf, form feed). */
  skipSeparators(): this {
    while (this.$position < this.$store.size) {
      const element = this.$store.at(this.$position);
      const separator = element instanceof Character ? element.isSeparator() : send(element, "isSeparator");
      if (separator !== true) break;
      this.$position += 1;
    }
    return this;
  }
}
