/**
 * `st2ts run FILE.st`: transpiles a program in memory to JavaScript whose imports point at the
 * runtime packages st2ts itself was installed with, loads it with source maps enabled (so stack
 * traces and unhandled-error reports name `.st` positions), and runs it as Squeak runs a do-it.
 *
 * @module
 */

import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { formatDiagnostic, hasErrors } from "../diagnostics.js";
import { transpile } from "../transpile.js";
import type { Output } from "./compile-files.js";
import type { CommandLine } from "./options.js";
import { UsageError } from "./options.js";
import { runModules } from "./run-modules.js";

interface ProgramModule {
  main(): Promise<unknown>;
}

interface ProcessPackage {
  runMain(body: () => unknown, options?: { name?: string }): Promise<number>;
  endProgram(status: number): void;
}

interface RuntimePackage {
  setDialect(dialect: "squeak" | "pharo"): void;
}

/** Runs the run command; answers the program's exit status. */
export async function runProgram(commandLine: CommandLine, output: Output): Promise<number> {
  const file = commandLine.inputs[0]!;
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  if (commandLine.test || statSync(file).isDirectory()) return await runModules(commandLine, output);
  const path = resolve(file);
  const text = readFileSync(path, "utf8");
  const result = transpile(text, {
    fileName: file,
    dialect: commandLine.dialect,
    target: "javascript",
    sourceName: pathToFileURL(path).href,
    outFile: "program.mjs",
    moduleSpecifier: (module) => import.meta.resolve(module),
  });
  for (const diagnostic of result.diagnostics) {
    if (diagnostic.severity === "warning" && commandLine.quiet) continue;
    output.err(`${formatDiagnostic(diagnostic, text)}\n`);
  }
  if (result.code === undefined || hasErrors(result.diagnostics)) return 1;
  if (commandLine.strict && result.diagnostics.length > 0) return 1;
  const runtime = (await import(import.meta.resolve("@smalltalk-sockets/runtime"))) as RuntimePackage;
  runtime.setDialect(commandLine.dialect);
  const { runMain, endProgram } = (await import(
    import.meta.resolve("@smalltalk-sockets/process")
  )) as ProcessPackage;
  const directory = mkdtempSync(join(tmpdir(), "st2ts-run-"));
  const programPath = join(directory, "program.mjs");
  const map = Buffer.from(JSON.stringify(result.map)).toString("base64");
  writeFileSync(programPath, `${result.code}//# sourceMappingURL=data:application/json;base64,${map}\n`);
  process.setSourceMapsEnabled(true);
  let program: ProgramModule;
  try {
    program = (await import(pathToFileURL(programPath).href)) as ProgramModule;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  const status = await runMain(() => program.main(), { name: "main" });
  // The program is over: Node ends even if it left a socket open (a listener nobody accepts on).
  endProgram(status);
  return status;
}
