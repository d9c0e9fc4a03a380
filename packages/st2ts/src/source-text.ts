/**
 * A source file's text with a line table, turning offsets into {@link SourceSpan}s.
 *
 * @module
 */

import type { SourceSpan } from "./ast/nodes.js";

/** A 1-based line and column. */
export interface LineColumn {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column (UTF-16 code units). */
  readonly column: number;
}

/**
 * The text of one file and its line starts. CR, LF and CR LF each end a line (Squeak files
 * use CR). Offsets are clamped into `[0, text.length]`.
 */
export class SourceText {
  /** The file name used in spans and diagnostics. */
  readonly file: string;
  /** The whole text. */
  readonly text: string;
  readonly #lineStarts: number[];

  /**
   * @param text - the file's text
   * @param file - the name to report
   */
  constructor(text: string, file: string) {
    this.text = text;
    this.file = file;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.#lineStarts = starts;
  }

  /** The 0-based index of the line holding `offset`. */
  lineIndex(offset: number): number {
    const starts = this.#lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The offset where 0-based line `index` starts. */
  lineStart(index: number): number {
    return this.#lineStarts[index] ?? this.text.length;
  }

  /** The number of lines. */
  get lineCount(): number {
    return this.#lineStarts.length;
  }

  /** The text of 0-based line `index`, without its line terminator. */
  lineText(index: number): string {
    const start = this.lineStart(index);
    let end = index + 1 < this.#lineStarts.length ? this.#lineStarts[index + 1]! : this.text.length;
    while (end > start) {
      const c = this.text.charCodeAt(end - 1);
      if (c === 10 || c === 13) end--;
      else break;
    }
    return this.text.slice(start, end);
  }

  /** The 1-based line and column of `offset`. */
  lineColumn(offset: number): LineColumn {
    const o = this.clamp(offset);
    const index = this.lineIndex(o);
    return { line: index + 1, column: o - this.#lineStarts[index]! + 1 };
  }

  /** The span from `start` to `end` (exclusive). */
  span(start: number, end: number): SourceSpan {
    const s = this.clamp(start);
    const e = Math.max(s, this.clamp(end));
    const startLine = this.lineIndex(s);
    const endLine = e === s ? startLine : this.lineIndex(e);
    return {
      file: this.file,
      start: s,
      end: e,
      line: startLine + 1,
      column: s - this.#lineStarts[startLine]! + 1,
      endLine: endLine + 1,
      endColumn: e - this.#lineStarts[endLine]! + 1,
    };
  }

  /** `offset` clamped into `[0, text.length]`. */
  clamp(offset: number): number {
    if (!(offset >= 0)) return 0;
    return offset > this.text.length ? this.text.length : Math.floor(offset);
  }
}
