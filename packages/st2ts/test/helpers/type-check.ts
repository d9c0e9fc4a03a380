// Type-checks generated TypeScript with the repository's strict compiler options, resolving the
// runtime packages from st2ts's node_modules (their built declarations), entirely in memory.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ts = require("typescript") as typeof import("typescript");

const packageDir = fileURLToPath(new URL("../..", import.meta.url));
const baseConfig = fileURLToPath(new URL("../../../../tsconfig.base.json", import.meta.url));

function compilerOptions(): import("typescript").CompilerOptions {
  const config = ts.readConfigFile(baseConfig, (path) => readFileSync(path, "utf8"));
  const parsed = ts.convertCompilerOptionsFromJson(config.config.compilerOptions, packageDir);
  return { ...parsed.options, noEmit: true, types: ["node"] };
}

/** The diagnostics of `files` (name -> TypeScript text) compiled together, formatted one per line. */
export function typeCheck(files: Readonly<Record<string, string>>): string[] {
  const options = compilerOptions();
  const virtual = new Map(
    Object.entries(files).map(([name, text]) => [`${packageDir}test/virtual/${name}`, text]),
  );
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (path) => virtual.get(path) ?? readFile(path);
  host.fileExists = (path) => virtual.has(path) || fileExists(path);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (path, language, onError, create) => {
    const text = virtual.get(path);
    return text === undefined
      ? getSourceFile(path, language, onError, create)
      : ts.createSourceFile(path, text, language);
  };
  const program = ts.createProgram([...virtual.keys()], options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    if (diagnostic.file === undefined || diagnostic.start === undefined) return message;
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${diagnostic.file.fileName.replace(packageDir, "")}:${line + 1}:${character + 1}: ${message}`;
  });
}
