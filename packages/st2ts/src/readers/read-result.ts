/**
 * What every reader answers.
 *
 * @module
 */

import type { SourceUnit } from "../ast/units.js";
import type { Diagnostic } from "../diagnostics.js";
import { sortDiagnostics } from "../diagnostics.js";
import type { ParseOptions } from "../parse/parse.js";
import { internalError } from "../parse/parse.js";
import { SourceText } from "../source-text.js";

/** The three input forms st2ts reads. */
export type SourceForm = "doIt" | "fileIn" | "tonel";

/** The result of reading a whole file. */
export interface ReadResult {
  /** The form that was read. */
  readonly form: SourceForm;
  /**
   * The units in file order. A chunk or method with an error is left out (its diagnostics
   * say why); everything else is still read.
   */
  readonly units: readonly SourceUnit[];
  /** Errors and warnings of the whole file, sorted by position. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Options of the readers (the same as the parsers'). */
export type ReadOptions = ParseOptions;

/**
 * Runs a reader so that nothing escapes: an exception becomes an internal-error diagnostic,
 * and diagnostics are sorted by position.
 */
export function guardedRead(
  form: SourceForm,
  source: string,
  options: ReadOptions,
  read: (text: SourceText, units: SourceUnit[], diagnostics: Diagnostic[]) => void,
): ReadResult {
  const units: SourceUnit[] = [];
  const diagnostics: Diagnostic[] = [];
  const file = typeof options?.fileName === "string" ? options.fileName : "<input>";
  const text = new SourceText(typeof source === "string" ? source : "", file);
  try {
    if (typeof source !== "string") throw new TypeError(`the source must be a string, not ${typeof source}`);
    read(text, units, diagnostics);
  } catch (error) {
    diagnostics.push(internalError(text, error, 0));
  }
  return { form, units, diagnostics: sortDiagnostics(diagnostics) };
}
