// Mutation fuzzing with a fixed seed: 12,000 mutated sources (token and character deletions,
// insertions, duplications, swaps of generated methods, do-its and the fixture files), each
// through one or two entry points. Every answer must come in bounded time, never throw, and
// have only well-formed diagnostics inside the input; and the fast path must give exactly what
// the Ohm grammar gives (AST and diagnostics). bench/fuzz-long.mjs runs the same checks for as
// long as wanted.

import { readdirSync, readFileSync } from "node:fs";
import { expect, test } from "vitest";
import type { FuzzSeed } from "../bench/fuzz-lib.mjs";
import { runFuzz } from "../bench/fuzz-lib.mjs";
import * as st2ts from "../src/index.js";

const fixtures = new URL("./fixtures/", import.meta.url);

function fixtureSeeds(): FuzzSeed[] {
  // Only the front end's own fixture files (other suites keep subdirectories here).
  return readdirSync(fixtures, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".st"))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const text = readFileSync(new URL(name, fixtures), "utf8");
      const entry =
        name.endsWith(".class.st") ||
        name.endsWith(".trait.st") ||
        name.endsWith(".extension.st") ||
        name === "package.st"
          ? "readTonel"
          : name === "workspace.st"
            ? "doIt"
            : "readFileIn";
      return { entry, text } as const;
    });
}

test("12,000 mutated sources: bounded time, no throw, valid diagnostics, both engines agree", {
  timeout: 300_000,
}, () => {
  const report = runFuzz(st2ts, {
    seed: 20261128,
    count: 12_000,
    extra: fixtureSeeds(),
    maxMillis: 2_000,
    differential: true,
  });
  expect(report.failures).toEqual([]);
  // Both outcomes occur: the mutations are neither all harmless nor all fatal.
  expect(report.errors).toBeGreaterThan(1000);
  expect(report.accepted).toBeGreaterThan(1000);
});

test("hostile inputs answer diagnostics, never exceptions", () => {
  const deep = `${"(".repeat(20_000)}1${")".repeat(20_000)}`;
  const blocks = `${"[".repeat(20_000)}${"]".repeat(20_000)}`;
  for (const input of [
    deep,
    blocks,
    "#(".repeat(20_000),
    "'".repeat(100_001),
    '"'.repeat(3),
    "!".repeat(1000),
    "\u0000",
  ]) {
    for (const f of [
      st2ts.parseDoIt,
      st2ts.parseMethod,
      st2ts.readFileIn,
      st2ts.readTonel,
      st2ts.readSmalltalkSource,
    ]) {
      const r = f(input);
      for (const d of r.diagnostics) {
        expect(d.start).toBeGreaterThanOrEqual(0);
        expect(d.end).toBeLessThanOrEqual(input.length);
        expect(d.code).not.toBe("ST9001");
      }
    }
  }
  expect(st2ts.parseDoIt(deep).diagnostics.map((d) => d.code)).toEqual(["ST1012"]);
  // Not strings at all: an internal-error diagnostic, not a TypeError.
  for (const bad of [undefined, null, 42, {}, Symbol("s")]) {
    expect(st2ts.parseDoIt(bad as unknown as string).diagnostics.map((d) => d.code)).toEqual(["ST9001"]);
    expect(st2ts.readSmalltalkSource(bad as unknown as string).diagnostics.map((d) => d.code)).toEqual([
      "ST9001",
    ]);
  }
});

test("a megabyte-sized broken do-it is reported from a bounded window, as in a small one", () => {
  const big = `| a |\n${"a := a + 1. Transcript show: 'x'; cr.\n".repeat(30_000)}y := 3 + . z := 4.\n${"a foo.\n".repeat(1000)}`;
  const small = "| a |\na := a + 1.\ny := 3 + . z := 4.\n";
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const r = st2ts.parseDoIt(big, { fileName: "big.st" });
  expect(performance.now() - t0).toBeLessThan(10_000);
  expect(process.memoryUsage().heapUsed - before).toBeLessThan(1024 * 1024 * 1024);
  const expected = st2ts.parseDoIt(small, { fileName: "big.st" }).diagnostics[0]!;
  expect(r.diagnostics.map((d) => [d.code, d.message, d.line, d.column])).toEqual([
    [expected.code, expected.message, 30_002, expected.column],
  ]);
  // A broken method body too.
  const method = `foo\n${"\t^ self bar: 1.\n".repeat(10_000)}\tx := (1 + .\n`;
  const m = st2ts.parseMethod(method);
  expect(m.diagnostics.map((d) => [d.code, d.line])).toEqual([["ST1001", 10_002]]);
  // And a broken Tonel method body.
  const tonel = `Class { #name : 'A' }\nA >> foo [\n${"\t^ self bar: 1.\n".repeat(10_000)}\tx := (1 + .\n]\nA >> ok [ ^ 1 ]\n`;
  const t = st2ts.readTonel(tonel);
  expect(t.diagnostics.map((d) => [d.code, d.line])).toEqual([["ST1001", 10_003]]);
  expect(t.units.map((u) => u.kind)).toEqual(["ClassDefinition", "MethodDefinition"]);
});

test("output is deterministic", () => {
  const source = readFileSync(new URL("squeak-network.st", fixtures), "utf8");
  const json = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? `${x}n` : x));
  expect(json(st2ts.readFileIn(source))).toBe(json(st2ts.readFileIn(source)));
});
