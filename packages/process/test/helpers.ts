import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** Runs `test/fixtures/<name>` (a program on the built dist) with Node; answers its output and status. */
export function runFixture(name: string, nodeOptions: readonly string[] = []) {
  const result = spawnSync(process.execPath, [...nodeOptions, join(here, "fixtures", name)], {
    encoding: "utf8",
    timeout: 60_000,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}
