import { registerClass, requireClass, type SmalltalkClass } from "../kernel/class.js";
import { isByteString } from "../kernel/class-of.js";
import { isPharo } from "../kernel/dialect.js";
import type { PrintStream } from "../kernel/printing.js";
import { send } from "../kernel/send.js";
import { signalError } from "./primitive-errors.js";
import { isStringValue, StString, stringText } from "./string.js";

/** What Squeak's Scanner `TypeTable` says a character is, for `isLiteralSymbol:`. */
type CharacterType = "letter" | "digit" | "colon" | "binary" | "bar" | "other";

const NOT_BINARY = new Set(Array.from("\t\n\f\r \"#$'().;[]{}^", (each) => each.codePointAt(0)!));

/** The type of `code` in the Scanner's table, or undefined outside it (NUL, beyond 255). */
function characterType(code: number): CharacterType | undefined {
  if (code === 0 || code > 255) return undefined;
  const character = String.fromCodePoint(code);
  if (code === 0x3a) return "colon";
  if (code === 0x7c) return "bar";
  if (code === 0x5f) return isPharo() ? "letter" : "other";
  if (code >= 0x30 && code <= 0x39) return "digit";
  if (/\p{L}/u.test(character)) return "letter";
  return NOT_BINARY.has(code) ? "other" : "binary";
}

/**
 * Whether `#` followed by `name` reads back as this Symbol (Squeak's `Scanner
 * isLiteralSymbol:`): an identifier, a keyword sequence (`at:put:`), or a binary selector (Pharo:
 * only a one-character one). `'hello world'`, `'3'` and `''` need quotes.
 */
export function isLiteralSymbol(name: string): boolean {
  const codes = Array.from(name, (each) => each.codePointAt(0)!);
  if (codes.length === 0) return false;
  const type = characterType(codes[0]!);
  if (type === "letter") {
    let next: CharacterType | undefined;
    let lastIsColon = false;
    for (let index = codes.length - 1; index > 0; index -= 1) {
      const current = characterType(codes[index]!);
      if (current === "colon") {
        if (next === undefined) lastIsColon = true;
        else if (!lastIsColon || next === "digit" || next === "colon") return false;
      } else if (current !== "letter" && current !== "digit") {
        return false;
      }
      next = current;
    }
    return true;
  }
  if (type === "binary") {
    return isPharo() ? codes.length === 1 : codes.every((code) => characterType(code) === "binary");
  }
  return type === "bar" && codes.length === 1;
}

const symbolTable = new Map<string, StSymbol>();

/**
 * The unique Symbol named `name` (`#foo`, `'foo' asSymbol`, `Symbol intern: 'foo'`): a
 * ByteSymbol, or a WideSymbol for a name with a character beyond 255. st2ts emits
 * `symbol("foo")` for a symbol literal.
 */
export function symbol(name: string): StSymbol {
  let found = symbolTable.get(name);
  if (found === undefined) {
    found = isByteString(name) ? new ByteSymbol(name) : new WideSymbol(name);
    symbolTable.set(name, found);
  }
  return found;
}

/** Whether `value` is a Symbol. */
export function isSymbol(value: unknown): value is StSymbol {
  return value instanceof StSymbol;
}

/**
 * `Symbol`: a String that is unique per name, so `#foo == #foo` and `'foo' asSymbol == #foo`.
 * It prints as `#foo`, `#with:with:`, `#+` or `#'hello world'`; its `displayString` and
 * `asString` are its name. A Symbol equals the String with the same characters, both ways
 * (`#abc = 'abc'` and `'abc' = #abc`, as in Squeak and Pharo), and hashes like it. Symbols
 * cannot be modified; the String operations that make new Strings answer Strings.
 */
export class StSymbol extends StString {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "Symbol";
  static {
    registerClass(this);
  }

  /** @selector intern: — the unique Symbol with the characters of `aString`. */
  static intern(aString: unknown): StSymbol {
    if (!isStringValue(aString)) return signalError("intern: expects a String");
    return symbol(stringText(aString));
  }

  /** @selector lookup: — the Symbol with the characters of `aString` if there is one, else nil. */
  static lookup(aString: unknown): StSymbol | null {
    return isStringValue(aString) ? (symbolTable.get(stringText(aString)) ?? null) : null;
  }

  /** @selector new — an Error: Symbols are made with `asSymbol` or `intern:`. */
  static override new(): never {
    return signalError("new is not a message appropriate for a Symbol class");
  }

  /** @selector new: — an Error: Symbols are made with `asSymbol` or `intern:`. */
  static override new$(_size: unknown): never {
    return signalError("new: is not a message appropriate for a Symbol class");
  }

  /** @selector species — ByteString: the String operations on a Symbol answer Strings. */
  override species(): SmalltalkClass {
    return requireClass("ByteString");
  }

  /** @selector isSymbol — true. */
  override isSymbol(): boolean {
    return true;
  }

  /** @selector asSymbol — the receiver. */
  override asSymbol(): this {
    return this;
  }

  /** @selector shallowCopy — the receiver: Symbols are unique. */
  override shallowCopy(): this {
    return this;
  }

  /** @selector deepCopy — the receiver: Symbols are unique. */
  override deepCopy(): this {
    return this;
  }

  /** @selector printOn: — `#foo`, or `#'hello world'` when the name is not a literal symbol. */
  override printOn(aStream: PrintStream): this {
    const name = this.$text;
    aStream.nextPutAll(isLiteralSymbol(name) ? `#${name}` : `#'${name.replaceAll("'", "''")}'`);
    return this;
  }

  /** @selector storeOn: — the Symbol literal, as `printOn:` writes it. */
  override storeOn(aStream: PrintStream): this {
    return this.printOn(aStream);
  }

  /** @selector value: — sends the receiver as a unary message to `anObject` (`#(1 2) collect: #negated`). */
  value$(anObject: unknown): unknown {
    return send(anObject, this.$text);
  }

  /** @selector value:value: — sends the receiver to `anObject` with `anotherObject` as its argument. */
  valueValue(anObject: unknown, anotherObject: unknown): unknown {
    return send(anObject, this.$text, anotherObject);
  }

  /** @selector cull: — `value:`. */
  cull(anObject: unknown): unknown {
    return send(anObject, this.$text);
  }
}

/** `ByteSymbol`: the class of Symbols whose characters all fit in a byte (`#foo class`). */
export class ByteSymbol extends StSymbol {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "ByteSymbol";
  static {
    registerClass(this);
  }
}

/** `WideSymbol`: the class of Symbols with a character beyond 255. */
export class WideSymbol extends StSymbol {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "WideSymbol";
  static {
    registerClass(this);
  }
}
