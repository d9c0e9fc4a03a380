// Transpiles a directory of Smalltalk files (a program) into test/generated/<name>/, TypeScript
// modules with their source maps (so stack traces, and the SUnit adapter's failure reports,
// name .st positions), and answers the URL of the entry module to import.

import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { formatDiagnostics } from "../../src/diagnostics.js";
import { transpileProgram } from "../../src/transpile-program.js";

const packageDir = fileURLToPath(new URL("../..", import.meta.url));

function smalltalkFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return smalltalkFiles(path);
      return name.endsWith(".st") ? [path] : [];
    });
}

/** The program's files, named relative to the fixture directory. */
export function programFiles(fixture: string): { fileName: string; text: string }[] {
  const dir = join(packageDir, "test/fixtures", fixture);
  return smalltalkFiles(dir).map((path) => ({
    fileName: relative(dir, path),
    text: readFileSync(path, "utf8"),
  }));
}

/** The directory `generateProgram(fixture, name)` writes to. */
export function generatedDirectory(name: string): string {
  return join(packageDir, "test/generated", name);
}

/** Generates test/fixtures/<fixture> into test/generated/<name>; answers the entry module's URL. */
export function generateProgram(fixture: string, name = fixture): string {
  const source = join(packageDir, "test/fixtures", fixture);
  const target = generatedDirectory(name);
  const files = programFiles(fixture);
  const result = transpileProgram(files, {
    sourceName: (fileName, outFile) => relative(dirname(join(target, outFile)), join(source, fileName)),
  });
  if (result.entry === undefined) {
    const texts = Object.fromEntries(files.map((file) => [file.fileName, file.text]));
    const report = result.diagnostics.map((d) => formatDiagnostics([d], texts[d.file] ?? "")).join("\n");
    throw new Error(`st2ts could not transpile ${fixture}:\n${report}`);
  }
  rmSync(target, { recursive: true, force: true });
  for (const module of result.modules) {
    const path = join(target, module.outFile);
    mkdirSync(dirname(path), { recursive: true });
    const name = module.outFile.split("/").pop()!;
    const mapComment = module.map === undefined ? "" : `//# sourceMappingURL=${name}.map\n`;
    writeFileSync(path, `${module.code}${mapComment}`);
    if (module.map !== undefined) writeFileSync(`${path}.map`, JSON.stringify(module.map));
  }
  return pathToFileURL(join(target, result.entry)).href;
}
