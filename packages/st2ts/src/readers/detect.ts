/**
 * Reads a Smalltalk source file of any of the three forms, telling them apart by content.
 *
 * @module
 */

import type { DoItNode } from "../ast/nodes.js";
import { parseFragment, settingsOf, wholeFile } from "../parse/parse.js";
import { hasChunkSeparator } from "../parse/scanner.js";
import { readChunks } from "./chunks.js";
import type { ReadOptions, ReadResult, SourceForm } from "./read-result.js";
import { guardedRead } from "./read-result.js";
import { looksLikeTonel, readTonelInto } from "./tonel.js";

/**
 * The form of `source`: Tonel if it starts (after separators and an optional comment) with
 * `Class {`, `Trait {`, `Extension {` or `Package {`; a fileIn if it has a `!` outside
 * strings, comments and character literals; otherwise a do-it.
 *
 * @param source - the file text
 */
export function detectSourceForm(source: string): SourceForm {
  if (typeof source !== "string") return "doIt";
  if (looksLikeTonel(source)) return "tonel";
  if (hasChunkSeparator(source)) return "fileIn";
  return "doIt";
}

/**
 * Reads a Smalltalk file in whichever form it is written ({@link detectSourceForm}): a
 * workspace do-it yields one `DoIt` unit; a fileIn and a Tonel file yield their units in
 * file order.
 *
 * @param source - the file text
 * @param options - file name, dialect and engine
 * @returns the form, units and diagnostics; never throws
 */
export function readSmalltalkSource(source: string, options: ReadOptions = {}): ReadResult {
  const form = detectSourceForm(source);
  const settings = settingsOf(options);
  return guardedRead(form, source, options, (text, units, diagnostics) => {
    if (form === "tonel") readTonelInto(text, settings, units, diagnostics);
    else if (form === "fileIn") readChunks(text, settings, units, diagnostics);
    else {
      const r = parseFragment<DoItNode>(wholeFile(text), "DoIt", settings.dialect, settings.engine);
      diagnostics.push(...r.diagnostics);
      if (r.ast !== undefined) units.push(r.ast);
    }
  });
}
