/**
 * Runs a command as a child process and collects what it prints.
 *
 * @module
 */

import { spawn } from "node:child_process";

/** What a run printed and how it ended. */
export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  /** The exit status (null when the run was killed). */
  readonly status: number | null;
}

/** Runs `command` with `args` in `cwd`, killing it after `timeoutMs`; answers its output and status. */
export function run(
  command: string,
  args: readonly string[],
  cwd: string,
  timeoutMs: number,
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"], timeout: timeoutMs });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (status) =>
      resolve({
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
        status,
      }),
    );
  });
}
