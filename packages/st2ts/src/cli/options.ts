/**
 * Command-line arguments (`node:util` parseArgs).
 *
 * @module
 */

import { parseArgs } from "node:util";

/** The parsed command line. */
export interface CommandLine {
  readonly command: "compile" | "run" | "help" | "version";
  readonly inputs: readonly string[];
  readonly outDir: string | undefined;
  readonly dialect: "squeak" | "pharo";
  readonly sourceMap: boolean;
  readonly check: boolean;
  readonly strict: boolean;
  readonly quiet: boolean;
  /** `st2ts run --test`: run the program's SUnit tests instead of its do-its. */
  readonly test: boolean;
}

/** A usage error: the CLI prints it with the usage line and exits with 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Parses `argv` (without node and the script). */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  let parsed: ReturnType<typeof parseWith>;
  try {
    parsed = parseWith(argv);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const dialect = values.dialect ?? "squeak";
  if (dialect !== "squeak" && dialect !== "pharo") {
    throw new UsageError(`--dialect must be squeak or pharo, not '${dialect}'`);
  }
  const base = {
    outDir: values["out-dir"],
    dialect,
    sourceMap: values["source-map"] ?? false,
    check: values.check ?? false,
    strict: values.strict ?? false,
    quiet: values.quiet ?? false,
    test: values.test ?? false,
  } as const;
  if (values.help) return { command: "help", inputs: [], ...base };
  if (values.version) return { command: "version", inputs: [], ...base };
  if (positionals[0] === "run") {
    const inputs = positionals.slice(1);
    if (inputs.length !== 1) throw new UsageError("st2ts run takes exactly one FILE.st or DIR");
    return { command: "run", inputs, ...base };
  }
  if (positionals.length === 0) throw new UsageError("no input: give one or more .st files or directories");
  return { command: "compile", inputs: positionals, ...base };
}

function parseWith(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      "out-dir": { type: "string" },
      dialect: { type: "string" },
      "source-map": { type: "boolean" },
      check: { type: "boolean" },
      strict: { type: "boolean" },
      quiet: { type: "boolean" },
      test: { type: "boolean" },
      version: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}
