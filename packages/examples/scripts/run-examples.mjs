#!/usr/bin/env node
// `npm run examples` (the README's main job): transpiles and runs every example with the real
// CLI (`st2ts run smalltalk/<name>.st`, one child process each, one at a time, so that the
// snippets on fixed ports never meet), starts the peers each one needs on loopback, and prints
// each example's name, its Transcript output and whether it behaved as expected. Exits 1 when any
// example misbehaves (2 for an unknown example name). `node scripts/run-examples.mjs NAME...`
// runs only those. A snippet's fixed port (8080, 1234) that is in use is waited for, 30 s or
// EXAMPLES_PORT_WAIT_MS milliseconds.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { examples, failed, launchChild, PORT_WAIT_MS, reportOf, runExample } from "../dist/index.js";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !examples.some((example) => example.name === name));
if (unknown.length > 0) {
  console.error(
    `unknown example: ${unknown.join(", ")}\nexamples: ${examples.map((each) => each.name).join(", ")}`,
  );
  process.exit(2);
}
const portWaitMs = Number(process.env.EXAMPLES_PORT_WAIT_MS ?? PORT_WAIT_MS);
const chosen = wanted.length === 0 ? examples : examples.filter((example) => wanted.includes(example.name));

console.log(
  `SmalltalkSockets examples: ${chosen.length} Smalltalk programs, each transpiled and run by st2ts on loopback\n`,
);
let failures = 0;
let skipped = 0;
for (const example of chosen) {
  const diagnostics = [];
  const verdict = await runExample(example, launchChild(packageDir, example.name, diagnostics), portWaitMs);
  if (failed(verdict)) failures += 1;
  if (verdict.kind === "skipped") skipped += 1;
  console.log(reportOf(example, verdict, diagnostics));
}
const passed = chosen.length - failures - skipped;
console.log(`${passed} as expected, ${failures} failed, ${skipped} skipped`);
process.exit(failures > 0 ? 1 : 0);
