/**
 * `st2ts run DIR` and `st2ts run --test FILE|DIR`: transpiles a program of one or more files in
 * memory to JavaScript modules (imports pointing at the runtime packages st2ts was installed
 * with), writes them to a temporary directory with their source maps, loads the entry module,
 * and runs its `main()` as Squeak runs a fileIn, or, with `--test`, its SUnit tests.
 *
 * @module
 */

import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { formatDiagnostic, hasErrors } from "../diagnostics.js";
import { transpileProgram } from "../transpile-program.js";
import { type Output, smalltalkFilesUnder } from "./compile-files.js";
import type { CommandLine } from "./options.js";

interface ProgramModule {
  main(): Promise<unknown>;
  initializeClasses?(): Promise<void>;
}

interface ProcessPackage {
  runMain(body: () => unknown, options?: { name?: string }): Promise<number>;
  runProcess<T>(body: () => T): Promise<T>;
  endProgram(status: number): void;
}

interface TestRunCounts {
  readonly failures: number;
  readonly errors: number;
  readonly unexpectedPasses: number;
}

interface SunitPackage {
  runTestCases(sources: Iterable<unknown>, write: (line: string) => void): Promise<TestRunCounts>;
  summaryText(summary: TestRunCounts): string;
}

function posix(path: string): string {
  return path.split(sep).join("/");
}

/** Runs the program (or its tests); answers the exit status. */
export async function runModules(commandLine: CommandLine, output: Output): Promise<number> {
  const input = commandLine.inputs[0]!;
  const directory = statSync(input).isDirectory();
  const root = directory ? resolve(input) : dirname(resolve(input));
  const paths = directory ? smalltalkFilesUnder(input).map((path) => resolve(path)) : [resolve(input)];
  const files = paths.map((path) => ({
    path,
    fileName: posix(relative(process.cwd(), path)) || path,
    text: readFileSync(path, "utf8"),
  }));
  const outFileOf = new Map(
    files.map((file) => [file.fileName, `${posix(relative(root, file.path)).replace(/\.st$/, "")}.js`]),
  );
  const result = transpileProgram(files, {
    dialect: commandLine.dialect,
    target: "javascript",
    entryFile: "index.js",
    outFile: (fileName) => outFileOf.get(fileName)!,
    sourceName: (fileName) => pathToFileURL(files.find((file) => file.fileName === fileName)!.path).href,
    moduleSpecifier: (module) => import.meta.resolve(module),
  });
  for (const diagnostic of result.diagnostics) {
    if (diagnostic.severity === "warning" && commandLine.quiet) continue;
    const text = files.find((file) => file.fileName === diagnostic.file)?.text ?? "";
    output.err(`${formatDiagnostic(diagnostic, text)}\n`);
  }
  if (hasErrors(result.diagnostics) || result.entry === undefined) return 1;
  if (commandLine.strict && result.diagnostics.length > 0) return 1;
  const runtime = (await import(import.meta.resolve("@smalltalk-sockets/runtime"))) as {
    setDialect(dialect: "squeak" | "pharo"): void;
  };
  runtime.setDialect(commandLine.dialect);
  const { runMain, runProcess, endProgram } = (await import(
    import.meta.resolve("@smalltalk-sockets/process")
  )) as ProcessPackage;
  const temporary = mkdtempSync(join(tmpdir(), "st2ts-run-"));
  let program: ProgramModule;
  try {
    writeFileSync(join(temporary, "package.json"), '{ "type": "module" }\n');
    for (const module of result.modules) {
      const path = join(temporary, module.outFile);
      mkdirSync(dirname(path), { recursive: true });
      const map =
        module.map === undefined
          ? ""
          : `//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify(module.map)).toString("base64")}\n`;
      writeFileSync(path, `${module.code}${map}`);
    }
    process.setSourceMapsEnabled(true);
    program = (await import(pathToFileURL(join(temporary, result.entry)).href)) as ProgramModule;
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
  let status: number;
  if (commandLine.test) {
    const sunit = (await import(import.meta.resolve("@smalltalk-sockets/sunit"))) as SunitPackage;
    await runProcess(() => program.initializeClasses?.());
    const summary = await sunit.runTestCases([program], (line) => output.out(`${line}\n`));
    output.out(`${sunit.summaryText(summary)}\n`);
    status = summary.failures + summary.errors + summary.unexpectedPasses > 0 ? 1 : 0;
  } else {
    status = await runMain(() => program.main(), { name: "main" });
  }
  // The program is over: Node ends even if it left a socket open (a listener nobody accepts on).
  endProgram(status);
  return status;
}
