#!/usr/bin/env node
// The two Quick start commands of README.md: `npm run examples` and `npm test`.
// Each installs the workspace with a pinned pnpm fetched through npx (no global pnpm, no corepack),
// then runs turbo. `test` ends with the line `N passed, N failed` summed over every package's
// vitest JSON report and exits non-zero on any failure.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const PNPM = ["-y", "pnpm@10.34.8"];
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" };

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function pnpm(...args) {
  return run("npx", [...PNPM, ...args]);
}

function install() {
  const status = pnpm("install", "--frozen-lockfile", "--prefer-offline");
  if (status !== 0) process.exit(status);
}

function reportPaths() {
  const packages = join(root, "packages");
  return readdirSync(packages)
    .filter((name) => existsSync(join(packages, name, "package.json")))
    .map((name) => ({ name, file: join(packages, name, ".vitest", "results.json") }));
}

function test() {
  install();
  for (const { file } of reportPaths()) rmSync(file, { force: true });
  const status = pnpm(
    "exec",
    "turbo",
    "run",
    "check",
    "lint",
    "typecheck",
    "build",
    "test",
    "--continue",
    "--concurrency=2",
  );
  let passed = 0;
  let failed = 0;
  for (const { name, file } of reportPaths()) {
    const manifest = JSON.parse(readFileSync(join(root, "packages", name, "package.json"), "utf8"));
    if (!manifest.scripts?.test) continue;
    if (!existsSync(file)) {
      console.error(`${name}: no test report (its test task did not complete)`);
      failed += 1;
      continue;
    }
    const report = JSON.parse(readFileSync(file, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (report.numTotalTests === 0) {
      console.error(`${name}: ran no test`);
      failed += 1;
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(status !== 0 || failed > 0 || passed === 0 ? 1 : 0);
}

function examples() {
  install();
  const status = pnpm("exec", "turbo", "run", "build", "--concurrency=2", "--output-logs=errors-only");
  if (status !== 0) process.exit(status);
  process.exit(pnpm("--filter", "@smalltalk-sockets/examples", "run", "examples"));
}

const command = process.argv[2];
if (command === "test") test();
else if (command === "examples") examples();
else {
  console.error("usage: node scripts/run.mjs test|examples");
  process.exit(2);
}
