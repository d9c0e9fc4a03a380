#!/usr/bin/env node
// A long fuzz run on the built package (dist/): `node bench/fuzz-long.mjs [cases] [seed]`
// or `FUZZ_MINUTES=10 node bench/fuzz-long.mjs`. Same mutations and checks as
// test/fuzz.test.ts, including the comparison of the fast path with the Ohm grammar
// (FUZZ_DIFFERENTIAL=0 turns it off); prints progress, the slowest case, and any failure
// (exit code 1).

import { readdirSync, readFileSync } from "node:fs";
import * as st2ts from "../dist/index.js";
import { runFuzz } from "./fuzz-lib.mjs";

const cases = Number(process.argv[2] ?? 1_000_000);
const seed = Number(process.argv[3] ?? 1);
const minutes = Number(process.env.FUZZ_MINUTES ?? 0);
const differential = process.env.FUZZ_DIFFERENTIAL !== "0";
const fixtures = new URL("../test/fixtures/", import.meta.url);
const extra = readdirSync(fixtures, { withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith(".st"))
  .map((e) => e.name)
  .sort()
  .map((name) => ({
    entry: /\.(class|trait|extension)\.st$|^package\.st$/.test(name)
      ? "readTonel"
      : name === "workspace.st"
        ? "doIt"
        : "readFileIn",
    text: readFileSync(new URL(name, fixtures), "utf8"),
  }));

const started = performance.now();
const deadline = minutes > 0 ? started + minutes * 60_000 : Number.POSITIVE_INFINITY;
let done = 0;
let batch = 0;
let slowest = 0;
let slowestInput = "";
let errors = 0;
let accepted = 0;
const failures = [];
while (done < cases && performance.now() < deadline) {
  const n = Math.min(20_000, cases - done);
  const report = runFuzz(st2ts, {
    seed: seed * 1_000_003 + batch++,
    count: n,
    extra,
    maxMillis: 2_000,
    differential,
  });
  done += n;
  errors += report.errors;
  accepted += report.accepted;
  failures.push(...report.failures);
  if (report.slowest > slowest) {
    slowest = report.slowest;
    slowestInput = report.slowestInput;
  }
  const elapsed = (performance.now() - started) / 1000;
  console.log(
    `${done} cases, ${elapsed.toFixed(0)} s, ${failures.length} failures, slowest ${slowest.toFixed(1)} ms`,
  );
  if (failures.length > 0) break;
}
const elapsed = (performance.now() - started) / 1000;
console.log(
  `done: ${done} cases${differential ? " (each compared with the Ohm engine)" : ""} (${errors} parses with errors, ${accepted} without) in ${elapsed.toFixed(0)} s; slowest case ${slowest.toFixed(1)} ms (${slowestInput.length} chars); failures: ${failures.length}`,
);
for (const f of failures.slice(0, 5))
  console.log(`FAILURE in ${f.entry}: ${f.problem}\n${JSON.stringify(f.input)}`);
process.exit(failures.length > 0 ? 1 : 0);
