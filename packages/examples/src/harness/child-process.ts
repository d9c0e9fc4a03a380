/**
 * Runs an example as the README tells a user to: `st2ts run smalltalk/<name>.st` in a child
 * process (the real CLI, which transpiles the program and runs it), with
 * `scripts/preload.mjs` loaded first to keep every socket on loopback and to define the
 * Smalltalk globals the harness passes (`SMALLTALK_GLOBALS`). Its stdout is the Transcript.
 *
 * @module
 */

import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { errorReports, type Globals, type Launch, type ProgramResult, waitForText } from "./program.js";

/** How long a child program may run before it is killed. */
const CHILD_TIMEOUT_MS = 60_000;

/** The st2ts command line's script. */
function st2tsCli(): string {
  return fileURLToPath(new URL("dist/cli.js", import.meta.resolve("st2ts/package.json")));
}

/**
 * A Launch of `smalltalk/<name>.st` of the examples package at `packageDir` through `st2ts run`.
 * The first line of each st2ts diagnostic (its warnings about the program) goes to `diagnostics`.
 */
export function launchChild(packageDir: string, name: string, diagnostics: string[] = []): Launch {
  return (globals: Globals = {}) => {
    const preload = pathToFileURL(join(packageDir, "scripts", "preload.mjs")).href;
    const child = spawn(
      process.execPath,
      ["--import", preload, st2tsCli(), "run", join("smalltalk", `${name}.st`)],
      {
        cwd: packageDir,
        env: { ...process.env, SMALLTALK_GLOBALS: JSON.stringify(globals) },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (text: string) => {
      stdout += text;
    });
    child.stderr.setEncoding("utf8").on("data", (text: string) => {
      stderr += text;
    });
    const timer = setTimeout(() => child.kill(), CHILD_TIMEOUT_MS);
    const result = new Promise<ProgramResult>((resolve) => {
      child.on("close", (code, signal) => {
        clearTimeout(timer);
        for (const line of stderr.split("\n"))
          if (/^\S+:\d+:\d+: (warning|error) ST\d+:/.test(line)) diagnostics.push(line);
        const killed = signal === null ? [] : [`killed by ${signal} after ${CHILD_TIMEOUT_MS / 1000} s`];
        resolve({ status: code ?? -1, transcript: stdout, errors: [...errorReports(stderr), ...killed] });
      });
    });
    return { waitForTranscript: (text) => waitForText(() => stdout, result, text), result };
  };
}
