/**
 * A small character scanner that knows where strings, comments and character literals are,
 * for the things a PEG match cannot do: finding an unterminated string or comment, matching
 * Tonel method brackets, and spotting chunk separators.
 *
 * @module
 */

const QUOTE = 39; // '
const DQUOTE = 34; // "
const DOLLAR = 36; // $

/** What {@link scanLexical} found that does not end. */
export interface Unterminated {
  /** A string (or quoted symbol) or a comment. */
  readonly kind: "string" | "comment" | "character";
  /** Offset of the opening quote or `$`. */
  readonly start: number;
}

/**
 * Index just past the string whose opening quote is at `i` (`''` is an embedded quote), or
 * -1 if it does not end before `end`.
 */
export function skipString(text: string, i: number, end: number = text.length): number {
  let j = i + 1;
  while (j < end) {
    if (text.charCodeAt(j) === QUOTE) {
      if (text.charCodeAt(j + 1) === QUOTE && j + 1 < end) j += 2;
      else return j + 1;
    } else j++;
  }
  return -1;
}

/**
 * Index just past the comment whose opening double quote is at `i` (`""` is an embedded
 * double quote), or -1 if it does not end before `end`.
 */
export function skipComment(text: string, i: number, end: number = text.length): number {
  let j = i + 1;
  while (j < end) {
    if (text.charCodeAt(j) === DQUOTE) {
      if (text.charCodeAt(j + 1) === DQUOTE && j + 1 < end) j += 2;
      else return j + 1;
    } else j++;
  }
  return -1;
}

/** Index just past the character literal whose `$` is at `i` (one code point), or -1. */
export function skipCharacter(text: string, i: number, end: number = text.length): number {
  if (i + 1 >= end) return -1;
  const c = text.charCodeAt(i + 1);
  if (c >= 0xd800 && c <= 0xdbff && i + 2 < end) {
    const d = text.charCodeAt(i + 2);
    if (d >= 0xdc00 && d <= 0xdfff) return i + 3;
  }
  return i + 2;
}

/**
 * Walks `text[start, end)` skipping strings, comments and character literals, calling
 * `visit(i, code)` for every other code unit. `visit` may return a number to continue from
 * that index, or `false` to stop. Answers the first unterminated literal or comment, if any.
 */
export function scanLexical(
  text: string,
  start: number,
  end: number,
  visit?: (i: number, code: number) => number | boolean | undefined,
): Unterminated | undefined {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const j = skipString(text, i, end);
      if (j < 0) return { kind: "string", start: i };
      i = j;
    } else if (c === DQUOTE) {
      const j = skipComment(text, i, end);
      if (j < 0) return { kind: "comment", start: i };
      i = j;
    } else if (c === DOLLAR) {
      const j = skipCharacter(text, i, end);
      if (j < 0) return { kind: "character", start: i };
      i = j;
    } else if (visit) {
      const r = visit(i, c);
      if (r === false) return undefined;
      i = typeof r === "number" ? r : i + 1;
    } else i++;
  }
  return undefined;
}

/** The result of {@link matchBracket}. */
export type BracketMatch =
  | { readonly ok: true; readonly close: number }
  | { readonly ok: false; readonly unterminated: Unterminated | undefined };

/**
 * Finds the `]` matching the `[` at `open`, skipping strings, comments and character
 * literals (`$]`, `$'`, `$"`), as Tonel's method-body scanner does.
 */
export function matchBracket(text: string, open: number, end: number = text.length): BracketMatch {
  let depth = 0;
  let close = -1;
  const unterminated = scanLexical(text, open, end, (i, c) => {
    if (c === 91) depth++;
    else if (c === 93) {
      depth--;
      if (depth === 0) {
        close = i;
        return false;
      }
    }
    return undefined;
  });
  if (close >= 0) return { ok: true, close };
  return { ok: false, unterminated };
}

/** Whether `text` has a `!` outside strings, comments and character literals. */
export function hasChunkSeparator(text: string): boolean {
  let found = false;
  scanLexical(text, 0, text.length, (_i, c) => {
    if (c === 33) {
      found = true;
      return false;
    }
    return undefined;
  });
  return found;
}

/** Index of the first character at or after `i` that is not a separator or comment. */
export function skipSeparatorsAndComments(text: string, i: number, end: number = text.length): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) i++;
    else if (c === DQUOTE) {
      const j = skipComment(text, i, end);
      if (j < 0) return i;
      i = j;
    } else break;
  }
  return i;
}

/** Whether `c` is a Smalltalk separator (space, tab, CR, LF, FF). */
export function isSeparator(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}

/**
 * The end of the last token in `text[start, end)`: trailing separators and comments are not
 * part of a do-it's or method's span (Ohm's start-rule node would include them).
 */
export function lastTokenEnd(text: string, start: number, end: number): number {
  let last = start;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) i++;
    else if (c === DQUOTE) {
      const j = skipComment(text, i, end);
      i = j < 0 ? end : j;
    } else if (c === QUOTE) {
      const j = skipString(text, i, end);
      i = j < 0 ? end : j;
      last = i;
    } else if (c === DOLLAR) {
      const j = skipCharacter(text, i, end);
      i = j < 0 ? end : j;
      last = i;
    } else last = ++i;
  }
  return last;
}
