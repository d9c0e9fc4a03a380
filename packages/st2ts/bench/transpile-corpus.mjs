// Child of bench/transpile.mjs: transpiles about 1 MB of realistic Smalltalk, file by file, as
// `st2ts DIR` does: the examples, the golden files and the class fixtures of this repository (all
// valid programs), cycled until 1 MB has been transpiled; then the front end alone on the same
// files. Prints the figures as JSON: throughput, the largest heap seen after a file, max RSS.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readSmalltalkSource, transpile } from "../dist/index.js";

const TARGET_BYTES = 1024 * 1024;
const here = fileURLToPath(new URL(".", import.meta.url));
// (test/fixtures/programs holds a multi-file library, which transpiles only as a directory.)
const roots = ["../../examples/smalltalk", "../test/golden", "../test/fixtures/classes"];

function smalltalkFiles(dir) {
  const found = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...smalltalkFiles(path));
    else if (name.endsWith(".st")) found.push(path);
  }
  return found;
}

const files = roots
  .flatMap((root) => smalltalkFiles(join(here, root)))
  .map((path) => ({ path, text: readFileSync(path, "utf8") }));
const sequence = [];
for (let bytes = 0, index = 0; bytes < TARGET_BYTES; index += 1) {
  const file = files[index % files.length];
  sequence.push(file);
  bytes += file.text.length;
}
const bytes = sequence.reduce((sum, file) => sum + file.text.length, 0);

const baselineRssMB = process.resourceUsage().maxRSS / 1024;
for (const file of files) transpile(file.text, { fileName: file.path });
globalThis.gc?.();

let start = performance.now();
for (const file of sequence) readSmalltalkSource(file.text, { fileName: file.path });
const parseMs = performance.now() - start;
globalThis.gc?.();

let errors = 0;
let peakHeap = 0;
start = performance.now();
for (const file of sequence) {
  const result = transpile(file.text, { fileName: file.path });
  if (result.code === undefined) errors += 1;
  const heap = process.memoryUsage().heapUsed;
  if (heap > peakHeap) peakHeap = heap;
}
const transpileMs = performance.now() - start;

const kilobytes = bytes / 1024;
console.log(
  JSON.stringify({
    bytes,
    units: sequence.length,
    files: files.length,
    errors,
    parseKBs: kilobytes / (parseMs / 1000),
    transpileMs,
    transpileKBs: kilobytes / (transpileMs / 1000),
    peakHeapMB: peakHeap / 1024 / 1024,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    baselineRssMB,
  }),
);
