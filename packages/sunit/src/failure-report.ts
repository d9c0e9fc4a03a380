import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Exception } from "@smalltalk-sockets/runtime";

/** A position in a Smalltalk source file. */
export interface SmalltalkPosition {
  /** The file, as the stack trace names it (a path). */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
}

const FRAME = /(?:\(|at )((?:file:\/\/)?[^\s()]+\.st):(\d+):(\d+)\)?/;

/**
 * The innermost position in a `.st` file that `stack` names: where the generated code that
 * failed came from, when the generated modules carry their source maps (st2ts `--source-map`)
 * and the stack was mapped (vitest maps it; Node does with `--enable-source-maps`).
 */
export function smalltalkPosition(stack: string | undefined): SmalltalkPosition | undefined {
  for (const line of (stack ?? "").split("\n")) {
    const match = FRAME.exec(line);
    if (match === null) continue;
    const file = match[1]!.startsWith("file://") ? fileURLToPath(match[1]!) : match[1]!;
    return { file, line: Number(match[2]), column: Number(match[3]) };
  }
  return undefined;
}

/** The source line at `position`, trimmed, if the file can be read. */
export function sourceLine(position: SmalltalkPosition): string | undefined {
  if (!existsSync(position.file)) return undefined;
  const text = readFileSync(position.file, "utf8").split(/\r\n|\r|\n/)[position.line - 1];
  return text?.trim();
}

/**
 * The JavaScript Error a test runner reports for a failed assertion: the assertion's message
 * text, then the Smalltalk position and source of the assertion when the stack names one
 * (`at EchoTest.class.st:14:3: self assert: reply equals: 'hello'`), else where the test method
 * is (`testSource`, from st2ts's `$testSources`), with the failure's stack.
 */
export function failureError(failure: Exception, testName: string, testSource?: string): Error {
  const text = String(failure.messageText());
  const position = smalltalkPosition(failure.stack);
  const line = position === undefined ? undefined : sourceLine(position);
  const where =
    position !== undefined
      ? `\n    at ${position.file}:${position.line}:${position.column}${line === undefined ? "" : `: ${line}`}`
      : testSource === undefined
        ? ""
        : `\n    in ${testName}, at ${testSource}`;
  const error = new Error(`${testName}: ${text}${where}`);
  error.name = "TestFailure";
  const frames = failure.stack?.split("\n").slice(1) ?? [];
  error.stack = [`TestFailure: ${error.message}`, ...frames].join("\n");
  return error;
}
