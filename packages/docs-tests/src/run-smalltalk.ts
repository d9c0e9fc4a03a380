/**
 * Runs a Smalltalk program the way a reader would: `node st2ts/dist/cli.js run FILE.st` in a
 * directory of its own, as a child process (with a preload that keeps its sockets on loopback).
 *
 * @module
 */

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { type RunResult, run } from "./child-process.js";
import { PACKAGE } from "./repository.js";
import type { Dialect } from "./snippets.js";

/** The preload that keeps every snippet on loopback (`Socket bindsLoopbackOnly: true`). */
export const LOOPBACK_PRELOAD = pathToFileURL(join(PACKAGE, "preload", "loopback.mjs")).href;

/** The st2ts command line script this package depends on. */
export const CLI = join(
  dirname(createRequire(import.meta.url).resolve("st2ts/package.json")),
  "dist",
  "cli.js",
);

/** Options of {@link runSmalltalk}. */
export interface RunOptions {
  readonly dialect: Dialect;
  /** The file name the program is saved as (diagnostics name it). */
  readonly fileName: string;
  /** Kill the run after this many milliseconds. */
  readonly timeoutMs: number;
}

/**
 * Saves `code` as `fileName` in a new directory and runs `st2ts run` on it; the directory is taken
 * out of the paths stderr names.
 */
export async function runSmalltalk(code: string, options: RunOptions): Promise<RunResult> {
  const directory = mkdtempSync(join(tmpdir(), "docs-snippet-"));
  try {
    writeFileSync(join(directory, options.fileName), code);
    const args = [
      CLI,
      "run",
      ...(options.dialect === "pharo" ? ["--dialect", "pharo"] : []),
      options.fileName,
    ];
    const result = await run(process.execPath, args, directory, options.timeoutMs);
    return { ...result, stderr: result.stderr.split(`${directory}/`).join("") };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
