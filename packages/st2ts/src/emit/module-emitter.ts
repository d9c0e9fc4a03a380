/**
 * Emits a whole generated module from the units of one Smalltalk file: the banner, imports,
 * hoisted literals, workspace variables, one function per do-it, the exported entry point
 * `main`, and the lines that run it when the module is executed directly.
 *
 * @module
 */

import { type Analysis, analyzeUnit } from "../analyze/analyzer.js";
import type { Binding } from "../analyze/bindings.js";
import type { DoItNode } from "../ast/nodes.js";
import type { TypeCatalogue } from "../catalogue/catalogue.js";
import type { ClassEntry } from "../catalogue/types.js";
import type { Diagnostic } from "../diagnostics.js";
import { CodeWriter, type SourceMapV3 } from "./code-writer.js";
import { Imports } from "./imports.js";
import { identifierFor } from "./names.js";
import { typeText } from "./type-text.js";
import { type ModuleState, UnitEmitter } from "./unit-emitter.js";

/** What {@link emitModule} needs. */
export interface ModuleInput {
  /** The do-its of the file, in order. */
  readonly doIts: readonly DoItNode[];
  /** The Smalltalk file's text. */
  readonly sourceText: string;
  /** How the generated file refers to the Smalltalk file (banner and source map). */
  readonly sourceName: string;
  /** The generated file's name (for the source map). */
  readonly outFile: string;
  /** The dialect whose behaviour to reproduce. */
  readonly dialect: "squeak" | "pharo";
  /** The type catalogue. */
  readonly catalogue: TypeCatalogue;
  /** Whether to write TypeScript (the default) or plain JavaScript (for `st2ts run`). */
  readonly typescript?: boolean;
  /** Rewrites the runtime packages' names in imports (`st2ts run` uses absolute URLs). */
  readonly moduleSpecifier?: (module: string) => string;
  /** The classes and extension methods of the module, for a file that defines some (program-emitter.ts). */
  readonly declarations?: ModuleDeclarations;
}

/** What a module of a program with classes writes besides its do-its (see program-emitter.ts). */
export interface ModuleDeclarations {
  /** The classes the module defines (referred to by name). */
  readonly localClasses: ReadonlySet<string>;
  /** How references to classes of modules that load later are written. */
  readonly classReference?: (entry: ClassEntry, imports: Imports) => string | undefined;
  /** Writes the classes and extension methods; answers the statements `main` runs before the do-its. */
  readonly write: (state: ModuleState) => readonly string[];
  /** Whether the module has `main` and runs it when executed directly (a module of classes only has not). */
  readonly entryPoint: boolean;
}

/** A generated module, or the diagnostics that prevented it. */
export interface ModuleOutput {
  /** The TypeScript, absent when there are errors. */
  readonly code: string | undefined;
  /** The source map from `code` back to the Smalltalk file. */
  readonly map: SourceMapV3 | undefined;
  /** Errors and warnings of the analysis. */
  readonly diagnostics: readonly Diagnostic[];
}

const PROCESS_MODULE = "@smalltalk-sockets/process";

/** Analyses and emits the module for `input`. */
export function emitModule(input: ModuleInput): ModuleOutput {
  const workspace = new Map<string, Binding>();
  const analyses: Analysis[] = input.doIts.map((doIt) =>
    analyzeUnit(doIt, input.catalogue, { dialect: input.dialect, workspace }),
  );
  const diagnostics = analyses.flatMap((analysis) => analysis.diagnostics);
  if (diagnostics.some((diagnostic) => diagnostic.severity === "error")) {
    return { code: undefined, map: undefined, diagnostics };
  }
  const writer = new CodeWriter(input.outFile, input.sourceName, input.sourceText);
  const imports = new Imports();
  const taken = new Set(["main", "rt"]);
  const typescript = input.typescript ?? true;
  const state: ModuleState = {
    writer,
    imports,
    taken,
    literals: [],
    localClasses: input.declarations?.localClasses ?? new Set(),
    temporaries: 0,
    typescript,
    ...(input.declarations?.classReference === undefined
      ? {}
      : { classReference: input.declarations.classReference }),
  };
  const prologue = input.declarations?.write(state) ?? [];
  const returns = typescript ? ": Promise<unknown>" : "";
  for (const binding of [...workspace.values()].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  )) {
    binding.tsName = identifierFor(binding.name, taken);
    taken.add(binding.tsName);
  }
  const single = analyses.length === 1 && prologue.length === 0;
  analyses.forEach((analysis, index) => {
    const name = single ? "main" : `doIt${index + 1}`;
    const unit = analysis.unit as DoItNode;
    writer.line(
      single
        ? "/** The do-it: the entry point of the program. */"
        : `/** Do-it ${index + 1} of ${analyses.length} (line ${unit.span.line}). */`,
    );
    writer.mark(unit.span);
    writer.block(`${single ? "export " : ""}async function ${name}()${returns}`, () =>
      new UnitEmitter(analysis, state).writeHomeBody(),
    );
    writer.newLine();
  });
  const entryPoint = input.declarations?.entryPoint ?? true;
  if (!single && entryPoint) {
    writer.line(
      "/** The do-its in file order, as a fileIn evaluates them: the entry point of the program. */",
    );
    writer.block(`export async function main()${returns}`, () => {
      for (const line of prologue) writer.line(line);
      analyses.forEach((_, index) => {
        if (index < analyses.length - 1) writer.line(`await doIt${index + 1}();`);
      });
      writer.line(analyses.length === 0 ? "return null;" : `return await doIt${analyses.length}();`);
    });
    writer.newLine();
  }
  if (entryPoint) {
    const isMainModule = imports.use(PROCESS_MODULE, "isMainModule");
    const runMain = imports.use(PROCESS_MODULE, "runMain");
    const endProgram = imports.use(PROCESS_MODULE, "endProgram");
    // Once no process can run, Node exits with the status even if the program left a socket open.
    writer.block(`if (${isMainModule}(import.meta.url))`, () => {
      writer.line(`void ${runMain}(main).then(${endProgram});`);
    });
  }
  const workspaceLines = [...workspace.values()].flatMap((binding) => {
    const type = typeText(binding.type, input.catalogue, imports);
    const annotation = typescript
      ? `: ${type === "unknown" || type.includes("null") ? type : `${type} | null`}`
      : "";
    return [
      `/** A workspace variable: '${binding.name}' is used without being declared. */`,
      `let ${binding.tsName}${annotation} = null;`,
    ];
  });
  const header = [
    `// Generated by st2ts from ${input.sourceName}. Do not edit: change the Smalltalk source and run st2ts again.`,
    ...imports.declarations(typescript, input.moduleSpecifier),
    "",
    ...state.literals,
    ...workspaceLines,
  ];
  const { code, map } = writer.finish(
    header.concat(state.literals.length > 0 || workspace.size > 0 ? [""] : []),
  );
  return { code, map, diagnostics };
}
