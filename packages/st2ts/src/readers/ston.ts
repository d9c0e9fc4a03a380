/**
 * The subset of STON that Tonel headers use: maps `{ k : v, … }`, lists `[ … ]`, strings
 * with STON backslash escapes, symbols (`#foo`, `#'a b'`, `#at:put:`), numbers, `true`,
 * `false`, `nil`. Values carry their offsets for diagnostics.
 *
 * @module
 */

import { skipComment } from "../parse/scanner.js";

/** A STON value with its position. */
export type StonValue =
  | {
      readonly type: "string" | "symbol";
      readonly value: string;
      readonly start: number;
      readonly end: number;
    }
  | { readonly type: "number"; readonly value: number; readonly start: number; readonly end: number }
  | { readonly type: "boolean"; readonly value: boolean; readonly start: number; readonly end: number }
  | { readonly type: "nil"; readonly value: null; readonly start: number; readonly end: number }
  | {
      readonly type: "list";
      readonly value: readonly StonValue[];
      readonly start: number;
      readonly end: number;
    }
  | {
      readonly type: "map";
      readonly value: ReadonlyMap<string, StonValue>;
      readonly start: number;
      readonly end: number;
    };

/** A STON syntax error at `position`. */
export class StonError extends Error {
  /** Offset of the problem. */
  readonly position: number;
  /**
   * @param message - what was expected
   * @param position - where
   */
  constructor(message: string, position: number) {
    super(message);
    this.name = "StonError";
    this.position = position;
  }
}

const WORD_START = /[A-Za-z_\u00C0-\uFFFF]/;
const WORD_PART = /[A-Za-z0-9_:\u00C0-\uFFFF]/;

/** A recursive-descent reader over `text` starting at an offset. */
export class StonReader {
  readonly #text: string;
  /** The current offset. */
  pos: number;

  /**
   * @param text - the file
   * @param pos - where to start
   */
  constructor(text: string, pos: number) {
    this.#text = text;
    this.pos = pos;
  }

  /** Skips separators and Smalltalk comments. */
  skip(): void {
    const t = this.#text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) this.pos++;
      else if (c === 34) {
        const end = skipComment(t, this.pos);
        if (end < 0) throw new StonError('unterminated comment: no closing double quote (")', this.pos);
        this.pos = end;
      } else break;
    }
  }

  /** Reads one value. */
  value(depth = 0): StonValue {
    if (depth > 200) throw new StonError("STON nested too deeply", this.pos);
    this.skip();
    const t = this.#text;
    const start = this.pos;
    const c = t[start];
    if (c === "{") return this.#map(depth);
    if (c === "[") return this.#list(depth);
    if (c === "'") return { type: "string", value: this.#string(), start, end: this.pos };
    if (c === "#") {
      this.pos++;
      if (t[this.pos] === "'") return { type: "symbol", value: this.#string(), start, end: this.pos };
      const word = this.#word();
      if (word === "") throw new StonError("expected a symbol after #", this.pos);
      return { type: "symbol", value: word, start, end: this.pos };
    }
    if (c !== undefined && /[-0-9]/.test(c)) {
      const m = /^-?[0-9]+(\.[0-9]+)?([eE]-?[0-9]+)?/.exec(t.slice(start, start + 64));
      if (m === null) throw new StonError("expected a number", start);
      this.pos += m[0].length;
      return { type: "number", value: Number(m[0]), start, end: this.pos };
    }
    const word = this.#word();
    if (word === "true" || word === "false")
      return { type: "boolean", value: word === "true", start, end: this.pos };
    if (word === "nil") return { type: "nil", value: null, start, end: this.pos };
    this.pos = start;
    throw new StonError("expected a STON value (a string, a symbol, a list [ ] or a map { })", start);
  }

  #word(): string {
    const t = this.#text;
    const start = this.pos;
    if (start < t.length && WORD_START.test(t[start]!)) {
      this.pos++;
      while (this.pos < t.length && WORD_PART.test(t[this.pos]!)) this.pos++;
    }
    return t.slice(start, this.pos);
  }

  #string(): string {
    const t = this.#text;
    const open = this.pos;
    let out = "";
    this.pos++;
    while (this.pos < t.length) {
      const c = t[this.pos]!;
      if (c === "'") {
        this.pos++;
        return out;
      }
      if (c === "\\") {
        const e = t[this.pos + 1];
        const simple: Record<string, string> = {
          b: "\b",
          f: "\f",
          n: "\n",
          r: "\r",
          t: "\t",
          "'": "'",
          '"': '"',
          "\\": "\\",
          "/": "/",
        };
        if (e !== undefined && simple[e] !== undefined) {
          out += simple[e];
          this.pos += 2;
          continue;
        }
        if (e === "u" && /^[0-9a-fA-F]{4}$/.test(t.slice(this.pos + 2, this.pos + 6))) {
          out += String.fromCharCode(Number.parseInt(t.slice(this.pos + 2, this.pos + 6), 16));
          this.pos += 6;
          continue;
        }
        throw new StonError("invalid escape in a STON string", this.pos);
      }
      out += c;
      this.pos++;
    }
    throw new StonError("unterminated string: no closing quote (')", open);
  }

  #list(depth: number): StonValue {
    const start = this.pos;
    this.pos++;
    const items: StonValue[] = [];
    this.skip();
    if (this.#text[this.pos] === "]") {
      this.pos++;
      return { type: "list", value: items, start, end: this.pos };
    }
    for (;;) {
      items.push(this.value(depth + 1));
      this.skip();
      const c = this.#text[this.pos];
      this.pos++;
      if (c === "]") return { type: "list", value: items, start, end: this.pos };
      if (c !== ",") throw new StonError("expected ',' or ']' in a STON list", this.pos - 1);
    }
  }

  #map(depth: number): StonValue {
    const start = this.pos;
    this.pos++;
    const entries = new Map<string, StonValue>();
    this.skip();
    if (this.#text[this.pos] === "}") {
      this.pos++;
      return { type: "map", value: entries, start, end: this.pos };
    }
    for (;;) {
      const key = this.value(depth + 1);
      if (key.type !== "symbol" && key.type !== "string") {
        throw new StonError("expected a symbol or string key in a STON map", key.start);
      }
      this.skip();
      if (this.#text[this.pos] !== ":") throw new StonError("expected ':' after a STON map key", this.pos);
      this.pos++;
      entries.set(key.value, this.value(depth + 1));
      this.skip();
      const c = this.#text[this.pos];
      this.pos++;
      if (c === "}") return { type: "map", value: entries, start, end: this.pos };
      if (c !== ",") throw new StonError("expected ',' or '}' in a STON map", this.pos - 1);
    }
  }
}
