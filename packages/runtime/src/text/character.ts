import { registerClass, requireClass } from "../kernel/class.js";
import { isPharo } from "../kernel/dialect.js";
import { type PrintStream, storeString } from "../kernel/printing.js";
import { send } from "../kernel/send.js";
import { Magnitude } from "../numbers/magnitude.js";
import { signalError } from "./primitive-errors.js";
import type { StSymbol } from "./symbol.js";

/** The largest code point a Character can have here (Unicode's; Squeak allows 2^30 - 1). */
export const MAX_CODE_POINT = 0x10ffff;

/** Squeak's `Character constantNames` with their values, in lookup order (`constantNameFor:`). */
const SQUEAK_CONSTANT_NAMES: readonly (readonly [string, number])[] = [
  ["backspace", 8],
  ["cr", 13],
  ["delete", 127],
  ["escape", 27],
  ["lf", 10],
  ["null", 0],
  ["newPage", 12],
  ["space", 32],
  ["tab", 9],
];

/** Pharo's longer `Character constantNames`, in its lookup order. */
const PHARO_CONSTANT_NAMES: readonly (readonly [string, number])[] = [
  ["backspace", 8],
  ["cr", 13],
  ["delete", 127],
  ["escape", 27],
  ["lf", 10],
  ["newPage", 12],
  ["space", 32],
  ["tab", 9],
  ["arrowDown", 31],
  ["arrowLeft", 28],
  ["arrowRight", 29],
  ["arrowUp", 30],
  ["enter", 3],
  ["end", 4],
  ["home", 1],
  ["insert", 5],
  ["nbsp", 160],
  ["pageDown", 12],
  ["pageUp", 11],
  ["null", 0],
];

const LETTER = /^\p{L}$/u;
const UPPERCASE = /^\p{Lu}$/u;
const LOWERCASE = /^\p{Ll}$/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;

function isDecimalDigit(codePoint: number): boolean {
  return DECIMAL_DIGIT.test(String.fromCodePoint(codePoint));
}

/**
 * The simple (one character to one character) case mapping of `codePoint`, as Squeak's Unicode
 * tables give it: a character whose full mapping expands (`ß` to `SS`) keeps its case.
 */
export function mapCase(codePoint: number, upper: boolean): number {
  const text = String.fromCodePoint(codePoint);
  const mapped = upper ? text.toUpperCase() : text.toLowerCase();
  const code = mapped.codePointAt(0)!;
  return mapped.length === String.fromCodePoint(code).length ? code : codePoint;
}

/**
 * The value of `codePoint` as a digit (`digitValue`): 0-9 for the decimal digits of any script,
 * 10-35 for the ASCII letters in either case (radix digits), -1 for anything else.
 */
export function digitValueOf(codePoint: number): number {
  if (codePoint >= 48 && codePoint <= 57) return codePoint - 48;
  if (codePoint >= 65 && codePoint <= 90) return codePoint - 55;
  if (codePoint >= 97 && codePoint <= 122) return codePoint - 87;
  if (codePoint <= 0xff || !isDecimalDigit(codePoint)) return -1;
  // Unicode puts each script's ten decimal digits in a run that starts with its zero.
  let zero = codePoint;
  while (isDecimalDigit(zero - 1)) zero -= 1;
  return (codePoint - zero) % 10;
}

/** Whether `codePoint` is one of Squeak's separators: space, tab, cr, lf and form feed. */
export function isSeparatorCode(codePoint: number): boolean {
  return codePoint === 32 || codePoint === 9 || codePoint === 13 || codePoint === 10 || codePoint === 12;
}

const interned = new Map<number, Character>();

/**
 * The Character with `codePoint` (0 to 0x10FFFF): unique per code point, so `$a == $a`. This is
 * what st2ts emits for a character literal (`$a` -> `char(0x61)`).
 */
export function char(codePoint: number): Character {
  let character = interned.get(codePoint);
  if (character === undefined) {
    if (!Number.isInteger(codePoint) || codePoint < 0 || codePoint > MAX_CODE_POINT) {
      throw new RangeError(`${codePoint} is not a Unicode code point`);
    }
    character = new Character(codePoint);
    interned.set(codePoint, character);
  }
  return character;
}

/** Whether `value` is a Character. */
export function isCharacter(value: unknown): value is Character {
  return value instanceof Character;
}

/** The Character for a string of one character (`'a'` -> `$a`). */
export function characterOf(text: string): Character {
  return char(text.codePointAt(0)!);
}

interface SymbolClass {
  intern(text: string): StSymbol;
}

/**
 * `Character`: a Unicode character, unique per code point (an immediate object in Squeak). It
 * prints as `$a`; characters up to space and delete print as Squeak spells them (`Character cr`,
 * `Character value: 7`).
 */
export class Character extends Magnitude {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "Character";
  /** The Smalltalk category. */
  static override readonly $category: string = "Kernel-BasicObjects";
  static {
    registerClass(this);
  }

  /** The character's code point. */
  readonly $codePoint: number;

  /** The Character with `codePoint`; use {@link char} to get the unique one. */
  constructor(codePoint: number) {
    super();
    this.$codePoint = codePoint;
  }

  /** @selector value: — the Character with code point `anInteger` (0 to 16r10FFFF). */
  static value(anInteger: unknown): Character {
    if (typeof anInteger === "number" && Number.isInteger(anInteger)) {
      if (anInteger >= 0 && anInteger <= MAX_CODE_POINT) return char(anInteger);
    }
    return signalError("value: failed");
  }

  /** @selector codePoint: — the Character with code point `anInteger`. */
  static codePoint(anInteger: unknown): Character {
    return Character.value(anInteger);
  }

  /** @selector digitValue: — the Character for digit value `x` ($0 to $9, then $A to $Z). */
  static digitValue(x: unknown): Character {
    const n = Number(send(x, "asInteger"));
    return Character.value(n < 10 ? n + 48 : n + 55);
  }

  /** @selector new — an Error: characters cannot be created, only looked up. */
  static new(): never {
    return signalError("cannot create new characters");
  }

  /** @selector backspace — the backspace character (8). */
  static backspace(): Character {
    return char(8);
  }

  /** @selector cr — the carriage return character (13). */
  static cr(): Character {
    return char(13);
  }

  /** @selector lf — the line feed character (10). */
  static lf(): Character {
    return char(10);
  }

  /** @selector linefeed — the line feed character (10). */
  static linefeed(): Character {
    return char(10);
  }

  /** @selector tab — the tab character (9). */
  static tab(): Character {
    return char(9);
  }

  /** @selector space — the space character (32). */
  static space(): Character {
    return char(32);
  }

  /** @selector null — the NUL character (0). */
  static null(): Character {
    return char(0);
  }

  /** @selector escape — the escape character (27). */
  static escape(): Character {
    return char(27);
  }

  /** @selector delete — the delete character (127). */
  static delete(): Character {
    return char(127);
  }

  /** @selector newPage — the form feed character (12). */
  static newPage(): Character {
    return char(12);
  }

  /** @selector enter — the enter character (3). */
  static enter(): Character {
    return char(3);
  }

  /** @selector home — the home key character (1). */
  static home(): Character {
    return char(1);
  }

  /** @selector end — the end key character (4). */
  static end(): Character {
    return char(4);
  }

  /** @selector insert — the insert key character (5). */
  static insert(): Character {
    return char(5);
  }

  /** @selector pageUp — the page up key character (11). */
  static pageUp(): Character {
    return char(11);
  }

  /** @selector pageDown — the page down key character (12). */
  static pageDown(): Character {
    return char(12);
  }

  /** @selector arrowLeft — the left arrow key character (28). */
  static arrowLeft(): Character {
    return char(28);
  }

  /** @selector arrowRight — the right arrow key character (29). */
  static arrowRight(): Character {
    return char(29);
  }

  /** @selector arrowUp — the up arrow key character (30). */
  static arrowUp(): Character {
    return char(30);
  }

  /** @selector arrowDown — the down arrow key character (31). */
  static arrowDown(): Character {
    return char(31);
  }

  /** @selector nbsp — the no-break space (160). */
  static nbsp(): Character {
    return char(160);
  }

  /** @selector asInteger — the code point. */
  asInteger(): number {
    return this.$codePoint;
  }

  /** @selector asciiValue — the code point (ASCII below 128, Unicode above). */
  asciiValue(): number {
    return this.$codePoint;
  }

  /** @selector codePoint — the code point. */
  codePoint(): number {
    return this.$codePoint;
  }

  /** @selector charCode — the code point. */
  charCode(): number {
    return this.$codePoint;
  }

  /** @selector asCharacter — the receiver. */
  asCharacter(): this {
    return this;
  }

  /** @selector asString — a String of this one character. */
  override asString(): string {
    return String.fromCodePoint(this.$codePoint);
  }

  /** @selector asSymbol — the Symbol of this one character. */
  asSymbol(): StSymbol {
    return (requireClass("Symbol") as unknown as SymbolClass).intern(this.asString());
  }

  /** @selector asUppercase — the uppercase counterpart, or the receiver. */
  asUppercase(): Character {
    return char(mapCase(this.$codePoint, true));
  }

  /** @selector asLowercase — the lowercase counterpart, or the receiver. */
  asLowercase(): Character {
    return char(mapCase(this.$codePoint, false));
  }

  /** @selector isCharacter — true. */
  override isCharacter(): boolean {
    return true;
  }

  /** @selector isLetter — whether the receiver is a letter (Unicode category L). */
  isLetter(): boolean {
    return LETTER.test(this.asString());
  }

  /** @selector isDigit — whether the receiver is a decimal digit (Unicode category Nd). */
  isDigit(): boolean {
    return isDecimalDigit(this.$codePoint);
  }

  /** @selector isAlphaNumeric — whether the receiver is a letter or a digit. */
  isAlphaNumeric(): boolean {
    return this.isLetter() || this.isDigit();
  }

  /** @selector isUppercase — whether the receiver is an uppercase letter. */
  isUppercase(): boolean {
    return UPPERCASE.test(this.asString());
  }

  /** @selector isLowercase — whether the receiver is a lowercase letter. */
  isLowercase(): boolean {
    return LOWERCASE.test(this.asString());
  }

  /** @selector isVowel — whether the receiver is one of AEIOU, in either case. */
  isVowel(): boolean {
    return "AEIOU".includes(this.asUppercase().asString());
  }

  /** @selector isSeparator — whether the receiver is space, tab, cr, lf or form feed. */
  isSeparator(): boolean {
    return isSeparatorCode(this.$codePoint);
  }

  /** @selector isOctetCharacter — whether the code point fits in a byte (below 256). */
  isOctetCharacter(): boolean {
    return this.$codePoint < 256;
  }

  /** @selector isAscii — whether the code point is below 128. */
  isAscii(): boolean {
    return this.$codePoint < 128;
  }

  /** @selector digitValue — 0-9 for digits, 10-35 for letters (radix digits), else -1. */
  digitValue(): number {
    return digitValueOf(this.$codePoint);
  }

  /** @selector sameAs: — whether `aCharacter` is the receiver, ignoring case. */
  sameAs(aCharacter: unknown): boolean {
    return aCharacter instanceof Character && this.asLowercase() === aCharacter.asLowercase();
  }

  /**
   * @selector to: — the characters from the receiver to `other`: a String in Squeak
   * (`$a to: $e` = 'abcde'), an Array of Characters in Pharo.
   */
  to(other: unknown): unknown {
    const last = Number(send(other, "asInteger"));
    const characters: Character[] = [];
    for (let code = this.$codePoint; code <= last; code += 1) characters.push(char(code));
    if (isPharo()) return characters;
    return characters.map((each) => each.asString()).join("");
  }

  #compare(other: unknown, selector: string, test: (a: number, b: number) => boolean): boolean {
    if (other instanceof Character) return test(this.$codePoint, other.$codePoint);
    return send(this.$codePoint, selector, send(other, "asInteger")) === true;
  }

  /** @selector < — whether the receiver's code point is below `aCharacter`'s. */
  lt(aCharacter: unknown): boolean {
    return this.#compare(aCharacter, "<", (a, b) => a < b);
  }

  /** @selector > — whether the receiver's code point is above `aCharacter`'s. */
  override gt(aCharacter: unknown): boolean {
    return this.#compare(aCharacter, ">", (a, b) => a > b);
  }

  /** @selector <= — whether the receiver's code point is at most `aCharacter`'s. */
  override le(aCharacter: unknown): boolean {
    return this.#compare(aCharacter, "<=", (a, b) => a <= b);
  }

  /** @selector >= — whether the receiver's code point is at least `aCharacter`'s. */
  override ge(aCharacter: unknown): boolean {
    return this.#compare(aCharacter, ">=", (a, b) => a >= b);
  }

  /** @selector isLiteral — true: a Character has a literal form (`$a`). */
  override isLiteral(): boolean {
    return true;
  }

  /** @selector shouldBePrintedAsLiteral — whether it prints as `$a` inside an Array (33 to 255 but 127). */
  override shouldBePrintedAsLiteral(): boolean {
    const code = this.$codePoint;
    return code > 32 && code <= 255 && code !== 127;
  }

  /** @selector shouldBePrintedAsLiteralVisiting: — `shouldBePrintedAsLiteral`. */
  override shouldBePrintedAsLiteralVisiting(_visiting: unknown): boolean {
    return this.shouldBePrintedAsLiteral();
  }

  /** @selector hash — the code point. */
  override hash(): number {
    return this.$codePoint;
  }

  /** @selector shallowCopy — the receiver: characters are unique. */
  override shallowCopy(): this {
    return this;
  }

  /** @selector deepCopy — the receiver: characters are unique. */
  deepCopy(): this {
    return this;
  }

  /** The name Character answers to for the receiver (`Character cr`), or undefined. */
  #constantName(): string | undefined {
    const names = isPharo() ? PHARO_CONSTANT_NAMES : SQUEAK_CONSTANT_NAMES;
    return names.find(([, code]) => code === this.$codePoint)?.[0];
  }

  /**
   * @selector printOn: — `$a`; at or below space, and delete, the expression that answers the
   * character: `Character cr`, `Character value: 7`.
   */
  override printOn(stream: PrintStream): this {
    const code = this.$codePoint;
    if (code > 32 && code !== 127) {
      stream.nextPutAll(`$${this.asString()}`);
      return this;
    }
    const name = this.#constantName();
    stream.nextPutAll(name === undefined ? `Character value: ${code}` : `Character ${name}`);
    return this;
  }

  /**
   * @selector storeOn: — an expression that answers the receiver: `$a` for the printable byte
   * characters, else `Character cr` or `(Character value: 300)`.
   */
  storeOn(stream: PrintStream): this {
    const code = this.$codePoint;
    if (this.shouldBePrintedAsLiteral()) return this.printOn(stream);
    const name = this.#constantName();
    stream.nextPutAll(name === undefined ? `(Character value: ${code})` : `Character ${name}`);
    return this;
  }

  /** @selector storeString — what `storeOn:` writes. */
  storeString(): string {
    return storeString(this);
  }

  /** @selector join: — the Strings in `aCollection` separated by the receiver (Pharo: `$, join: #('a' 'b')`). */
  join(aCollection: unknown): unknown {
    return send(this.asString(), "join:", aCollection);
  }
}
