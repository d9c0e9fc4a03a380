#!/usr/bin/env node
/**
 * The `st2ts` command line: a thin shell over `transpile()` (see `st2ts --help`). Diagnostics go
 * to stderr with code frames; exit status 0 when clean, 1 for errors in the Smalltalk input,
 * 2 for usage or internal errors; `st2ts run` exits with the program's status.
 *
 * @module
 */

import { compileFiles, type Output } from "./cli/compile-files.js";
import { parseCommandLine, UsageError } from "./cli/options.js";
import { runProgram } from "./cli/run-program.js";
import { USAGE, version } from "./cli/usage.js";

/** Runs the CLI with `argv` (without node and the script); answers the exit status. */
async function main(argv: readonly string[], output: Output): Promise<number> {
  try {
    const commandLine = parseCommandLine(argv);
    switch (commandLine.command) {
      case "help":
        output.out(USAGE);
        return 0;
      case "version":
        output.out(`${version()}\n`);
        return 0;
      case "run":
        return await runProgram(commandLine, output);
      case "compile":
        return compileFiles(commandLine, output);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(`st2ts: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    const detail = error instanceof Error ? error.message : String(error);
    output.err(`st2ts: internal error: ${detail}\n`);
    return 2;
  }
}

const output: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

main(process.argv.slice(2), output).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(
      `st2ts: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
