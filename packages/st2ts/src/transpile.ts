/**
 * `transpile()`: Smalltalk source in, TypeScript (with a source map) and diagnostics out.
 *
 * @module
 */

import type { DoItNode } from "./ast/nodes.js";
import type { SourceUnit } from "./ast/units.js";
import type { TypeCatalogue } from "./catalogue/catalogue.js";
import { defaultCatalogue } from "./catalogue/default-catalogue.js";
import { type Diagnostic, DiagnosticCode, diagnosticAt, hasErrors, sortDiagnostics } from "./diagnostics.js";
import type { SourceMapV3 } from "./emit/code-writer.js";
import { emitModule } from "./emit/module-emitter.js";
import { parseDoIt } from "./parse/parse.js";
import { readSmalltalkSource } from "./readers/detect.js";
import type { SourceForm } from "./readers/read-result.js";
import { definesClasses, emitRead } from "./transpile-program.js";

/** Options of {@link transpile}. */
export interface TranspileOptions {
  /** The Smalltalk file's name, used in diagnostics, the banner and the source map. */
  readonly fileName?: string;
  /** The dialect whose behaviour the program gets (`squeak`, the default, or `pharo`). */
  readonly dialect?: "squeak" | "pharo";
  /** The input form; by default detected from the text (see `detectSourceForm`). */
  readonly kind?: SourceForm;
  /** The generated file's name, for the source map's `file` (default: the source name + `.ts`). */
  readonly outFile?: string;
  /** How the generated file refers to the source (default: `fileName`). */
  readonly sourceName?: string;
  /** The type catalogue (default: the one shipped with st2ts). */
  readonly catalogue?: TypeCatalogue;
  /** `typescript` (the default) or `javascript` (the same module without types, which `st2ts run` executes). */
  readonly target?: "typescript" | "javascript";
  /** Rewrites the runtime packages' names in the generated imports. */
  readonly moduleSpecifier?: (module: string) => string;
}

/** What {@link transpile} answers. */
export interface TranspileResult {
  /** The generated TypeScript; undefined when the input has errors (never partial output). */
  readonly code: string | undefined;
  /** The source map from `code` to the Smalltalk source. */
  readonly map: SourceMapV3 | undefined;
  /** Errors and warnings, sorted by position. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Transpiles Smalltalk `source` (a do-it, a fileIn or a Tonel file) into a TypeScript module
 * whose exported `main()` runs it. Never throws for any input: problems are diagnostics.
 */
export function transpile(source: string, options: TranspileOptions = {}): TranspileResult {
  const fileName = options.fileName ?? "<input>";
  const dialect = options.dialect ?? "squeak";
  try {
    const read =
      options.kind === "doIt"
        ? (() => {
            const parsed = parseDoIt(source, { fileName, dialect });
            return { units: parsed.ast === undefined ? [] : [parsed.ast], diagnostics: parsed.diagnostics };
          })()
        : readSmalltalkSource(source, { fileName, dialect });
    if (hasErrors(read.diagnostics))
      return { code: undefined, map: undefined, diagnostics: sortDiagnostics(read.diagnostics) };
    const units: readonly SourceUnit[] = read.units;
    if (definesClasses(units)) {
      const file = {
        fileName,
        text: source,
        units,
        outFile: options.outFile ?? `${fileName}.ts`,
        sourceName: options.sourceName ?? fileName,
      };
      const { catalogue, target, moduleSpecifier } = options;
      const program = emitRead(
        [file],
        {
          dialect,
          ...(catalogue === undefined ? {} : { catalogue }),
          ...(target === undefined ? {} : { target }),
          ...(moduleSpecifier === undefined ? {} : { moduleSpecifier }),
        },
        read.diagnostics,
      );
      return {
        code: program.modules[0]?.code,
        map: program.modules[0]?.map,
        diagnostics: program.diagnostics,
      };
    }
    const doIts = units.filter((unit): unit is DoItNode => unit.kind === "DoIt");
    const output = emitModule({
      doIts,
      sourceText: source,
      sourceName: options.sourceName ?? fileName,
      outFile: options.outFile ?? `${fileName}.ts`,
      dialect,
      catalogue: options.catalogue ?? defaultCatalogue(),
      typescript: options.target !== "javascript",
      ...(options.moduleSpecifier === undefined ? {} : { moduleSpecifier: options.moduleSpecifier }),
    });
    return {
      code: output.code,
      map: output.map,
      diagnostics: sortDiagnostics([...read.diagnostics, ...output.diagnostics]),
    };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const span = { file: fileName, line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 };
    return {
      code: undefined,
      map: undefined,
      diagnostics: [
        diagnosticAt(span, DiagnosticCode.InternalError, "error", `internal error in st2ts: ${detail}`),
      ],
    };
  }
}
