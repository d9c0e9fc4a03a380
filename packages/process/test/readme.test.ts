import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { expect, test } from "vitest";

const packageDirectory = join(dirname(fileURLToPath(import.meta.url)), "..");

test("the README's example runs and prints the do-it's line first", () => {
  const readme = readFileSync(join(packageDirectory, "README.md"), "utf8");
  const example = /## Example\s+```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(example).toBeDefined();
  const source = example!.replace(
    '"@smalltalk-sockets/process"',
    JSON.stringify(pathToFileURL(join(packageDirectory, "dist", "index.js")).href),
  );
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", source], { encoding: "utf8" });
  expect([result.stdout, result.stderr, result.status]).toEqual(["do-it\nbackground\n", "", 0]);
});
