/**
 * `st2ts FILE|DIR...`: transpiles files and writes (or, with `--check`, verifies) the generated
 * TypeScript next to them or under `--out-dir`.
 *
 * @module
 */

import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { formatDiagnostic } from "../diagnostics.js";
import { transpile } from "../transpile.js";
import { compileProgram } from "./compile-program.js";
import type { CommandLine } from "./options.js";
import { UsageError } from "./options.js";

/** Where the CLI writes: stdout and stderr, injectable for tests. */
export interface Output {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

interface Job {
  readonly source: string;
  readonly target: string;
}

function posix(path: string): string {
  return path.split(sep).join("/");
}

/** The `.st` files below `dir`, sorted by path (hidden directories and node_modules skipped). */
export function smalltalkFilesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...smalltalkFilesUnder(path));
    else if (entry.name.endsWith(".st")) found.push(path);
  }
  return found;
}

function targetName(file: string): string {
  return `${file.endsWith(".st") ? file.slice(0, -3) : file}.ts`;
}

/** The files to transpile and where each one's output goes. */
function jobsFor(inputs: readonly string[], outDir: string | undefined): Job[] {
  const jobs: Job[] = [];
  for (const input of inputs) {
    if (!existsSync(input)) throw new UsageError(`no such file or directory: ${input}`);
    if (statSync(input).isDirectory()) {
      for (const file of smalltalkFilesUnder(input)) {
        const target =
          outDir === undefined ? targetName(file) : join(outDir, targetName(relative(input, file)));
        jobs.push({ source: file, target });
      }
    } else {
      jobs.push({
        source: input,
        target: outDir === undefined ? targetName(input) : join(outDir, targetName(basename(input))),
      });
    }
  }
  return jobs;
}

/** Runs the compile command; answers the exit status. */
export function compileFiles(commandLine: CommandLine, output: Output): number {
  const jobs = jobsFor(commandLine.inputs, commandLine.outDir);
  // Files that define classes form one program (one module each, and an entry module).
  const program = compileProgram(jobs, commandLine);
  let failed = false;
  let stale = false;
  for (const job of program?.jobs ?? jobs) {
    const text = job.source === "" ? "" : readFileSync(job.source, "utf8");
    const outFile = basename(job.target);
    const sourceName = posix(relative(dirname(resolve(job.target)), resolve(job.source)));
    const result =
      program?.results.get(job.target) ??
      transpile(text, {
        fileName: posix(relative(process.cwd(), resolve(job.source))) || job.source,
        dialect: commandLine.dialect,
        sourceName,
        outFile,
      });
    for (const diagnostic of result.diagnostics) {
      if (diagnostic.severity === "warning" && commandLine.quiet && !commandLine.strict) continue;
      output.err(`${formatDiagnostic(diagnostic, text)}\n`);
    }
    const warned = result.diagnostics.some((diagnostic) => diagnostic.severity === "warning");
    if (result.code === undefined || (commandLine.strict && warned)) {
      failed = true;
      continue;
    }
    const files: [string, string][] = [];
    if (commandLine.sourceMap && result.map !== undefined) {
      files.push([job.target, `${result.code}//# sourceMappingURL=${outFile}.map\n`]);
      files.push([`${job.target}.map`, `${JSON.stringify(result.map)}\n`]);
    } else {
      files.push([job.target, result.code]);
    }
    for (const [path, content] of files) {
      if (commandLine.check) {
        const current = existsSync(path) ? readFileSync(path, "utf8") : undefined;
        if (current !== content) {
          output.err(
            `${current === undefined ? "missing" : "stale"}: ${posix(path)} (run st2ts without --check to regenerate it)\n`,
          );
          stale = true;
        }
      } else {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, content);
        if (!commandLine.quiet) output.err(`wrote ${posix(path)}\n`);
      }
    }
  }
  return failed || stale ? 1 : 0;
}
