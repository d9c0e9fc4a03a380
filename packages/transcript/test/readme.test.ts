import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { expect, test } from "vitest";

const packageDirectory = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(packageDirectory, "package.json"));

test("the README's example runs and prints what it shows", () => {
  const readme = readFileSync(join(packageDirectory, "README.md"), "utf8");
  const example = /## Example\s+```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(example).toBeDefined();
  const processPackage = join(
    dirname(require.resolve("@smalltalk-sockets/process/package.json")),
    "dist",
    "index.js",
  );
  const source = example!
    .replace('"@smalltalk-sockets/process"', JSON.stringify(pathToFileURL(processPackage).href))
    .replace(
      '"@smalltalk-sockets/transcript"',
      JSON.stringify(pathToFileURL(join(packageDirectory, "dist", "index.js")).href),
    );
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", source], { encoding: "utf8" });
  expect([result.stdout, result.stderr, result.status]).toEqual(["Data sent: 12\n\ndone", "", 0]);
});
