// Child of bench/transpile.mjs: transpiles the 1 MB fileIn corpus once (after a warm-up on a
// small one) and parses it with the front end alone, then prints the figures as JSON.

import { readSmalltalkSource, transpile } from "../dist/index.js";
import { corpusAsFileIn, generateCorpus } from "./corpus.mjs";

const baselineRssMB = process.resourceUsage().maxRSS / 1024;
const source = corpusAsFileIn(generateCorpus(20261128, 1024 * 1024));
const warmUp = corpusAsFileIn(generateCorpus(7, 64 * 1024));
transpile(warmUp, { fileName: "warm-up.st" });
readSmalltalkSource(warmUp, { fileName: "warm-up.st" });
globalThis.gc?.();

let start = performance.now();
const parsed = readSmalltalkSource(source, { fileName: "corpus.st" });
const parseMs = performance.now() - start;
globalThis.gc?.();

start = performance.now();
const result = transpile(source, { fileName: "corpus.st" });
const transpileMs = performance.now() - start;

const kilobytes = source.length / 1024;
console.log(
  JSON.stringify({
    bytes: source.length,
    units: parsed.units.length,
    errors: result.diagnostics.filter((diagnostic) => diagnostic.severity === "error").length,
    parseKBs: kilobytes / (parseMs / 1000),
    transpileMs,
    transpileKBs: kilobytes / (transpileMs / 1000),
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    baselineRssMB,
  }),
);
