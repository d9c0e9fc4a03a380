// Programs of several files (a Tonel package, fileIns): st2ts transpiles them together into one
// module per file plus an entry module that loads them superclass-first and runs the class-side
// initialize methods; classes of different files refer to each other (in cycles too), extend
// each other, and the whole set type-checks and runs. Also the diagnostics of class definitions.

import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { DiagnosticCode } from "../src/diagnostics.js";
import { transpile } from "../src/transpile.js";
import { transpileProgram } from "../src/transpile-program.js";
import { generatedDirectory, generateProgram, programFiles } from "./helpers/generate-program.js";
import { typeCheckDirectory } from "./helpers/type-check-directory.js";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const cli = join(packageDir, "dist/cli.js");
const scratch = mkdtempSync(join(tmpdir(), "st2ts-programs-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: readonly string[]): Promise<{ stdout: string; stderr: string; status: number }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { cwd: packageDir, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({
          stdout,
          stderr,
          status: error === null ? 0 : typeof error.code === "number" ? error.code : 1,
        });
      },
    );
  });
}

/** The errors and warnings of a program given as file name → text, as `code line:column` strings. */
function diagnosticsOf(files: Readonly<Record<string, string>>): string[] {
  const result = transpileProgram(Object.entries(files).map(([fileName, text]) => ({ fileName, text })));
  return result.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.column} ${d.severity}`);
}

describe("a Tonel package of several classes", () => {
  const files = programFiles("programs/library");

  test("one module per file (package.st has none), then the entry module, in load order", () => {
    const result = transpileProgram(files);
    expect(result.diagnostics).toEqual([]);
    expect(result.modules.map((module) => module.outFile)).toEqual([
      "Base.class.ts",
      "Derived.class.ts",
      "List.class.ts",
      "List.extension.ts",
      "Node.class.ts",
      "Object.extension.ts",
      "SortedList.class.ts",
      "main.ts",
      "index.ts",
    ]);
    expect(result.entry).toBe("index.ts");
  });

  test("modules import earlier modules only; later classes are looked up when used", () => {
    const modules = new Map(transpileProgram(files).modules.map((module) => [module.outFile, module.code]));
    // Base refers to its subclass Derived: a type-only import, and the registry at call time.
    expect(modules.get("Base.class.ts")).toContain('import type { Derived } from "./Derived.class.js";');
    expect(modules.get("Base.class.ts")).toContain('(rt.requireClass("Derived") as typeof Derived).new()');
    expect(modules.get("Derived.class.ts")).toContain('import { Base } from "./Base.class.js";');
    // List and Node refer to each other: Node (later) imports List; List reaches Node lazily.
    expect(modules.get("Node.class.ts")).toContain('import { List } from "./List.class.js";');
    expect(modules.get("List.class.ts")).not.toMatch(/^import \{[^}]*\bNode\b/m);
    // An extension of a program class of another file: added with extendClass when it loads.
    expect(modules.get("List.extension.ts")).toContain("rt.extendClass(List, {");
    expect(modules.get("List.extension.ts")).toContain("rt.extendClassSide(List, {");
    expect(modules.get("index.ts")).toContain(
      "    await Base.initialize();\n    await Derived.initialize();\n",
    );
  });

  test("the modules type-check strictly together", () => {
    generateProgram("programs/library", "library");
    expect(typeCheckDirectory(generatedDirectory("library"))).toEqual([]);
  }, 120_000);

  test("st2ts run DIR loads the classes (superclasses first) and runs the do-its", async () => {
    const expected = readFileSync(join(packageDir, "test/fixtures/programs/library.expected.txt"), "utf8");
    const result = await run(["run", "--quiet", "test/fixtures/programs/library"]);
    expect(result.stdout).toBe(expected);
    expect(result.status, result.stderr).toBe(0);
  }, 60_000);

  test("st2ts DIR --out-dir writes the modules and the entry; --check then finds them up to date", async () => {
    const out = join(scratch, "library");
    const written = await run(["test/fixtures/programs/library", "--out-dir", out, "--source-map"]);
    expect(written.status, written.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      "Base.class.ts",
      "Base.class.ts.map",
      "Derived.class.ts",
      "Derived.class.ts.map",
      "List.class.ts",
      "List.class.ts.map",
      "List.extension.ts",
      "List.extension.ts.map",
      "Node.class.ts",
      "Node.class.ts.map",
      "Object.extension.ts",
      "Object.extension.ts.map",
      "SortedList.class.ts",
      "SortedList.class.ts.map",
      "index.ts",
      "main.ts",
      "main.ts.map",
    ]);
    const map = JSON.parse(readFileSync(join(out, "Node.class.ts.map"), "utf8")) as { sources: string[] };
    expect(map.sources).toEqual([
      relative(out, join(packageDir, "test/fixtures/programs/library/Node.class.st")),
    ]);
    const checked = await run([
      "test/fixtures/programs/library",
      "--out-dir",
      out,
      "--source-map",
      "--check",
    ]);
    expect(checked.status, checked.stderr).toBe(0);
  }, 60_000);
});

describe("class definition diagnostics", () => {
  test.each([
    [
      "ST2204: files whose classes inherit from each other's",
      {
        "a.st":
          "Object subclass: #A instanceVariableNames: '' classVariableNames: '' package: 'P'!\nB subclass: #C instanceVariableNames: '' classVariableNames: '' package: 'P'!",
        "b.st": "A subclass: #B instanceVariableNames: '' classVariableNames: '' package: 'P'!",
      },
      [`${DiagnosticCode.ClassCycle} a.st:1:1 error`],
    ],
    [
      "ST2201: three selectors that need one name",
      {
        "c.st":
          "Object subclass: #C instanceVariableNames: '' classVariableNames: '' package: 'P'!\n!C methodsFor: 'x'!\natPut ^ 1!\natPut: a ^ 2!\nat: a put: b ^ 3! !",
      },
      [`${DiagnosticCode.SelectorCollision} c.st:5:1 error`],
    ],
    [
      "ST2203: a trait, nil subclass:",
      {
        "t.st":
          "Trait << #TFoo package: 'P'!\nnil subclass: #Proxy instanceVariableNames: '' classVariableNames: '' package: 'P'!",
      },
      [
        `${DiagnosticCode.UnsupportedClassDefinition} t.st:1:1 error`,
        `${DiagnosticCode.UnsupportedClassDefinition} t.st:2:1 error`,
      ],
    ],
    [
      "ST2205: super in an extension method",
      { "e.st": "!Object methodsFor: 'x'!\nfoo ^ super printString! !" },
      [`${DiagnosticCode.UnresolvedSuperSend} e.st:2:7 error`],
    ],
    [
      "ST2003, ST2202: an unknown superclass, a method for an unknown class",
      {
        "u.st":
          "Frobnicator subclass: #U instanceVariableNames: '' classVariableNames: '' package: 'P'!\n!Nowhere methodsFor: 'x'!\nfoo ^ 1! !",
      },
      [
        `${DiagnosticCode.UnknownGlobal} u.st:1:1 error`,
        `${DiagnosticCode.MethodForUnknownClass} u.st:3:1 error`,
      ],
    ],
  ])("%s", (_name, files, expected) => {
    expect(diagnosticsOf(files)).toEqual(expected);
  });

  test("a class named like a JavaScript global generated code uses is refused", () => {
    const result = transpile(
      "Object subclass: #Promise instanceVariableNames: '' classVariableNames: '' package: 'P'!",
      {
        fileName: "p.st",
      },
    );
    expect(result.code).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual([DiagnosticCode.UnsupportedClassDefinition]);
  });
});
