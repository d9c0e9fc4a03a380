// No input makes st2ts emit code that does something the Smalltalk did not say: arbitrary
// string, symbol, character and comment contents come out exactly at run time, and names that
// JavaScript or TypeScript reserve work as variables. Random cases from a fixed seed.

import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { transpile } from "../src/transpile.js";
import { typeCheck } from "./helpers/type-check.js";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const require = createRequire(import.meta.url);
const directory = mkdtempSync(join(tmpdir(), "st2ts-security-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** Pieces that break naive code generators. */
const PIECES = [
  "*/",
  "/*",
  "`",
  "${",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder text itself is the test data
  "${x}",
  "}",
  "'",
  '"',
  "\\",
  "\\n",
  "\u2028",
  "\u2029",
  "\u0000",
  "\u0000" + "1",
  "\r",
  "\n",
  "\r\n",
  "\t",
  "\uD800",
  "\uDC00",
  "\uD83D\uDE00",
  "\u{10FFFF}",
  "é",
  "\u00FF",
  "\u0100",
  "</script>",
  "-->",
  "//",
  "\u007F",
  "a",
  " ",
  "!",
  "!!",
];

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomText(next: () => number): string {
  const count = Math.floor(next() * 6);
  let text = "";
  for (let index = 0; index < count; index += 1) text += PIECES[Math.floor(next() * PIECES.length)];
  return text;
}

/** The code units of `text`, as the program prints them (`asInteger` of each Character). */
function codePoints(text: string): string {
  return [...text].map((character) => character.codePointAt(0)).join(" ");
}

function run(file: string): Promise<{ stdout: string; stderr: string; status: number }> {
  return node(cli, "run", "--quiet", file);
}

function node(...args: string[]): Promise<{ stdout: string; stderr: string; status: number }> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({
        stdout,
        stderr,
        status: error === null ? 0 : typeof error.code === "number" ? error.code : 1,
      });
    });
  });
}

describe("literal contents survive exactly", () => {
  const next = random(20261128);
  const texts = Array.from({ length: 120 }, () => randomText(next));
  const printer =
    "[:s | s do: [:c | Transcript show: c asInteger printString] separatedBy: [Transcript show: ' ']. Transcript show: '|'; cr]";
  const lines: string[] = [`| print |`, `print := ${printer}.`];
  const expected: string[] = [];
  for (const text of texts) {
    const quoted = text.replaceAll("'", "''");
    lines.push(`"comment: ${text.replaceAll('"', '""')}"`);
    lines.push(`print value: '${quoted}'.`);
    expected.push(`${codePoints(text)}|`);
    if (text.length > 0) {
      lines.push(`print value: #'${quoted}' asString.`);
      expected.push(`${codePoints(text)}|`);
      const first = [...text][0]!;
      lines.push(`Transcript show: $${first} asInteger printString; show: '|'; cr.`);
      expected.push(`${first.codePointAt(0)}|`);
    }
  }
  const source = `${lines.join("\n")}\n`;

  test("the generated TypeScript type-checks", () => {
    const result = transpile(source, { fileName: "contents.st" });
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    expect(typeCheck({ "contents.ts": result.code! })).toEqual([]);
  }, 60_000);

  test("running it prints every string's, symbol's and character's code points", async () => {
    // A .st file on disk is UTF-8, which cannot hold a lone surrogate: transpile in memory and
    // run the generated JavaScript (all escapes, so it can) directly.
    const result_ = transpile(source, {
      fileName: "contents.st",
      target: "javascript",
      moduleSpecifier: (module) => pathToFileURL(require.resolve(module)).href,
    });
    const file = join(directory, "contents.mjs");
    writeFileSync(file, result_.code!);
    const result = await node(file);
    expect(result.stderr).toBe("");
    expect(result.stdout.split("\n").slice(0, -1)).toEqual(expected);
  }, 60_000);
});

describe("names JavaScript reserves work as variables", () => {
  const names = [
    "constructor",
    "__proto__",
    "prototype",
    "eval",
    "arguments",
    "await",
    "class",
    "new",
    "rt",
    "main",
    "then",
    "undefined",
    "NaN",
    "async",
    "let",
    "yield",
    "static",
  ];
  const source = [
    `| ${names.join(" ")} |`,
    ...names.map((name, index) => `${name} := ${index}.`),
    `Transcript show: {${names.join(". ")}} printString; cr.`,
    `rest := [:constructor :class | constructor + class] value: 1 value: 2.`,
    `Transcript show: rest printString; cr`,
  ].join("\n");

  test("they are renamed consistently and the program runs", async () => {
    const result = transpile(source, { fileName: "names.st" });
    expect(typeCheck({ "names.ts": result.code! })).toEqual([]);
    const file = join(directory, "names.st");
    writeFileSync(file, source);
    const run_ = await run(file);
    expect(run_.stdout).toBe(`#(${names.map((_, index) => index).join(" ")})\n3\n`);
  }, 60_000);
});
