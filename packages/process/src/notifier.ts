import { ControlFlow, Exception } from "@smalltalk-sockets/runtime";

/**
 * Reports an error nobody handled, the way Squeak's notifier titles its window: the process, the
 * exception's class and message text, and the Smalltalk source position when one is known (the
 * first stack frame in a `.st` file: st2ts's generated code maps back to its `.st` source).
 */

let reported = 0;

/** How many unhandled errors have been reported so far (a program with any exits non-zero). */
export function unhandledErrorCount(): number {
  return reported;
}

/** What was thrown, as the notifier's title: `ZeroDivide: ...`, `TypeError: ...`. */
function describe(thrown: unknown): string {
  if (thrown instanceof Exception) return thrown.description();
  if (thrown instanceof ControlFlow) return `${thrown.constructor.name} reached the bottom of the process`;
  if (thrown instanceof Error) return `${thrown.name}: ${thrown.message}`;
  return `a JavaScript ${typeof thrown} was thrown: ${String(thrown)}`;
}

/** The first `file.st:line:column` in `thrown`'s stack, if any. */
export function smalltalkSourcePosition(thrown: unknown): string | null {
  if (!(thrown instanceof Error) || thrown.stack === undefined) return null;
  for (const line of thrown.stack.split("\n")) {
    const match = /(?:\(|at )((?:file:\/\/)?[^\s()]+\.st:\d+:\d+)\)?\s*$/.exec(line);
    if (match !== null) return match[1]!;
  }
  return null;
}

/** The report of `thrown` escaping from the process `processName` (priority `priority`). */
export function unhandledErrorReport(processName: string, priority: number, thrown: unknown): string {
  const where = smalltalkSourcePosition(thrown);
  const position = where === null ? "" : `\n    at ${where}`;
  return `Unhandled error in process '${processName}' (priority ${priority}): ${describe(thrown)}${position}\n`;
}

/** Writes the report of `thrown` to stderr and counts it. */
export function reportUnhandledError(processName: string, priority: number, thrown: unknown): void {
  reported += 1;
  process.stderr.write(unhandledErrorReport(processName, priority, thrown));
}
