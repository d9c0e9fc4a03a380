// Benchmarks of the built package (`pnpm build` first): a process switch and a Semaphore
// signal/wait round trip, against baselines measured in the same run: a bare `await` hop (outside
// and inside a process, where AsyncLocalStorage's promise hooks are active) and the same round
// trip between two async functions handing a token through plain Promises. Best of REPEATS.
import { fork, Processor, runMain, runProcess, Semaphore } from "../dist/index.js";

const ROUNDS = 200_000;
const REPEATS = 7;

function nanosecondsPer(start, count) {
  return Number(process.hrtime.bigint() - start) / count;
}

async function bareAwaitHop() {
  const start = process.hrtime.bigint();
  for (let index = 0; index < ROUNDS; index += 1) await null;
  return nanosecondsPer(start, ROUNDS);
}

function bareAwaitHopInProcess() {
  return runProcess(bareAwaitHop);
}

/** Two async functions hand a token back and forth through plain Promises (no scheduler). */
async function plainRoundTrip() {
  let wakePing = null;
  let wakePong = null;
  const ping = () => new Promise((resolve) => (wakePing = resolve));
  const pong = () => new Promise((resolve) => (wakePong = resolve));
  let pinged = ping();
  const other = (async () => {
    for (let index = 0; index < ROUNDS; index += 1) {
      await pinged;
      pinged = ping();
      wakePong();
    }
  })();
  const start = process.hrtime.bigint();
  for (let index = 0; index < ROUNDS; index += 1) {
    const ponged = pong();
    wakePing();
    await ponged;
  }
  const elapsed = nanosecondsPer(start, ROUNDS);
  await other;
  return elapsed;
}

/** Two processes at one priority hand a token back and forth through two Semaphores. */
async function semaphoreRoundTrip() {
  let elapsed = 0;
  await runMain(async () => {
    const ping = new Semaphore();
    const pong = new Semaphore();
    await fork(async () => {
      for (let index = 0; index < ROUNDS; index += 1) {
        await ping.wait();
        await pong.signal();
      }
    });
    const start = process.hrtime.bigint();
    for (let index = 0; index < ROUNDS; index += 1) {
      await ping.signal();
      await pong.wait();
    }
    elapsed = nanosecondsPer(start, ROUNDS);
  });
  return elapsed;
}

/** Two processes at one priority yield to each other: every `yield` is one process switch. */
async function processSwitch() {
  let elapsed = 0;
  await runMain(async () => {
    await fork(async () => {
      for (let index = 0; index < ROUNDS; index += 1) await Processor.yield();
    });
    const start = process.hrtime.bigint();
    for (let index = 0; index < ROUNDS; index += 1) await Processor.yield();
    elapsed = nanosecondsPer(start, 2 * ROUNDS);
  });
  return elapsed;
}

// Before any process runs, AsyncLocalStorage's promise hooks are off: the cheapest await there is.
let pristineHop = Number.POSITIVE_INFINITY;
for (let repeat = 0; repeat < REPEATS; repeat += 1) pristineHop = Math.min(pristineHop, await bareAwaitHop());

const measures = { bareAwaitHop, bareAwaitHopInProcess, plainRoundTrip, processSwitch, semaphoreRoundTrip };
const best = Object.fromEntries(Object.keys(measures).map((name) => [name, Number.POSITIVE_INFINITY]));
for (let repeat = 0; repeat < REPEATS; repeat += 1) {
  for (const [name, measure] of Object.entries(measures)) best[name] = Math.min(best[name], await measure());
}

const ns = (value) => `${value.toFixed(1).padStart(7)} ns`;
const times = (value, base) => `${(value / base).toFixed(2)} x`;
console.log(`bare await hop (no promise hooks yet):  ${ns(pristineHop)}`);
console.log(`bare await hop (outside any process):   ${ns(best.bareAwaitHop)}`);
console.log(`bare await hop (inside a process):      ${ns(best.bareAwaitHopInProcess)}`);
console.log(`plain-Promise round trip (2 hand-offs): ${ns(best.plainRoundTrip)}`);
console.log(
  `process switch (Processor yield):       ${ns(best.processSwitch)}  = ${times(best.processSwitch, pristineHop)} the cheapest hop, ${times(best.processSwitch, best.bareAwaitHop)} a bare hop`,
);
console.log(
  `Semaphore signal/wait round trip:       ${ns(best.semaphoreRoundTrip)}  = per switch ${times(best.semaphoreRoundTrip / 2, pristineHop)} the cheapest hop, ${times(best.semaphoreRoundTrip / 2, best.bareAwaitHop)} a bare hop; ${times(best.semaphoreRoundTrip, best.plainRoundTrip)} the plain-Promise round trip`,
);
