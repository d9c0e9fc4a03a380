// Benchmark of the built package (`pnpm build` first): `Transcript show:` of short strings into a
// MemorySink, against appending the same strings to a JavaScript string in the same run.
import { MemorySink, TranscriptStream } from "../dist/index.js";

const LINES = 200_000;
const REPEATS = 7;

function bareAppend() {
  let text = "";
  const start = process.hrtime.bigint();
  for (let index = 0; index < LINES; index += 1) text += "Data sent: 12 bytes\n";
  const elapsed = Number(process.hrtime.bigint() - start) / LINES;
  if (text.length === 0) throw new Error("nothing appended");
  return elapsed;
}

function transcriptShow() {
  const sink = new MemorySink();
  const transcript = new TranscriptStream(sink);
  const start = process.hrtime.bigint();
  for (let index = 0; index < LINES; index += 1) transcript.show("Data sent: 12 bytes\n");
  const elapsed = Number(process.hrtime.bigint() - start) / LINES;
  if (sink.contents().length === 0) throw new Error("nothing shown");
  return elapsed;
}

let append = Number.POSITIVE_INFINITY;
let show = Number.POSITIVE_INFINITY;
for (let repeat = 0; repeat < REPEATS; repeat += 1) {
  append = Math.min(append, bareAppend());
  show = Math.min(show, transcriptShow());
}
console.log(`string append:        ${append.toFixed(1).padStart(7)} ns per line`);
console.log(
  `Transcript show:      ${show.toFixed(1).padStart(7)} ns per line  = ${(show / append).toFixed(2)} x`,
);
