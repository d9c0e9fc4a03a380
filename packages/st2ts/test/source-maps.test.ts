// The source map leads from each statement and send of the generated TypeScript back to the
// Smalltalk source, and stack traces of a failing program name .st positions.

import { SourceMap } from "node:module";
import { describe, expect, test } from "vitest";
import { transpile } from "../src/transpile.js";

const source = [
  "| sum |",
  "sum := 0.",
  "1 to: 3 do: [:i |",
  "\tsum := sum + i].",
  "Transcript show: sum printString;",
  "\tcr.",
  "^ sum",
].join("\n");

/** The Smalltalk position (1-based line and column) the map gives for the first occurrence of `text`. */
function originalOf(code: string, map: SourceMap, text: string): { line: number; column: number } {
  const offset = code.indexOf(text);
  expect(offset, text).toBeGreaterThanOrEqual(0);
  const before = code.slice(0, offset).split("\n");
  const line = before.length - 1;
  const column = before[before.length - 1]!.length;
  const entry = map.findEntry(line, column) as { originalLine: number; originalColumn: number };
  return { line: entry.originalLine + 1, column: entry.originalColumn + 1 };
}

describe("source maps", () => {
  const result = transpile(source, { fileName: "sum.st", outFile: "sum.ts" });
  const code = result.code!;
  const map = new SourceMap(result.map as unknown as ConstructorParameters<typeof SourceMap>[0]);

  test("name the Smalltalk file", () => {
    expect(result.map?.sources).toEqual(["sum.st"]);
    expect(result.map?.sourcesContent).toEqual([source]);
  });

  test.each([
    ["sum = 0;", 2, 1],
    ["sum = rt.add(sum, i);", 4, 2],
    ["rt.add(sum, i)", 4, 13],
    ["await Transcript.show(", 5, 12],
    ["Transcript.cr()", 6, 2],
    ["return sum;", 7, 1],
  ])("%s comes from line %i, column %i", (text, line, column) => {
    expect(originalOf(code, map, text)).toEqual({ line, column });
  });
});
