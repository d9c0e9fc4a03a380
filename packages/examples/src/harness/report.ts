/**
 * The runner's report: for each example its name, its Transcript output and whether it behaved
 * as expected (with what differed when it did not).
 *
 * @module
 */

import type { Example } from "./example.js";
import type { Observation } from "./program.js";
import { behavedAsExpected, type Verdict } from "./run-example.js";

function indented(text: string, prefix = "    | "): string[] {
  const body = text.endsWith("\n") ? text.slice(0, -1) : text;
  return body === "" ? ["    (nothing)"] : body.split("\n").map((line) => `${prefix}${line}`);
}

function differences(actual: Observation, expected: Observation): string[] {
  const out: string[] = [];
  if (actual.status !== expected.status)
    out.push(`  exit status ${actual.status}, expected ${expected.status}`);
  if (actual.transcript !== expected.transcript)
    out.push("  expected Transcript:", ...indented(expected.transcript));
  if (JSON.stringify(actual.errors) !== JSON.stringify(expected.errors)) {
    out.push("  expected errors:", ...indented(expected.errors.join("\n")));
  }
  if (JSON.stringify(actual.peers) !== JSON.stringify(expected.peers)) {
    out.push(
      `  the peers saw: ${JSON.stringify(actual.peers)}`,
      `  expected:      ${JSON.stringify(expected.peers)}`,
    );
  }
  return out;
}

/** The report of one example: its title, diagnostics, Transcript, errors and verdict. */
export function reportOf(example: Example, verdict: Verdict, diagnostics: readonly string[]): string {
  const out = [`== ${example.name}: ${example.title}`, `   smalltalk/${example.name}.st`];
  for (const diagnostic of diagnostics) out.push(`  st2ts: ${diagnostic}`);
  if (verdict.kind === "skipped") out.push(`  SKIPPED: ${verdict.reason}`);
  else if (verdict.kind === "blocked") out.push(`  FAILED: ${verdict.reason}`);
  else {
    const { actual, expected } = verdict.outcome;
    out.push("  Transcript:", ...indented(actual.transcript));
    if (actual.errors.length > 0) out.push("  errors reported:", ...indented(actual.errors.join("\n")));
    if (actual.peers !== undefined) out.push(`  the peers saw: ${JSON.stringify(actual.peers)}`);
    out.push(`  exit status ${actual.status}`);
    if (behavedAsExpected(verdict.outcome)) out.push(`  ok: as expected (${verdict.seconds.toFixed(1)} s)`);
    else out.push("  FAILED: not as expected", ...differences(actual, expected));
  }
  return `${out.join("\n")}\n`;
}

/** Whether the verdict counts as a failure of the run. */
export function failed(verdict: Verdict): boolean {
  return verdict.kind === "blocked" || (verdict.kind === "ran" && !behavedAsExpected(verdict.outcome));
}
