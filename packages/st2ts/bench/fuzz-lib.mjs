// Mutation fuzzing shared by test/fuzz.test.ts (a fixed-seed CI run) and bench/fuzz-long.mjs
// (long runs): valid sources are mutated by token and character deletions, insertions,
// duplications and swaps, then every entry point must answer in bounded time with
// diagnostics positioned inside the input, and never throw.

import { generateDoIt, generateMethod, makeRandom } from "./corpus.mjs";

/** Characters that matter to the lexer, plus some that should never appear. */
const ALPHABET = [
  ..."'\"$#[](){}:;.^!|-_<>=+*/\\~@%&?,`",
  ..."0123456789",
  ..."aerxsdqEZ",
  " ",
  "\t",
  "\n",
  "\r",
  "\u0000",
  "é",
  "😀",
  "\ud800",
  "\u2028",
];

/** Pieces worth inserting whole. */
const SNIPPETS = [
  "'",
  '"',
  "$",
  "#",
  "#(",
  "#[",
  "[",
  "]",
  "(",
  ")",
  "{",
  "}",
  ":=",
  "_",
  "^",
  ";",
  ".",
  "!",
  "!!",
  "! !",
  "16r",
  "2r",
  "e-",
  "s2",
  "-",
  "--",
  "|",
  "||",
  "<primitive: 60>",
  "thisContext",
  "nil",
  "true",
  "foo:",
  "#at:put:",
  "$'",
  '$"',
  "$]",
  "']'",
  '"]"',
  "1e",
  "1.5",
  "36rZZ",
  "Object subclass: #X",
  "!X methodsFor: 'y'!",
  "Class {",
  "{ #category : 'a' }",
  "X >> y [",
  "\n",
  "\r\n",
];

/** Splits text into rough tokens (words, numbers, runs of operators, single others). */
export function roughTokens(text) {
  return text.match(/[A-Za-z_][A-Za-z0-9_]*:?|[0-9]+|[-+*/\\~<>=@%|&?,!]+|\s+|[\s\S]/gu) ?? [];
}

/** Applies 1..3 random mutations to `text`. */
export function mutate(text, r) {
  let s = text;
  const n = 1 + r.int(3);
  for (let k = 0; k < n; k++) {
    const kind = r.int(8);
    if (kind < 4) {
      const tokens = roughTokens(s);
      if (tokens.length === 0) {
        s = r.pick(SNIPPETS);
        continue;
      }
      const i = r.int(tokens.length);
      if (kind === 0) tokens.splice(i, 1);
      else if (kind === 1) tokens.splice(i, 0, r.pick(SNIPPETS));
      else if (kind === 2) tokens.splice(i, 0, tokens[r.int(tokens.length)]);
      else {
        const j = r.int(tokens.length);
        const t = tokens[i];
        tokens[i] = tokens[j];
        tokens[j] = t;
      }
      s = tokens.join("");
    } else {
      const i = r.int(s.length + 1);
      if (kind === 4) s = s.slice(0, i) + s.slice(i + 1);
      else if (kind === 5) s = s.slice(0, i) + r.pick(ALPHABET) + s.slice(i);
      else if (kind === 6 && s.length > 1) {
        const j = r.int(s.length);
        const a = s.split("");
        const t = a[i] ?? "";
        a[i] = a[j];
        a[j] = t;
        s = a.join("");
      } else s = s.slice(0, i) + s.slice(i, i + 1 + r.int(8)).repeat(2) + s.slice(i + 1 + r.int(8));
    }
  }
  return s;
}

/** Seed sources: generated methods and do-its, plus any extra files (fixtures). */
export function seedSources(seed, count, extra = []) {
  const r = makeRandom(seed);
  const seeds = [];
  for (let i = 0; i < count; i++) {
    seeds.push(
      r.chance(0.75)
        ? { entry: "method", text: generateMethod(r) }
        : { entry: "doIt", text: generateDoIt(r) },
    );
  }
  for (const e of extra) seeds.push(e);
  return seeds;
}

/**
 * Checks one result: diagnostics are well-formed and inside the input, an error means no
 * AST, and no internal error. Answers a problem description or undefined.
 */
export function checkResult(input, result) {
  const ds = result.diagnostics;
  if (!Array.isArray(ds)) return "diagnostics is not an array";
  for (const d of ds) {
    if (!/^ST[0-9]{4}$/.test(d.code)) return `bad code ${d.code}`;
    if (d.code.startsWith("ST9")) return `internal error: ${d.message}`;
    if (d.severity !== "error" && d.severity !== "warning") return `bad severity ${d.severity}`;
    if (!(Number.isInteger(d.start) && Number.isInteger(d.end))) return "non-integer offsets";
    if (d.start < 0 || d.end < d.start || d.end > input.length)
      return `offsets ${d.start}..${d.end} outside 0..${input.length}`;
    if (!(d.line >= 1 && d.column >= 1 && d.endLine >= d.line))
      return `bad line/column ${d.line}:${d.column}`;
    if (typeof d.message !== "string" || d.message.length === 0) return "empty message";
  }
  const hasError = ds.some((d) => d.severity === "error");
  if ("ast" in result) {
    if (hasError && result.ast !== undefined) return "an AST despite an error";
    if (!hasError && result.ast === undefined) return "no AST and no error";
  } else if (!Array.isArray(result.units)) return "units is not an array";
  return undefined;
}

/** A canonical JSON text of a result (bigints tagged, object keys sorted). */
export function canonical(value) {
  return JSON.stringify(value, (_key, v) => {
    if (typeof v === "bigint") return `${v}n`;
    if (v !== null && typeof v === "object" && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, v[k]]),
      );
    }
    return v;
  });
}

/**
 * Runs `count` cases from `seed` against the API `st2ts` (the package's exports). Answers
 * statistics and the first few failures; `maxMillis` bounds one case.
 */
export function runFuzz(
  st2ts,
  { seed, count, extra = [], maxMillis = 2000, differential = false, onProgress },
) {
  const r = makeRandom(seed);
  const seeds = seedSources(seed ^ 0x5eed, 64, extra);
  const failures = [];
  let slowest = 0;
  let slowestInput = "";
  let errors = 0;
  let accepted = 0;
  for (let i = 0; i < count; i++) {
    const s = r.pick(seeds);
    const input = mutate(s.text, r);
    const entries =
      s.entry === "method"
        ? ["parseMethod", r.chance(0.2) ? "readSmalltalkSource" : "parseDoIt"]
        : s.entry === "doIt"
          ? ["parseDoIt"]
          : [s.entry, "readSmalltalkSource"];
    for (const entry of entries) {
      const t0 = performance.now();
      let result;
      const options = { fileName: "fuzz.st", dialect: r.chance(0.1) ? "squeak" : "pharo" };
      try {
        result = st2ts[entry](input, options);
        if (differential) {
          // The fast path and the Ohm grammar (the specification) must agree exactly.
          const spec = st2ts[entry](input, { ...options, engine: "ohm" });
          if (canonical(spec) !== canonical(result)) {
            failures.push({
              entry,
              input,
              problem: `engines differ:\nohm:  ${canonical(spec)}\nfast: ${canonical(result)}`,
            });
          }
        }
      } catch (e) {
        failures.push({ entry, input, problem: `threw ${e?.stack ?? e}` });
        continue;
      }
      const dt = performance.now() - t0;
      if (dt > slowest) {
        slowest = dt;
        slowestInput = input;
      }
      const problem = dt > maxMillis ? `took ${dt.toFixed(0)} ms` : checkResult(input, result);
      if (problem !== undefined && failures.length < 20) failures.push({ entry, input, problem });
      if (result.diagnostics.some((d) => d.severity === "error")) errors++;
      else accepted++;
    }
    if (onProgress && i % 10000 === 0) onProgress(i);
  }
  return { count, failures, slowest, slowestInput, errors, accepted };
}
