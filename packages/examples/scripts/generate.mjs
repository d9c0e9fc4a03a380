#!/usr/bin/env node
// The turbo `generate` task: st2ts transpiles each smalltalk/<name>.st into
// src/generated/<name>.ts, committed so that a reader sees the TypeScript of every example. Each
// file is transpiled on its own: every example is a program of its own (st2ts makes the files of
// one command line a single program as soon as one of them defines classes).
// `--check` (the lint task, and every run on CI, where the CI variable is set) writes nothing and
// fails when the committed output is stale: run `pnpm generate` in packages/examples and commit
// src/generated.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = fileURLToPath(new URL("dist/cli.js", import.meta.resolve("st2ts/package.json")));
const check = process.argv.includes("--check") || Boolean(process.env.CI);
const sources = readdirSync(join(root, "smalltalk"))
  .filter((file) => file.endsWith(".st"))
  .sort();
let failed = false;
for (const source of sources) {
  const args = [cli, join("smalltalk", source), "--out-dir", "src/generated", "--quiet"];
  if (check) args.push("--check");
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) failed = true;
}
if (failed && check) {
  console.error("src/generated is stale: run `pnpm generate` in packages/examples and commit it.");
}
process.exit(failed ? 1 : 0);
