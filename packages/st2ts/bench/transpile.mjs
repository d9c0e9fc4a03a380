// st2ts end-to-end benchmark (run after `pnpm build`): cold CLI time to transpile the seed's
// Taeumel snippet, cold `st2ts run` overhead before the program's first statement, and
// transpile throughput and memory on 1 MB of the repository's own Smalltalk. Each figure is given with a baseline
// measured in the same run: a bare `node` start, and the front end alone on the same corpus.
//
//   node bench/transpile.mjs            (or `pnpm bench:transpile`)

import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const directory = mkdtempSync(join(tmpdir(), "st2ts-bench-"));
const ROUNDS = 9;

const TAEUMEL = `| hostName port serverSocket serverProcess clientSocket |
hostName := NetNameResolver localHostName.
port := 1234.
data := 'Hello World!'.
serverSocket := Socket newTCP.
serverSocket listenOn: port.
serverProcess := [
	| receivedData |
	serverSocket waitForConnectionFor: 10 "seconds".
	Transcript showln: 'Server accepted client connection'.
	receivedData := serverSocket receiveData.
	Transcript showln: 'Data received: ', receivedData.
	serverSocket closeAndDestroy.
] newProcess.
serverProcess priority: Processor userBackgroundPriority.
serverProcess resume.
clientSocket := Socket newTCP.
clientSocket
	connectTo: (NetNameResolver addressFromString: hostName)
	port: port.
Transcript showln: 'Client connected to server'.
Transcript showln: 'Data sent: ', (clientSocket sendData: data), ' bytes'.
clientSocket closeAndDestroy.
`;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function wallTime(args) {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: "ignore" });
  if (result.status !== 0 && args[0] === cli)
    throw new Error(`st2ts ${args.join(" ")} exited with ${result.status}`);
  return performance.now() - start;
}

/** Milliseconds from spawning until the first byte on stdout. */
function timeToFirstOutput(args) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "ignore"] });
    let first;
    child.stdout.once("data", () => {
      first = performance.now() - start;
    });
    child.on("error", reject);
    child.on("close", () =>
      first === undefined ? reject(new Error(`no output from ${args.join(" ")}`)) : resolve(first),
    );
  });
}

const snippet = join(directory, "taeumel.st");
writeFileSync(snippet, TAEUMEL);
const firstStatement = join(directory, "first.st");
writeFileSync(firstStatement, "Transcript show: 'first'; cr\n");

const rows = [];
const bare = [];
const cold = [];
for (let round = 0; round < ROUNDS; round += 1) {
  bare.push(wallTime(["-e", ""]));
  cold.push(wallTime([cli, snippet, "--out-dir", directory, "--quiet"]));
}
rows.push({
  measure: "cold CLI: transpile the Taeumel snippet",
  baseline: `node start ${median(bare).toFixed(0)} ms`,
  "st2ts ms": median(cold).toFixed(0),
  ratio: `${(median(cold) / median(bare)).toFixed(2)}x`,
  target: "<= 800 ms",
  met: median(cold) <= 800 ? "yes" : "no",
});

const bareOutput = [];
const runOutput = [];
for (let round = 0; round < ROUNDS; round += 1) {
  bareOutput.push(await timeToFirstOutput(["-e", "process.stdout.write('first\\n')"]));
  runOutput.push(await timeToFirstOutput([cli, "run", "--quiet", firstStatement]));
}
rows.push({
  measure: "cold st2ts run: until the first statement's output",
  baseline: `node start ${median(bareOutput).toFixed(0)} ms`,
  "st2ts ms": median(runOutput).toFixed(0),
  ratio: `${(median(runOutput) / median(bareOutput)).toFixed(2)}x`,
  target: "<= 1200 ms",
  met: median(runOutput) <= 1200 ? "yes" : "no",
});

// Throughput in a child process, so that its peak memory (max RSS) is its own.
const throughput = spawnSync(
  process.execPath,
  ["--expose-gc", fileURLToPath(new URL("./transpile-corpus.mjs", import.meta.url))],
  {
    encoding: "utf8",
  },
);
if (throughput.status !== 0) throw new Error(throughput.stderr);
const corpus = JSON.parse(throughput.stdout);
rows.push({
  measure: `transpile ${(corpus.bytes / 1024).toFixed(0)} KB of Smalltalk (${corpus.units} files, cycling ${corpus.files})`,
  baseline: `front end alone ${corpus.parseKBs.toFixed(0)} KB/s`,
  "st2ts ms": corpus.transpileMs.toFixed(0),
  ratio: `${corpus.transpileKBs.toFixed(0)} KB/s (${(corpus.transpileKBs / corpus.parseKBs).toFixed(2)}x the front end)`,
  target: ">= 150 KB/s",
  met: corpus.transpileKBs >= 150 ? "yes" : "no",
});
rows.push({
  measure: "peak heap of that run (largest heapUsed after a file)",
  baseline: `max RSS ${corpus.maxRssMB.toFixed(0)} MB (node alone ${corpus.baselineRssMB.toFixed(0)} MB)`,
  "st2ts ms": "-",
  ratio: `${corpus.peakHeapMB.toFixed(0)} MB`,
  target: "<= 200 MB",
  met: corpus.peakHeapMB <= 200 ? "yes" : "no",
});

console.table(rows);
console.log(`(median of ${ROUNDS}; node ${process.version}; files that did not transpile: ${corpus.errors})`);
rmSync(directory, { recursive: true, force: true });
