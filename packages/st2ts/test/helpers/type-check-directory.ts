// Type-checks the TypeScript modules of a directory (a program st2ts generated) together, with
// the repository's strict compiler options, resolving the runtime packages from st2ts's
// node_modules (their built declarations).

import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ts = require("typescript") as typeof import("typescript");

const packageDir = fileURLToPath(new URL("../..", import.meta.url));
const baseConfig = fileURLToPath(new URL("../../../../tsconfig.base.json", import.meta.url));

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return typeScriptFiles(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

/** The diagnostics of every `.ts` file under `dir`, one per line (`file:line:column: message`). */
export function typeCheckDirectory(dir: string): string[] {
  const config = ts.readConfigFile(baseConfig, (path) => readFileSync(path, "utf8"));
  const options = ts.convertCompilerOptionsFromJson(config.config.compilerOptions, packageDir).options;
  const program = ts.createProgram(typeScriptFiles(dir), { ...options, noEmit: true, types: ["node"] });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    if (diagnostic.file === undefined || diagnostic.start === undefined) return message;
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${diagnostic.file.fileName.replace(packageDir, "")}:${line + 1}:${character + 1}: ${message}`;
  });
}
