/**
 * The compile command for inputs that define classes: the files are one program
 * (`transpileProgram`), so classes of one file may use classes of another; one module per file,
 * plus the entry module `index.ts` at the root of the output (the `--out-dir`, or the common
 * directory of the outputs).
 *
 * @module
 */

import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import { readSmalltalkSource } from "../readers/detect.js";
import type { TranspileResult } from "../transpile.js";
import { definesClasses, transpileProgram } from "../transpile-program.js";
import type { CommandLine } from "./options.js";

/** A file to transpile and where its output goes (`source` is empty for the entry module). */
export interface CompileJob {
  readonly source: string;
  readonly target: string;
}

/** The program's modules as the compile command writes them. */
export interface CompiledProgram {
  /** The jobs: the inputs', then the entry module's. */
  readonly jobs: readonly CompileJob[];
  /** Each job's output, by target. */
  readonly results: ReadonlyMap<string, TranspileResult>;
}

function posix(path: string): string {
  return path.split(sep).join("/");
}

/** The deepest directory that contains every path. */
function commonDirectory(paths: readonly string[]): string {
  const split = paths.map((path) => dirname(resolve(path)).split(sep));
  const first = split[0] ?? [];
  let length = first.length;
  for (const parts of split) {
    let same = 0;
    while (same < length && same < parts.length && parts[same] === first[same]) same += 1;
    length = same;
  }
  return first.slice(0, length).join(sep) || sep;
}

/**
 * Transpiles the jobs as one program when one of the files defines or extends classes; answers
 * undefined when none does (then each file is a program of its own, as before).
 */
export function compileProgram(
  jobs: readonly CompileJob[],
  commandLine: CommandLine,
): CompiledProgram | undefined {
  const files = jobs.map((job) => ({
    job,
    fileName: posix(relative(process.cwd(), resolve(job.source))) || job.source,
    text: readFileSync(job.source, "utf8"),
  }));
  const withClasses = files.some((file) =>
    definesClasses(
      readSmalltalkSource(file.text, { fileName: file.fileName, dialect: commandLine.dialect }).units,
    ),
  );
  if (!withClasses) return undefined;
  const root =
    commandLine.outDir === undefined
      ? commonDirectory(jobs.map((job) => job.target))
      : resolve(commandLine.outDir);
  const targetOf = new Map(files.map((file) => [file.fileName, file.job.target]));
  const program = transpileProgram(files, {
    dialect: commandLine.dialect,
    outFile: (fileName) => posix(relative(root, resolve(targetOf.get(fileName)!))),
    sourceName: (fileName) => {
      const target = targetOf.get(fileName)!;
      return posix(relative(dirname(resolve(target)), resolve(fileName)));
    },
  });
  const diagnosticsOf = (fileName: string | undefined): Diagnostic[] =>
    program.diagnostics.filter((diagnostic) => diagnostic.file === fileName);
  const results = new Map<string, TranspileResult>();
  const failed = program.modules.length === 0;
  // A file with nothing to emit (a Tonel package.st) has no module.
  const kept = files.filter(
    (file) => failed || program.modules.some((each) => each.fileName === file.fileName),
  );
  for (const file of kept) {
    const module = program.modules.find((each) => each.fileName === file.fileName);
    results.set(file.job.target, {
      code: module?.code,
      map: module?.map,
      diagnostics: diagnosticsOf(file.fileName),
    });
  }
  const keptJobs = kept.map((file) => file.job);
  const entry = program.modules.find((each) => each.fileName === undefined);
  if (entry === undefined) return { jobs: keptJobs, results };
  const target = join(root, entry.outFile);
  results.set(target, { code: entry.code, map: undefined, diagnostics: [] });
  return { jobs: [...keptJobs, { source: "", target }], results };
}
