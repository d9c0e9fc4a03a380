#!/usr/bin/env node
// The turbo `generate` task: st2ts transpiles smalltalk/*.st into src/generated/*.ts, which are
// committed so that a reader sees the TypeScript of every example. On CI (the CI variable set) it
// writes nothing and fails when the committed output is stale: run `pnpm generate` in
// packages/examples and commit src/generated.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = fileURLToPath(new URL("dist/cli.js", import.meta.resolve("st2ts/package.json")));
const args = [cli, "smalltalk", "--out-dir", "src/generated", "--quiet"];
if (process.env.CI) args.push("--check");
const result = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
if (result.status !== 0 && process.env.CI) {
  console.error("src/generated is stale: run `pnpm generate` in packages/examples and commit it.");
}
process.exit(result.status ?? 1);
