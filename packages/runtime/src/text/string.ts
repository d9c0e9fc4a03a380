import { type Block, loop } from "../blocks/evaluation.js";
import { ArrayedCollection } from "../collections/arrayed-collection.js";
import { registerClass, requireClass, type SmalltalkClass } from "../kernel/class.js";
import { isByteString } from "../kernel/class-of.js";
import { isPharo } from "../kernel/dialect.js";
import { stringHash } from "../kernel/identity.js";
import { andThen, type MaybePromise } from "../kernel/maybe-promise.js";
import { type PrintStream, printString, storeString } from "../kernel/printing.js";
import { send } from "../kernel/send.js";
import { readNumber } from "../numbers/number-parser.js";
import { Character, char, digitValueOf, isSeparatorCode, mapCase } from "./character.js";
import {
  characterCount,
  codePointAtIndex,
  hasSurrogates,
  indexOfText,
  sliceCharacters,
} from "./code-points.js";
import { latin1Decode, stringBytes } from "./latin1.js";
import {
  checkedIndex,
  errorImproperStore,
  errorNotIndexable,
  errorSubscriptBounds,
  integerArgument,
  signalError,
} from "./primitive-errors.js";
import type { StSymbol } from "./symbol.js";

/**
 * A Smalltalk String: a JavaScript string (a value, like a literal), or a String object: a
 * mutable ByteString or WideString (what `String new:` and `copy` answer) or a Symbol.
 */
export type StringValue = string | StString;

/** Whether `value` is a Smalltalk String of any kind (`isString`). */
export function isStringValue(value: unknown): value is StringValue {
  return typeof value === "string" || value instanceof StString;
}

/** The characters of any Smalltalk String as a JavaScript string. */
export function stringText(value: StringValue): string {
  return typeof value === "string" ? value : value.$text;
}

/** A new mutable String holding `text`: a ByteString, or a WideString when it needs one. */
export function newMutableString(text: string): StString {
  const cls = requireClass(isByteString(text) ? "ByteString" : "WideString") as unknown as new (
    text: string,
  ) => StString;
  return new cls(text);
}

interface SymbolClass {
  intern(text: string): StSymbol;
}

interface StreamClass {
  on(collection: unknown): { contents(): unknown };
}

/** The text of `value asString` (Squeak's `,` and `format:` append it). */
function asStringText(value: unknown): string {
  if (isStringValue(value)) return stringText(value);
  const converted = send(value, "asString");
  return isStringValue(converted) ? stringText(converted) : errorNotIndexable(converted);
}

/**
 * The text of `value` as `,` appends it: Squeak converts any argument with `asString`
 * (`'Data sent: ', 12` = 'Data sent: 12'); Pharo's `SequenceableCollection>>,` takes the
 * elements of a collection and signals 'Instances of SmallInteger are not indexable' otherwise.
 */
function appendedText(value: unknown): string {
  if (!isPharo() || isStringValue(value)) return asStringText(value);
  if (value instanceof Uint8Array) return latin1Decode(value);
  if (send(value, "isCollection") !== true) return errorNotIndexable(value);
  return textOfCharacters(send(value, "asArray") as readonly unknown[]);
}

/** The String made of `elements`, each of which must be a Character. */
export function textOfCharacters(elements: readonly unknown[]): string {
  let text = "";
  for (const each of elements) {
    if (!(each instanceof Character)) return errorImproperStore();
    text += String.fromCodePoint(each.$codePoint);
  }
  return text;
}

/**
 * The characters of a collection copied into a String, as Squeak's replacing primitive takes
 * them: a String, a ByteArray (one character per byte) or an Array of Characters; undefined for
 * anything else.
 */
export function textOfCollection(value: unknown): string | undefined {
  if (isStringValue(value)) return stringText(value);
  if (value instanceof Uint8Array) return latin1Decode(value);
  if (Array.isArray(value)) return textOfCharacters(value);
  return undefined;
}

/** The characters of a collection an operation reads, which must be indexable. */
function replacementText(value: unknown): string {
  return textOfCollection(value) ?? errorNotIndexable(value);
}

/** The code points a `substrings:` separators argument names: a String, a Character or a collection of Characters. */
function separatorCodes(separators: unknown): Set<number> {
  if (separators instanceof Character) return new Set([separators.$codePoint]);
  const text = isStringValue(separators)
    ? stringText(separators)
    : Array.isArray(separators) && separators.every((each) => each instanceof Character)
      ? textOfCharacters(separators)
      : signalError("separators must be Characters.");
  return new Set(Array.from(text, (each) => each.codePointAt(0)!));
}

/** The pieces of `text` between runs of characters for which `isSeparator` holds. */
function splitText(text: string, isSeparator: (code: number) => boolean): string[] {
  const pieces: string[] = [];
  let current = "";
  for (const each of text) {
    if (isSeparator(each.codePointAt(0)!)) {
      if (current.length > 0) pieces.push(current);
      current = "";
    } else {
      current += each;
    }
  }
  if (current.length > 0) pieces.push(current);
  return pieces;
}

/** The lines of `text` without their ends (CR, LF or CRLF); a final line end starts no line. */
function linesOf(text: string): string[] {
  if (text.length === 0) return [];
  const lines = text.split(/\r\n|\r|\n/);
  if (/[\r\n]$/.test(text)) lines.pop();
  return lines;
}

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) > 127) return false;
  return true;
}

/** `text` with each character mapped to its upper or lower case (one character to one). */
function mapTextCase(text: string, upper: boolean): string {
  if (isAscii(text)) return upper ? text.toUpperCase() : text.toLowerCase();
  let mapped = "";
  for (const each of text) mapped += String.fromCodePoint(mapCase(each.codePointAt(0)!, upper));
  return mapped;
}

function trimmed(text: string, left: boolean, right: boolean): string {
  let start = 0;
  let end = text.length;
  if (left) while (start < end && isSeparatorCode(text.charCodeAt(start))) start += 1;
  if (right) while (end > start && isSeparatorCode(text.charCodeAt(end - 1))) end -= 1;
  return text.slice(start, end);
}

const DECIMAL_DIGIT = /^\p{Nd}$/u;

/** Squeak's `asIntegerSigned:`: the first run of decimal digits, negated after a `-`, or nil. */
function firstInteger(text: string, signed: boolean): number | bigint | null {
  const characters = Array.from(text);
  const start = characters.findIndex((each) => DECIMAL_DIGIT.test(each));
  if (start < 0) return null;
  let value = 0n;
  for (let index = start; index < characters.length && DECIMAL_DIGIT.test(characters[index]!); index += 1) {
    value = value * 10n + BigInt(digitValueOf(characters[index]!.codePointAt(0)!));
  }
  if (signed && characters[start - 1] === "-") value = -value;
  const fits = value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER);
  return fits ? Number(value) : value;
}

/**
 * Squeak's `compare:with:collated:` with the ASCII (code point) order: -1, 0 or 1. The argument
 * must be a String; anything else is not indexable.
 */
function compareTexts(text: string, other: unknown): number {
  if (!isStringValue(other)) return errorNotIndexable(other);
  const otherText = stringText(other);
  if (!hasSurrogates(text) && !hasSurrogates(otherText)) {
    return text === otherText ? 0 : text < otherText ? -1 : 1;
  }
  const left = Array.from(text, (each) => each.codePointAt(0)!);
  const right = Array.from(otherText, (each) => each.codePointAt(0)!);
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    if (left[index] !== right[index]) return left[index]! < right[index]! ? -1 : 1;
  }
  return Math.sign(left.length - right.length);
}

/**
 * The mutable String that a modification of `receiver` writes into. A JavaScript string is a
 * value (a literal, or a String computed by the runtime), so it is read-only, as literals are in
 * Pharo; a Symbol can never be modified.
 */
function writable(receiver: StringValue, fieldIndex: unknown, newValue: unknown): StString {
  if (typeof receiver === "string") {
    return signalError(
      `${printString(receiver)} is read-only, hence its field ${printString(fieldIndex)} cannot be modified with ${printString(newValue)}`,
    );
  }
  if (receiver.isSymbol()) return signalError("symbols can not be modified.");
  return receiver;
}

/** Stores `text` into the mutable String `target`, which becomes a WideString if it must. */
function store(target: StString, text: string): void {
  target.$text = text;
  const wide = requireClass("WideString").prototype as object;
  if (!isByteString(text) && Object.getPrototypeOf(target) !== wide) Object.setPrototypeOf(target, wide);
}

/**
 * `String`: the protocol of all Smalltalk Strings. Receivers are JavaScript strings (values:
 * literals and every String the runtime computes), or String objects that hold their characters
 * in `$text`: mutable ByteStrings and WideStrings (`String new: 10`, `'abc' copy`) and Symbols.
 * Every JavaScript string dispatches through ByteString, which inherits all of this; `class`
 * answers ByteString or WideString by content. Strings index by character (code point), from 1.
 */
export class StString extends ArrayedCollection {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "String";
  /** The Smalltalk category. */
  static override readonly $category: string = "Collections-Strings";
  static {
    registerClass(this);
  }

  /** The characters of this String object. */
  $text: string;

  /** A String object holding `text` (use {@link newMutableString} for a mutable String). */
  constructor(text = "") {
    super();
    this.$text = text;
  }

  /**
   * The characters, for JavaScript (`String(aSymbol)`, template literals): a Symbol converts to
   * its name, a mutable String to its current characters. (Not a Smalltalk selector: the naming
   * rule spells `toString` as `toString$`.)
   */
  override toString(): string {
    return this.$text;
  }

  // ---- class side: instance creation

  /** A String of `elements`, which must be Characters (the species hook of `collect:`, `with:`, ...). */
  static override $withElements(elements: unknown[]): string {
    return textOfCharacters(elements);
  }

  /** @selector new — an empty String. */
  static override new(): string {
    return "";
  }

  /** @selector new: — a mutable String of `size` NUL characters (`Character value: 0`). */
  static override new$(this: SmalltalkClass, size: unknown): StString {
    const count = typeof size === "number" ? size : Number.NaN;
    if (!Number.isInteger(count) || count < 0) {
      const name = this === StString ? "ByteString" : this.$stName;
      return signalError(`${name} called #basicNew: with invalid argument ${printString(size)}`);
    }
    const text = "\u0000".repeat(count);
    return this === StString ? newMutableString(text) : new (this as typeof StString)(text);
  }

  /** @selector new:withAll: — a mutable String of `size` copies of `aCharacter`. */
  static override newWithAll(this: SmalltalkClass, size: unknown, aCharacter: unknown): StString {
    const string = (this as typeof StString).new$(size);
    if (!(aCharacter instanceof Character)) return errorImproperStore();
    store(string, aCharacter.asString().repeat(size as number));
    return string;
  }

  /** @selector value: — the String of the one Character with code point `anInteger`. */
  static value(anInteger: unknown): string {
    return Character.value(anInteger).asString();
  }

  /** @selector fromByteArray: — the String whose characters are the bytes of `aByteArray` (Latin-1). */
  static fromByteArray(aByteArray: Uint8Array): string {
    return latin1Decode(aByteArray);
  }

  /** @selector empty — the empty String. */
  static empty(): string {
    return "";
  }

  /** @selector cr — a String of one carriage return. */
  static cr(): string {
    return "\r";
  }

  /** @selector lf — a String of one line feed. */
  static lf(): string {
    return "\n";
  }

  /** @selector crlf — a String of a carriage return and a line feed. */
  static crlf(): string {
    return "\r\n";
  }

  /** @selector tab — a String of one tab. */
  static tab(): string {
    return "\t";
  }

  /** @selector space — a String of one space. */
  static space(): string {
    return " ";
  }

  /**
   * @selector streamContents: — evaluates `blockWithArg` with a WriteStream on a new String and
   * answers what was written (a Promise when the block suspends).
   */
  static streamContents(blockWithArg: Block): MaybePromise<string> {
    const stream = (requireClass("WriteStream") as unknown as StreamClass).on("");
    return andThen(blockWithArg(stream), () => stream.contents() as string);
  }

  /** @selector new:streamContents: — `streamContents:` (the size is only a hint). */
  static newStreamContents(_newSize: unknown, blockWithArg: Block): MaybePromise<string> {
    return StString.streamContents(blockWithArg);
  }

  // ---- accessing

  /** @selector size — the number of characters. */
  override size(this: StringValue): number {
    return characterCount(stringText(this));
  }

  /** @selector at: — the Character at `index` (from 1). */
  at(this: StringValue, index: unknown): Character {
    const text = stringText(this);
    return char(codePointAtIndex(text, checkedIndex(index, characterCount(text))));
  }

  /**
   * @selector at:put: — stores `aCharacter` at `index` of a mutable String (`String new:`,
   * `copy`); a ByteString given a character above 255 becomes a WideString, as in Squeak.
   */
  atPut(this: StringValue, index: unknown, aCharacter: unknown): unknown {
    const target = writable(this, index, aCharacter);
    if (!(aCharacter instanceof Character)) return errorImproperStore();
    const text = target.$text;
    const size = characterCount(text);
    const position = checkedIndex(index, size);
    store(
      target,
      sliceCharacters(text, 0, position) + aCharacter.asString() + sliceCharacters(text, position + 1, size),
    );
    return aCharacter;
  }

  /**
   * @selector replaceFrom:to:with:startingAt: — replaces the characters from `start` to `stop`
   * of a mutable String with those of `replacement` (a String, ByteArray or Array of
   * Characters) from `repStart`.
   */
  override replaceFromToWithStartingAt(
    this: StringValue,
    start: unknown,
    stop: unknown,
    replacement: unknown,
    repStart: unknown,
  ): StringValue {
    const target = writable(this, start, replacement);
    const first = integerArgument(start);
    const last = integerArgument(stop);
    const from = integerArgument(repStart);
    const count = last - first + 1;
    if (!(count > 0)) return this;
    const text = target.$text;
    const size = characterCount(text);
    const source = replacementText(replacement);
    const sourceSize = characterCount(source);
    // The first index that fails, replacement before receiver, as Squeak's element loop meets it.
    const sourceFailure = from < 1 ? 0 : Math.min(sourceSize - from + 1, count);
    const targetFailure = first < 1 ? 0 : Math.min(size - first + 1, count);
    if (sourceFailure < count && sourceFailure <= targetFailure) {
      return errorSubscriptBounds(from + sourceFailure);
    }
    if (targetFailure < count) return errorSubscriptBounds(first + targetFailure);
    const part = sliceCharacters(source, from - 1, from - 1 + count);
    store(
      target,
      sliceCharacters(text, 0, first - 1) + part + sliceCharacters(text, first - 1 + count, size),
    );
    return this;
  }

  /** @selector replaceAll:with: — replaces every `oldCharacter` of a mutable String with `newCharacter`. */
  replaceAllWith(this: StringValue, oldCharacter: unknown, newCharacter: unknown): StringValue {
    const target = writable(this, 1, newCharacter);
    if (!(oldCharacter instanceof Character)) return this;
    if (!(newCharacter instanceof Character)) return errorImproperStore();
    store(target, target.$text.split(oldCharacter.asString()).join(newCharacter.asString()));
    return this;
  }

  /** @selector atAllPut: — stores `aCharacter` at every index of a mutable String. */
  atAllPut(this: StringValue, aCharacter: unknown): StringValue {
    const target = writable(this, 1, aCharacter);
    if (!(aCharacter instanceof Character)) return errorImproperStore();
    store(target, aCharacter.asString().repeat(characterCount(target.$text)));
    return this;
  }

  /** @selector translateToUppercase — makes every character of a mutable String uppercase. */
  translateToUppercase(this: StringValue): StringValue {
    const target = writable(this, 1, null);
    store(target, mapTextCase(target.$text, true));
    return this;
  }

  /** @selector translateToLowercase — makes every character of a mutable String lowercase. */
  translateToLowercase(this: StringValue): StringValue {
    const target = writable(this, 1, null);
    store(target, mapTextCase(target.$text, false));
    return this;
  }

  /** @selector indexOf: — the index of the first `aCharacter`, or 0. */
  override indexOf(this: StringValue, aCharacter: unknown): number {
    return StString.prototype.indexOfStartingAt.call(this, aCharacter, 1);
  }

  /** @selector indexOf:startingAt: — the index of the first `aCharacter` at or after `start`, or 0. */
  override indexOfStartingAt(this: StringValue, aCharacter: unknown, start: unknown): number {
    if (!(aCharacter instanceof Character)) return 0;
    const from = Math.max(integerArgument(start), 1);
    return indexOfText(stringText(this), aCharacter.asString(), from - 1) + 1;
  }

  /** @selector findString: — the index where `subString` first occurs, or 0. */
  findString(this: StringValue, subString: unknown): number {
    return StString.prototype.findStringStartingAt.call(this, subString, 1);
  }

  /**
   * @selector findString:startingAt: — the index where `subString` first occurs at or after
   * `start`, or 0 (always 0 for an empty `subString`, as in Squeak).
   */
  findStringStartingAt(this: StringValue, subString: unknown, start: unknown): number {
    const part = replacementText(subString);
    if (part.length === 0) return 0;
    const from = Math.max(integerArgument(start), 1);
    return indexOfText(stringText(this), part, from - 1) + 1;
  }

  /** @selector lines — the lines, without their CR, LF or CRLF ends. */
  lines(this: StringValue): string[] {
    return linesOf(stringText(this));
  }

  /** @selector linesDo: — evaluates `aBlock` with each line, in order. */
  linesDo(this: StringValue, aBlock: Block): MaybePromise<StringValue> {
    const lines = linesOf(stringText(this));
    let index = 0;
    return andThen(
      loop(() => (index < lines.length ? andThen(aBlock(lines[index++]), () => true) : false)),
      () => this,
    );
  }

  /** @selector lineCount — the number of lines. */
  lineCount(this: StringValue): number {
    return linesOf(stringText(this)).length;
  }

  // ---- comparing

  /**
   * @selector = — whether `aString` is a String (or Symbol) with the same characters. Equality
   * is symmetric: `'abc' = #abc` and `#abc = 'abc'` are both true in Squeak and Pharo.
   */
  override eq(this: StringValue, aString: unknown): boolean {
    return isStringValue(aString) && stringText(this) === stringText(aString);
  }

  /** @selector hash — a hash of the characters (equal Strings and Symbols hash alike). */
  override hash(this: StringValue): number {
    return stringHash(stringText(this));
  }

  /** @selector < — whether the receiver sorts before `aString` (code point order, case matters). */
  lt(this: StringValue, aString: unknown): boolean {
    return compareTexts(stringText(this), aString) < 0;
  }

  /** @selector <= — whether the receiver sorts before or equal to `aString`. */
  le(this: StringValue, aString: unknown): boolean {
    return compareTexts(stringText(this), aString) <= 0;
  }

  /** @selector > — whether the receiver sorts after `aString`. */
  gt(this: StringValue, aString: unknown): boolean {
    return compareTexts(stringText(this), aString) > 0;
  }

  /** @selector >= — whether the receiver sorts after or equal to `aString`. */
  ge(this: StringValue, aString: unknown): boolean {
    return compareTexts(stringText(this), aString) >= 0;
  }

  /** @selector sameAs: — whether `aString` has the same characters, ignoring case. */
  sameAs(this: StringValue, aString: unknown): boolean {
    if (!isStringValue(aString)) return false;
    return mapTextCase(stringText(this), false) === mapTextCase(stringText(aString), false);
  }

  // ---- testing

  /** @selector isString — true. */
  override isString(): boolean {
    return true;
  }

  /** @selector isLiteral — true: a String has a literal form. */
  override isLiteral(): boolean {
    return true;
  }

  /** @selector isByteString — whether every character fits in a byte. */
  isByteString(this: StringValue): boolean {
    return isByteString(stringText(this));
  }

  /** @selector isOctetString — whether every character fits in a byte. */
  isOctetString(this: StringValue): boolean {
    return isByteString(stringText(this));
  }

  /** @selector isWideString — whether the receiver is a WideString. */
  isWideString(this: StringValue): boolean {
    return send(this, "class") === requireClass("WideString");
  }

  /** @selector isAsciiString — whether every character is below 128. */
  isAsciiString(this: StringValue): boolean {
    return isAscii(stringText(this));
  }

  /** @selector isAllDigits — whether every character is a decimal digit (true when empty). */
  isAllDigits(this: StringValue): boolean {
    return /^\p{Nd}*$/u.test(stringText(this));
  }

  /** @selector isAllSeparators — whether every character is a separator (true when empty). */
  isAllSeparators(this: StringValue): boolean {
    return trimmed(stringText(this), true, false).length === 0;
  }

  /**
   * @selector includesSubstring: — whether `aString` occurs in the receiver. An empty
   * `aString` is found only in Pharo (Squeak's `findString:` never finds it).
   */
  includesSubstring(this: StringValue, aString: unknown): boolean {
    if (isPharo() && replacementText(aString).length === 0) return true;
    return StString.prototype.findString.call(this, aString) > 0;
  }

  /** @selector includesSubString: — the old spelling of `includesSubstring:`. */
  includesSubString(this: StringValue, aString: unknown): boolean {
    return StString.prototype.includesSubstring.call(this, aString);
  }

  /**
   * @selector beginsWith: — whether the receiver starts with `prefix`. An empty prefix answers
   * false in Squeak ("old convention"), true in Pharo.
   */
  beginsWith(this: StringValue, prefix: unknown): boolean {
    const part = replacementText(prefix);
    if (part.length === 0) return isPharo();
    return stringText(this).startsWith(part);
  }

  /** @selector startsWith: — `beginsWith:` (an alias older code uses). */
  startsWith(this: StringValue, prefix: unknown): boolean {
    return StString.prototype.beginsWith.call(this, prefix);
  }

  /** @selector endsWith: — whether the receiver ends with `suffix` (empty: false in Squeak, true in Pharo). */
  endsWith(this: StringValue, suffix: unknown): boolean {
    const part = replacementText(suffix);
    if (part.length === 0) return isPharo();
    return stringText(this).endsWith(part);
  }

  // ---- copying

  /**
   * @selector shallowCopy — a mutable copy (a ByteString or WideString object), which
   * `at:put:` can modify.
   */
  override shallowCopy(this: StringValue): unknown {
    if (typeof this === "string") return newMutableString(this);
    const copy = new (this.constructor as new (text: string) => StString)(this.$text);
    return copy;
  }

  /** @selector deepCopy — a mutable copy. */
  deepCopy(this: StringValue): unknown {
    return send(this, "shallowCopy");
  }

  /**
   * @selector , — the receiver followed by `anObject`. Squeak appends `anObject asString`
   * (`'Data sent: ', 12` = 'Data sent: 12'); Pharo wants a collection and signals
   * 'Instances of SmallInteger are not indexable' otherwise.
   */
  override comma(this: StringValue, anObject: unknown): string {
    return stringText(this) + appendedText(anObject);
  }

  /** @selector copyFrom:to: — the characters from `start` to `stop` (an empty String when `stop` < `start`). */
  override copyFromTo(this: StringValue, start: unknown, stop: unknown): string {
    const text = stringText(this);
    const first = integerArgument(start);
    const last = integerArgument(stop);
    if (last === first - 1) return "";
    const count = last - first + 1;
    if (!Number.isInteger(count) || count < 0) {
      return signalError(`ByteString called #basicNew: with invalid argument ${printString(count)}`);
    }
    const size = characterCount(text);
    if (first < 1 || first > size) return errorSubscriptBounds(start);
    if (last > size) return errorSubscriptBounds(size + 1);
    return sliceCharacters(text, first - 1, last);
  }

  /** @selector copyReplaceAll:with: — a copy with every occurrence of `oldSubstring` replaced by `newSubstring`. */
  copyReplaceAllWith(this: StringValue, oldSubstring: unknown, newSubstring: unknown): string {
    const text = stringText(this);
    const old = replacementText(oldSubstring);
    if (old.length === 0) return text;
    return text.split(old).join(replacementText(newSubstring));
  }

  /** @selector copyReplacing:with: — a copy with every `oldCharacter` replaced by `newCharacter`. */
  copyReplacingWith(this: StringValue, oldCharacter: unknown, newCharacter: unknown): string {
    const text = stringText(this);
    if (!(oldCharacter instanceof Character)) return text;
    return text.split(oldCharacter.asString()).join(textOfCharacters([newCharacter]));
  }

  // ---- converting

  /**
   * @selector asString — the receiver's characters as a String value. Squeak answers the
   * receiver; a mutable String answers a snapshot of its characters and a Symbol its name.
   */
  override asString(this: StringValue): string {
    return stringText(this);
  }

  /** @selector asByteString — the receiver's characters as a String value. */
  asByteString(this: StringValue): string {
    return stringText(this);
  }

  /** @selector asSymbol — the unique Symbol with the receiver's characters. */
  asSymbol(this: StringValue): StSymbol {
    return (requireClass("Symbol") as unknown as SymbolClass).intern(stringText(this));
  }

  /** @selector asUppercase — a copy with every character uppercase. */
  asUppercase(this: StringValue): string {
    return mapTextCase(stringText(this), true);
  }

  /** @selector asLowercase — a copy with every character lowercase. */
  asLowercase(this: StringValue): string {
    return mapTextCase(stringText(this), false);
  }

  /** @selector capitalized — a copy with the first character uppercase. */
  capitalized(this: StringValue): string {
    const text = stringText(this);
    if (text.length === 0) return text;
    const first = text.codePointAt(0)!;
    return String.fromCodePoint(mapCase(first, true)) + text.slice(String.fromCodePoint(first).length);
  }

  /** @selector asInteger — the first run of decimal digits as an Integer (negative after `-`), or nil. */
  asInteger(this: StringValue): number | bigint | null {
    return firstInteger(stringText(this), true);
  }

  /** @selector asSignedInteger — `asInteger`. */
  asSignedInteger(this: StringValue): number | bigint | null {
    return firstInteger(stringText(this), true);
  }

  /** @selector asUnsignedInteger — the first run of decimal digits, ignoring a sign, or nil. */
  asUnsignedInteger(this: StringValue): number | bigint | null {
    return firstInteger(stringText(this), false);
  }

  /**
   * @selector asNumber — the Number at the start of the receiver, in Smalltalk syntax
   * (`Number readFrom:`: `'16r1F' asNumber` = 31, `'12abc' asNumber` = 12); an Error when the
   * receiver does not start with one.
   */
  asNumber(this: StringValue): unknown {
    const reading = readNumber(stringText(this), 0);
    if (reading === null) return signalError("Reading a number failed: a digit between 0 and 9 expected");
    return reading.value;
  }

  /**
   * @selector asByteArray — the bytes of the characters: one per character of a ByteString
   * (Latin-1); four per character of a WideString, most significant first, as Squeak's
   * `WideString>>byteAt:` gives them.
   */
  asByteArray(this: StringValue): Uint8Array {
    return stringBytes(stringText(this));
  }

  /** @selector substrings — the pieces between runs of separators (space, tab, cr, lf, form feed). */
  substrings(this: StringValue): string[] {
    return splitText(stringText(this), isSeparatorCode);
  }

  /** @selector substrings: — the pieces between runs of the characters in `separators`. */
  substrings$(this: StringValue, separators: unknown): string[] {
    const codes = separatorCodes(separators);
    return splitText(stringText(this), (code) => codes.has(code));
  }

  /** @selector subStrings — `substrings`. */
  subStrings(this: StringValue): string[] {
    return splitText(stringText(this), isSeparatorCode);
  }

  /** @selector subStrings: — `substrings:`. */
  subStrings$(this: StringValue, separators: unknown): string[] {
    return StString.prototype.substrings$.call(this, separators);
  }

  /** @selector withBlanksTrimmed — a copy without leading and trailing separators. */
  withBlanksTrimmed(this: StringValue): string {
    return trimmed(stringText(this), true, true);
  }

  /** @selector trimBoth — a copy without leading and trailing separators. */
  trimBoth(this: StringValue): string {
    return trimmed(stringText(this), true, true);
  }

  /** @selector trimmed — a copy without leading and trailing separators. */
  trimmed(this: StringValue): string {
    return trimmed(stringText(this), true, true);
  }

  /** @selector trimLeft — a copy without leading separators. */
  trimLeft(this: StringValue): string {
    return trimmed(stringText(this), true, false);
  }

  /** @selector trimRight — a copy without trailing separators. */
  trimRight(this: StringValue): string {
    return trimmed(stringText(this), false, true);
  }

  /** @selector withoutLeadingBlanks — a copy without leading separators. */
  withoutLeadingBlanks(this: StringValue): string {
    return trimmed(stringText(this), true, false);
  }

  /** @selector withoutTrailingBlanks — a copy without trailing separators. */
  withoutTrailingBlanks(this: StringValue): string {
    return trimmed(stringText(this), false, true);
  }

  /** @selector withLineEndings: — a copy with every CR, LF and CRLF replaced by `lineEnding`. */
  withLineEndings(this: StringValue, lineEnding: unknown): string {
    return stringText(this).replace(/\r\n|\r|\n/g, replacementText(lineEnding));
  }

  /** @selector withInternetLineEndings — a copy with CRLF line ends (as network protocols want). */
  withInternetLineEndings(this: StringValue): string {
    return stringText(this).replace(/\r\n|\r|\n/g, "\r\n");
  }

  /** @selector withSqueakLineEndings — a copy with CR line ends. */
  withSqueakLineEndings(this: StringValue): string {
    return stringText(this).replace(/\r\n|\r|\n/g, "\r");
  }

  /** @selector withUnixLineEndings — a copy with LF line ends. */
  withUnixLineEndings(this: StringValue): string {
    return stringText(this).replace(/\r\n|\r|\n/g, "\n");
  }

  /**
   * @selector format: — the receiver with each `{n}` replaced by `(aCollection at: n) asString`;
   * `\` quotes the next character. Pharo also takes a key (`{name}`) for a Dictionary.
   */
  format(this: StringValue, aCollection: unknown): string {
    const text = stringText(this);
    let result = "";
    let index = 0;
    while (index < text.length) {
      const each = text[index]!;
      if (each === "\\") {
        result += text[index + 1] ?? "";
        index += 2;
      } else if (each === "{") {
        const close = text.indexOf("}", index + 1);
        const expression = text.slice(index + 1, close < 0 ? text.length : close);
        const isNumber = /^\d*$/.test(expression);
        if (close < 0 || (!isNumber && !isPharo())) return signalError("$} expected");
        const key = isNumber ? Number(expression) : expression;
        result += asStringText(send(aCollection, "at:", key));
        index = close + 1;
      } else {
        result += each;
        index += 1;
      }
    }
    return result;
  }

  /** @selector join: — the elements of `aCollection` (each `asString`) separated by the receiver. */
  join(this: StringValue, aCollection: unknown): string {
    const elements = Array.isArray(aCollection) ? aCollection : (send(aCollection, "asArray") as unknown[]);
    return elements.map((each) => asStringText(each)).join(stringText(this));
  }

  /** @selector numArgs — the number of arguments the receiver takes as a selector, or -1. */
  numArgs(this: StringValue): number {
    const text = stringText(this);
    if (/^[+\-/\\*~<>=@,%|&?!]+$/.test(text)) return 1;
    if (/^[\p{L}_][\p{L}\p{Nd}_]*$/u.test(text)) return 0;
    if (/^([\p{L}_][\p{L}\p{Nd}_]*:)+$/u.test(text)) return text.split(":").length - 1;
    return -1;
  }

  // ---- printing

  /** @selector printOn: — the receiver in quotes, embedded quotes doubled: `'it''s'`. */
  override printOn(this: StringValue, aStream: PrintStream): StringValue {
    aStream.nextPutAll(`'${stringText(this).replaceAll("'", "''")}'`);
    return this;
  }

  /** @selector storeOn: — what `printOn:` writes (a String literal). */
  storeOn(this: StringValue, aStream: PrintStream): StringValue {
    return send(this, "printOn:", aStream) as StringValue;
  }

  /** @selector storeString — the String literal for the receiver. */
  storeString(this: StringValue): string {
    return storeString(this);
  }

  /** @selector displayString — the characters themselves, without quotes. */
  override displayString(this: StringValue): string {
    return stringText(this);
  }

  /** @selector displayStringOn: — writes the characters, without quotes. */
  displayStringOn(this: StringValue, aStream: PrintStream): StringValue {
    aStream.nextPutAll(stringText(this));
    return this;
  }

  /** @selector putOn: — writes the characters on `aStream` (`stream << 'text'`). */
  override putOn(this: StringValue, aStream: unknown): unknown {
    return send(aStream, "nextPutAll:", this);
  }
}
