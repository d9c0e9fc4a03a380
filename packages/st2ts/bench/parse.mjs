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

function runOurs(engine, sampler) {
  const options = { engine };
  let failures = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const r = u.kind === "method" ? parseMethod(u.source, options) : parseDoIt(u.source, options);
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
// Warm up (JIT), then alternate rounds so that machine noise hits every contender alike.
runOurs("ohm");
runOurs("fast");
runPrototype();
const times = { ohm: [], fast: [], prototype: [] };
const failures = { ohm: 0, fast: 0, prototype: 0 };
for (let i = 0; i < rounds; i++) {
  for (const engine of ["ohm", "fast"]) {
    const a = time(() => runOurs(engine));
    times[engine].push(a.ms);
    failures[engine] = a.result;
  }
  const b = time(() => runPrototype());
  times.prototype.push(b.ms);
  failures.prototype = b.result;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kbs = (name) => kb / (median(times[name]) / 1000);

// Peak heap while parsing the corpus one unit at a time (ASTs are dropped as a consumer would
// after emitting each method), above a collected baseline.
function peakHeap(run) {
  gc();
  const base = process.memoryUsage().heapUsed;
  const sampler = heapSampler();
  run(sampler);
  return sampler.peak - base;
}
const peak = {
  ohm: peakHeap((s) => runOurs("ohm", s)),
  fast: peakHeap((s) => runOurs("fast", s)),
  prototype: peakHeap((s) => runPrototype(s)),
};

// A whole fileIn of the same corpus, read in one call (every unit's AST retained).
const fileIn = corpusAsFileIn(units);
function readWhole(engine) {
  gc();
  const base = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const read = readFileIn(fileIn, { fileName: "corpus.st", engine });
  const ms = performance.now() - t0;
  return { ms, read, retained: process.memoryUsage().heapUsed - base };
}
const whole = { ohm: readWhole("ohm"), fast: readWhole("fast") };

// Latency of one typical 20-line method.
const r = makeRandom(7);
let method = "";
for (let i = 0; i < 5000; i++) {
  const m = generateMethod(r);
  if (m.split("\n").length === 20 && m.length < 900) {
    method = m;
    break;
  }
}
function latency(engine) {
  for (let i = 0; i < 300; i++) parseMethod(method, { engine });
  const samples = [];
  for (let i = 0; i < 3000; i++) {
    const t0 = performance.now();
    parseMethod(method, { engine });
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { p50: samples[samples.length >> 1] * 1000, p99: samples[Math.floor(samples.length * 0.99)] * 1000 };
}
const lat = { ohm: latency("ohm"), fast: latency("fast") };

const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const line = (label, name) =>
  `${label}: ${kbs(name).toFixed(0)} KB/s (median of ${rounds}: ${median(times[name]).toFixed(0)} ms, ${failures[name]} failures), ${(kbs(name) / kbs("prototype")).toFixed(2)}x the prototype, peak heap ${mb(peak[name])}`;
console.log(line("prototype grammar, Ohm match only (baseline)", "prototype"));
console.log(line("st2ts engine ohm  (Ohm grammar + AST + diagnostics)", "ohm"));
console.log(line("st2ts engine fast (default: fast path, Ohm fallback)", "fast"));
for (const engine of ["ohm", "fast"]) {
  const w = whole[engine];
  console.log(
    `readFileIn, one ${(fileIn.length / 1024).toFixed(0)} KB file, engine ${engine}: ${w.ms.toFixed(0)} ms (${(fileIn.length / 1024 / (w.ms / 1000)).toFixed(0)} KB/s), ${w.read.units.length} units, ${w.read.diagnostics.length} diagnostics, ${mb(w.retained)} retained with every AST`,
  );
}
for (const engine of ["ohm", "fast"]) {
  console.log(
    `one ${method.split("\n").length}-line method (${method.length} chars), engine ${engine}: median ${lat[engine].p50.toFixed(0)} µs, p99 ${lat[engine].p99.toFixed(0)} µs`,
  );
}
