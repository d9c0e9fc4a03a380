#!/usr/bin/env node
// `pnpm bench` (node --expose-gc bench/parse.mjs [targetBytes]): parser throughput on a ~1 MB
// corpus of generated networking-style methods and do-its (bench/corpus.mjs, fixed seed),
// parsed one method / do-it at a time with the built package (dist/), against the plain
// prototype grammar of the reference (bench/prototype.ohm, Ohm match only, no AST) measured
// in the same run. Also: peak heap, the latency of one 20-line method, and a whole-file
// fileIn read of the same corpus.

import { readFileSync } from "node:fs";
import * as ohm from "ohm-js";
import { parseDoIt, parseMethod, readFileIn } from "../dist/index.js";
import { corpusAsFileIn, generateCorpus, generateMethod, makeRandom } from "./corpus.mjs";

const targetBytes = Number(process.argv[2] ?? 1_000_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const gc = globalThis.gc ?? (() => {});

const prototype = ohm.grammar(readFileSync(new URL("./prototype.ohm", import.meta.url), "utf8"));
const units = generateCorpus(20261128, targetBytes);
const bytes = units.reduce((n, u) => n + u.source.length, 0);
const kb = bytes / 1024;

function heapSampler() {
  let peak = 0;
  return {
    sample() {
      const h = process.memoryUsage().heapUsed;
      if (h > peak) peak = h;
    },
    get peak() {
      return peak;
    },
  };
}

function runOurs(sampler) {
  let failures = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const r = u.kind === "method" ? parseMethod(u.source) : parseDoIt(u.source);
    if (r.ast === undefined) failures++;
    if (sampler && (i & 15) === 0) sampler.sample();
  }
  return failures;
}

function runPrototype(sampler) {
  let failures = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (prototype.match(u.source, u.kind === "method" ? "Method" : "DoIt").failed()) failures++;
    if (sampler && (i & 15) === 0) sampler.sample();
  }
  return failures;
}

function time(fn) {
  gc();
  const t0 = performance.now();
  const result = fn();
  return { ms: performance.now() - t0, result };
}

console.log(
  `corpus: ${units.length} units (${units.filter((u) => u.kind === "doIt").length} do-its), ${kb.toFixed(0)} KB`,
);
// Warm up both (JIT), then alternate rounds so that machine noise hits both alike.
runOurs();
runPrototype();
const ours = [];
const proto = [];
let ourFailures = 0;
let protoFailures = 0;
for (let i = 0; i < rounds; i++) {
  const a = time(() => runOurs());
  ours.push(a.ms);
  ourFailures = a.result;
  const b = time(() => runPrototype());
  proto.push(b.ms);
  protoFailures = b.result;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const oursKBs = kb / (median(ours) / 1000);
const protoKBs = kb / (median(proto) / 1000);

// Peak heap while parsing the corpus one unit at a time (ASTs are dropped as a consumer would
// after emitting each method), measured from a collected baseline.
gc();
const base = process.memoryUsage().heapUsed;
const sampler = heapSampler();
runOurs(sampler);
const peakOurs = sampler.peak - base;
gc();
const base2 = process.memoryUsage().heapUsed;
const sampler2 = heapSampler();
runPrototype(sampler2);
const peakProto = sampler2.peak - base2;

// A whole fileIn of the same corpus, read in one call (every unit's AST retained).
const fileIn = corpusAsFileIn(units);
gc();
const base3 = process.memoryUsage().heapUsed;
const t3 = performance.now();
const read = readFileIn(fileIn, { fileName: "corpus.st" });
const fileInMs = performance.now() - t3;
const retained = process.memoryUsage().heapUsed - base3;

// Latency of one typical 20-line method.
const r = makeRandom(7);
let method = "";
for (let i = 0; i < 500 && method.split("\n").length !== 20; i++) method = generateMethod(r);
for (let i = 0; i < 200; i++) parseMethod(method);
const samples = [];
for (let i = 0; i < 2000; i++) {
  const t0 = performance.now();
  parseMethod(method);
  samples.push(performance.now() - t0);
}
const p50 = median(samples) * 1000;
const p99 = [...samples].sort((a, b) => a - b)[Math.floor(samples.length * 0.99)] * 1000;

const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
console.log(
  `st2ts (parse + AST + diagnostics): ${oursKBs.toFixed(0)} KB/s (median of ${rounds}: ${median(ours).toFixed(0)} ms; ${ourFailures} failures)`,
);
console.log(
  `prototype grammar (Ohm match only): ${protoKBs.toFixed(0)} KB/s (median of ${rounds}: ${median(proto).toFixed(0)} ms; ${protoFailures} failures)`,
);
console.log(`ratio st2ts / prototype: ${(oursKBs / protoKBs).toFixed(2)}x (target >= 2x)`);
console.log(
  `peak heap above baseline, one unit at a time: st2ts ${mb(peakOurs)}, prototype ${mb(peakProto)} (target <= 100 MB)`,
);
console.log(
  `readFileIn of the corpus as one ${(fileIn.length / 1024) | 0} KB file: ${fileInMs.toFixed(0)} ms (${(fileIn.length / 1024 / (fileInMs / 1000)).toFixed(0)} KB/s), ${read.units.length} units, ${read.diagnostics.length} diagnostics, ${mb(retained)} retained with all ASTs`,
);
console.log(
  `one ${method.split("\n").length}-line method (${method.length} chars): median ${p50.toFixed(0)} µs, p99 ${p99.toFixed(0)} µs`,
);
