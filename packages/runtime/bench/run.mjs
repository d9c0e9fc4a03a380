// Benchmarks of the built package, each against a baseline measured in the same run:
//   1. `do:` over 10^6 Array elements with a synchronous block, against a plain `for` loop
//      calling the same block (target: within 5x);
//   2. `send` of a unary and of a keyword selector, against calling the method directly;
//   3. `onDo` when nothing is signalled, against a bare try/catch around the same call, with a
//      synchronous and with an asynchronous protected block (target: within 3x); and the sync case
//      against entering an AsyncLocalStorage context, which every on:do: does for its handler stack.
// Each case is warmed up, then the baseline and the runtime are timed alternately REPEATS times;
// the table shows the medians and their ratio.
//
// It imports `../dist/index.js`: `pnpm bench` in packages/runtime needs `pnpm build` first, which
// `npx pnpm@10.34.8 exec turbo run bench --filter=@smalltalk-sockets/runtime` does by itself
// (turbo's bench task depends on build).
import { AsyncLocalStorage } from "node:async_hooks";
import { existsSync } from "node:fs";

const DIST = new URL("../dist/index.js", import.meta.url);
if (!existsSync(DIST)) {
  process.stderr.write(
    "bench: ../dist/index.js is missing; run `pnpm build` first (turbo run bench does).\n",
  );
  process.exit(1);
}
const { OrderedCollection, StError, onDo, send } = await import(DIST.href);

const WARMUPS = 5;
const REPEATS = 15;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Milliseconds one call of `run` (which may answer a Promise) takes. */
async function once(run) {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Median milliseconds of `baseline` and of `measured`, timed alternately so that load affects both alike. */
async function timeBoth(baseline, measured) {
  for (let index = 0; index < WARMUPS; index += 1) {
    await baseline();
    await measured();
  }
  const base = [];
  const ours = [];
  for (let index = 0; index < REPEATS; index += 1) {
    base.push(await once(baseline));
    ours.push(await once(measured));
  }
  return [median(base), median(ours)];
}

let sink = 0;
const rows = [];

async function compare(name, baselineName, baseline, measured, target) {
  const [base, ours] = await timeBoth(baseline, measured);
  rows.push({ name, baselineName, base, ours, ratio: ours / base, target });
}

// 1. do: against a for loop.
const ELEMENTS = 1_000_000;
const elements = Array.from({ length: ELEMENTS }, (_, index) => index);
const add = (each) => {
  sink += each;
};
await compare(
  `Array do: (${ELEMENTS} elements, sync block)`,
  "for loop calling the block",
  () => {
    for (let index = 0; index < elements.length; index += 1) add(elements[index]);
  },
  () => {
    const answer = send(elements, "do:", add);
    if (answer instanceof Promise) throw new Error("do: with a sync block answered a Promise");
  },
  5,
);
const ordered = send(OrderedCollection, "withAll:", elements);
await compare(
  `OrderedCollection do: (${ELEMENTS} elements)`,
  "for loop calling the block",
  () => {
    for (let index = 0; index < elements.length; index += 1) add(elements[index]);
  },
  () => send(ordered, "do:", add),
  5,
);

// 2. send against a direct call.
const SENDS = 1_000_000;
const small = send(OrderedCollection, "withAll:", [1, 2, 3]);
await compare(
  `send unary (size) x${SENDS}`,
  "direct call small.size()",
  () => {
    for (let index = 0; index < SENDS; index += 1) sink += small.size();
  },
  () => {
    for (let index = 0; index < SENDS; index += 1) sink += send(small, "size");
  },
  null,
);
await compare(
  `send keyword (at:) x${SENDS}`,
  "direct call small.at(2)",
  () => {
    for (let index = 0; index < SENDS; index += 1) sink += small.at(2);
  },
  () => {
    for (let index = 0; index < SENDS; index += 1) sink += send(small, "at:", 2);
  },
  null,
);

// 3. onDo against try/catch, nothing signalled.
const GUARDED = 100_000;
const body = () => 42;
const asyncBody = async () => 42;
const handler = () => 0;
await compare(
  `onDo, sync block x${GUARDED}`,
  "try/catch around the call",
  () => {
    for (let index = 0; index < GUARDED; index += 1) {
      try {
        sink += body();
      } catch {
        sink += handler();
      }
    }
  },
  () => {
    for (let index = 0; index < GUARDED; index += 1) sink += onDo(body, StError, handler);
  },
  3,
);
await compare(
  `onDo, async block x${GUARDED}`,
  "try { await } catch around the call",
  async () => {
    for (let index = 0; index < GUARDED; index += 1) {
      try {
        sink += await asyncBody();
      } catch {
        sink += handler();
      }
    }
  },
  async () => {
    for (let index = 0; index < GUARDED; index += 1) sink += await onDo(asyncBody, StError, handler);
  },
  3,
);

// What every on:do: pays at least: entering an AsyncLocalStorage context (its handler stack).
// Last, because a second AsyncLocalStorage in use slows every later await.
const storage = new AsyncLocalStorage();
await compare(
  `onDo, sync block x${GUARDED}`,
  "AsyncLocalStorage.run around the call",
  () => {
    for (let index = 0; index < GUARDED; index += 1) sink += storage.run(index, body);
  },
  () => {
    for (let index = 0; index < GUARDED; index += 1) sink += onDo(body, StError, handler);
  },
  null,
);
const table = rows.map((row) => ({
  benchmark: row.name,
  baseline: row.baselineName,
  "baseline ms": row.base.toFixed(2),
  "runtime ms": row.ours.toFixed(2),
  ratio: `${row.ratio.toFixed(2)}x`,
  target: row.target === null ? "-" : `<= ${row.target}x`,
  met: row.target === null ? "-" : row.ratio <= row.target ? "yes" : "NO",
}));
console.table(table);
console.log(
  `(median of ${REPEATS} after ${WARMUPS} warm-ups; node ${process.version}; checksum ${sink % 97})`,
);
