import { send } from "../kernel/send.js";
import { bytesOf } from "../text/byte-array.js";
import { type Character, char, characterOf, isCharacter } from "../text/character.js";
import { characterCount, codePointAtIndex, indexOfText, sliceCharacters } from "../text/code-points.js";
import { errorImproperStore } from "../text/primitive-errors.js";
import { isStringValue, stringText, textOfCollection } from "../text/string.js";

/**
 * The collection a positionable stream reads and writes, kept in the form that suits its kind:
 * text for a String, a growing byte buffer for a ByteArray, a JavaScript array otherwise. Every
 * store grows when written at its end. Indices are 0-based; the stream checks its bounds.
 */
export interface StreamStore {
  /** The number of elements held. */
  readonly size: number;
  /** The element at `index`. */
  at(index: number): unknown;
  /** Stores `element` at `index` (at most `size`: writing at `size` appends). */
  put(index: number, element: unknown): void;
  /**
   * Writes the elements of `collection` from `index` on and answers how many it wrote, or
   * answers undefined when `collection` is not one the store copies directly (the stream then
   * writes its elements one by one, with `do:`).
   */
  putAll(index: number, collection: unknown): number | undefined;
  /** The elements from `start` up to, not including, `end`, in a collection of the stream's kind. */
  copy(start: number, end: number): unknown;
  /** The index of the first element equal to `element` at or after `start`, or -1. */
  indexOf(element: unknown, start: number): number;
}

/** The elements of a String stream: its text, with appended pieces joined when next read. */
class TextStore implements StreamStore {
  #text: string;
  #pending: string[] = [];
  #size: number;

  constructor(text: string) {
    this.#text = text;
    this.#size = characterCount(text);
  }

  get size(): number {
    return this.#size;
  }

  #flat(): string {
    if (this.#pending.length > 0) {
      this.#text += this.#pending.join("");
      this.#pending = [];
    }
    return this.#text;
  }

  #write(index: number, text: string, count: number): void {
    if (index === this.#size) {
      this.#pending.push(text);
    } else {
      const flat = this.#flat();
      this.#text = sliceCharacters(flat, 0, index) + text + sliceCharacters(flat, index + count, this.#size);
    }
    this.#size = Math.max(this.#size, index + count);
  }

  at(index: number): Character {
    return char(codePointAtIndex(this.#flat(), index));
  }

  put(index: number, element: unknown): void {
    if (!isCharacter(element)) errorImproperStore();
    this.#write(index, element.asString(), 1);
  }

  putAll(index: number, collection: unknown): number | undefined {
    const text = textOfCollection(collection);
    if (text === undefined) return undefined;
    const count = characterCount(text);
    this.#write(index, text, count);
    return count;
  }

  copy(start: number, end: number): string {
    const text = this.#flat();
    return start === 0 && end === this.#size ? text : sliceCharacters(text, start, end);
  }

  indexOf(element: unknown, start: number): number {
    return isCharacter(element) ? indexOfText(this.#flat(), element.asString(), start) : -1;
  }
}

/** The elements of a ByteArray stream: a byte buffer that doubles when it fills. */
class ByteStore implements StreamStore {
  #bytes: Uint8Array;
  #size: number;

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes.slice();
    this.#size = bytes.length;
  }

  get size(): number {
    return this.#size;
  }

  #reserve(end: number): void {
    if (end <= this.#bytes.length) return;
    const grown = new Uint8Array(Math.max(end, this.#bytes.length * 2, 64));
    grown.set(this.#bytes.subarray(0, this.#size));
    this.#bytes = grown;
  }

  at(index: number): number {
    return this.#bytes[index]!;
  }

  put(index: number, element: unknown): void {
    if (typeof element !== "number" || !Number.isInteger(element) || element < 0 || element > 255) {
      errorImproperStore();
    }
    this.#reserve(index + 1);
    this.#bytes[index] = element;
    this.#size = Math.max(this.#size, index + 1);
  }

  putAll(index: number, collection: unknown): number | undefined {
    if (!(collection instanceof Uint8Array || isStringValue(collection) || Array.isArray(collection))) {
      return undefined;
    }
    const bytes = bytesOf(collection);
    this.#reserve(index + bytes.length);
    this.#bytes.set(bytes, index);
    this.#size = Math.max(this.#size, index + bytes.length);
    return bytes.length;
  }

  copy(start: number, end: number): Uint8Array {
    return this.#bytes.slice(start, end);
  }

  indexOf(element: unknown, start: number): number {
    if (typeof element !== "number") return -1;
    return this.#bytes.subarray(0, this.#size).indexOf(element, start);
  }
}

/**
 * The elements of a stream on an Array (or on another sequenceable collection, whose `contents`
 * are then converted back with `species withAll:`).
 */
class ArrayStore implements StreamStore {
  readonly #elements: unknown[];
  readonly #species: unknown;

  constructor(elements: readonly unknown[], species: unknown) {
    this.#elements = elements.slice();
    this.#species = species;
  }

  get size(): number {
    return this.#elements.length;
  }

  at(index: number): unknown {
    return this.#elements[index];
  }

  put(index: number, element: unknown): void {
    this.#elements[index] = element;
  }

  putAll(index: number, collection: unknown): number | undefined {
    let elements: readonly unknown[];
    if (Array.isArray(collection)) elements = collection;
    else if (isStringValue(collection)) elements = Array.from(stringText(collection), characterOf);
    else if (collection instanceof Uint8Array) elements = Array.from(collection);
    else return undefined;
    for (let offset = 0; offset < elements.length; offset += 1) {
      this.#elements[index + offset] = elements[offset];
    }
    return elements.length;
  }

  copy(start: number, end: number): unknown {
    const elements = this.#elements.slice(start, end);
    return this.#species === null ? elements : send(this.#species, "withAll:", elements);
  }

  indexOf(element: unknown, start: number): number {
    for (let index = start; index < this.#elements.length; index += 1) {
      if (send(this.#elements[index], "=", element) === true) return index;
    }
    return -1;
  }
}

/**
 * The store for a stream on `collection`: text for a String or Symbol, bytes for a ByteArray,
 * an array for an Array, and for any other collection an array of its elements (`asArray`).
 * Without `keepElements` the store starts empty (a WriteStream never shows what was in the
 * collection it was opened on, and never modifies that collection).
 */
export function storeFor(collection: unknown, keepElements: boolean): StreamStore {
  if (isStringValue(collection)) return new TextStore(keepElements ? stringText(collection) : "");
  if (collection instanceof Uint8Array) return new ByteStore(keepElements ? collection : new Uint8Array(0));
  if (Array.isArray(collection)) return new ArrayStore(keepElements ? collection : [], null);
  const elements = keepElements ? (send(collection, "asArray") as readonly unknown[]) : [];
  return new ArrayStore(elements, send(collection, "species"));
}
