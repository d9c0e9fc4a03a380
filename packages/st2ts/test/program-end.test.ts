// A program is over once none of its processes can run: it must end then, with its status, even
// if it left a socket open (here a listener nobody will accept on, as the Taeumel snippet's failed
// server process leaves its socket). Both ways of running a program: `st2ts run` and the
// generated module executed directly.

import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { transpile } from "../src/transpile.js";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const workspace = mkdtempSync(join(tmpdir(), "st2ts-program-end-"));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const source = `| listener |
listener := Socket newTCP.
listener listenOn: 0 backlogSize: 4 interface: #[127 0 0 1].
Transcript show: 'listening'; cr.
1 / 0`;

function node(args: readonly string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({
        status: error === null ? 0 : typeof error.code === "number" ? error.code : null,
        stdout,
        stderr,
      });
    });
  });
}

describe("a program that leaves a socket open still ends", () => {
  test("st2ts run", async () => {
    const file = join(workspace, "left-open.st");
    writeFileSync(file, source);
    const result = await node([cli, "run", file]);
    expect([result.status, result.stdout]).toEqual([1, "listening\n"]);
    expect(result.stderr).toContain("ZeroDivide");
  });

  test("the generated module, executed directly", async () => {
    const { code } = transpile(source, {
      fileName: "left-open.st",
      target: "javascript",
      moduleSpecifier: (module) => import.meta.resolve(module),
    });
    const file = join(workspace, "left-open.mjs");
    writeFileSync(file, code!);
    const result = await node([file]);
    expect([result.status, result.stdout]).toEqual([1, "listening\n"]);
    expect(result.stderr).toContain("ZeroDivide");
  });
});
