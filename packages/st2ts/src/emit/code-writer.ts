/**
 * A text writer for generated TypeScript that tracks the generated line and column, so that
 * every statement and send can record a source-map mapping back to its Smalltalk position.
 *
 * @module
 */

import { addMapping, GenMapping, setSourceContent, toEncodedMap } from "@jridgewell/gen-mapping";
import type { SourceSpan } from "../ast/nodes.js";

/** A source map in the standard v3 JSON shape. */
export interface SourceMapV3 {
  readonly version: 3;
  readonly file?: string | null;
  readonly sourceRoot?: string;
  readonly sources: readonly (string | null)[];
  readonly sourcesContent?: readonly (string | null)[];
  readonly names: readonly string[];
  readonly mappings: string;
}

interface Mapping {
  readonly line: number;
  readonly column: number;
  readonly originalLine: number;
  readonly originalColumn: number;
}

/**
 * Writes code with indentation and records mappings to Smalltalk source positions. The
 * mappings are kept relative to the body, so a header (imports, known only once the body is
 * written) can be put in front of it afterwards ({@link CodeWriter.finish}).
 */
export class CodeWriter {
  readonly #parts: string[] = [];
  readonly #mappings: Mapping[] = [];
  readonly #file: string;
  readonly #sourceName: string;
  readonly #sourceText: string;
  #line = 1;
  #column = 0;
  #indent = 0;
  #atLineStart = true;

  /** A writer for the generated file `file`, mapping into the Smalltalk file `sourceName`. */
  constructor(file: string, sourceName: string, sourceText: string) {
    this.#file = file;
    this.#sourceName = sourceName;
    this.#sourceText = sourceText;
  }

  /** Records that what is written next comes from `span` in the Smalltalk source. */
  mark(span: SourceSpan | undefined): void {
    if (span === undefined) return;
    if (this.#atLineStart) this.#writeIndent();
    this.#mappings.push({
      line: this.#line,
      column: this.#column,
      originalLine: span.line,
      originalColumn: span.column - 1,
    });
  }

  #writeIndent(): void {
    this.#atLineStart = false;
    const text = "  ".repeat(this.#indent);
    this.#parts.push(text);
    this.#column += text.length;
  }

  /** Writes `text` (which must not contain line breaks; use {@link newLine}). */
  write(text: string): this {
    if (text.length === 0) return this;
    if (this.#atLineStart) this.#writeIndent();
    this.#parts.push(text);
    this.#column += text.length;
    return this;
  }

  /** Ends the current line. */
  newLine(): this {
    this.#parts.push("\n");
    this.#line += 1;
    this.#column = 0;
    this.#atLineStart = true;
    return this;
  }

  /** Writes a whole line. */
  line(text = ""): this {
    return this.write(text).newLine();
  }

  /** Writes `head {`, the lines `body` writes one level deeper, then `}` + `tail`. */
  block(head: string, body: () => void, tail = ""): this {
    this.line(`${head} {`);
    this.#indent += 1;
    body();
    this.#indent -= 1;
    return this.line(`}${tail}`);
  }

  /** Runs `body` one indentation level deeper. */
  indented(body: () => void): void {
    this.#indent += 1;
    body();
    this.#indent -= 1;
  }

  /**
   * The generated file: `header` lines, then what was written; and its source map (each mapping
   * moved down by the header's lines).
   */
  finish(header: readonly string[]): { code: string; map: SourceMapV3 } {
    const map = new GenMapping({ file: this.#file });
    setSourceContent(map, this.#sourceName, this.#sourceText);
    const offset = header.length;
    for (const mapping of this.#mappings) {
      addMapping(map, {
        generated: { line: mapping.line + offset, column: mapping.column },
        source: this.#sourceName,
        original: { line: mapping.originalLine, column: mapping.originalColumn },
      });
    }
    const code = header.length === 0 ? this.#parts.join("") : `${header.join("\n")}\n${this.#parts.join("")}`;
    return { code, map: toEncodedMap(map) as unknown as SourceMapV3 };
  }
}
