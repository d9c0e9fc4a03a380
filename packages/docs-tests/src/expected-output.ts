/**
 * How a run's output is compared with the output block a page shows: a code block cannot show
 * whether the text ends with a newline, so one is added when missing; stderr's code frames end
 * some lines with spaces that editors strip, and diagnostics end with an empty line, so trailing
 * blanks and empty lines at the end are dropped there.
 *
 * @module
 */

/** stdout as an output block shows it: ending with a newline unless empty. */
export function shownStdout(text: string): string {
  return text === "" || text.endsWith("\n") ? text : `${text}\n`;
}

/** stderr as an output block shows it: like stdout, without blanks at the ends of lines or of the text. */
export function shownStderr(text: string): string {
  return shownStdout(text.replace(/[ \t]+$/gm, "").replace(/\n+$/, ""));
}

/** The fixed ports a Smalltalk program listens on or connects to (`port := 1234`, `listenOn: 8080`). */
export function fixedPorts(code: string): number[] {
  const ports = [...code.matchAll(/(?:port\s*:=|listenOn:|setPort:|port:)\s*(\d+)/g)].map((match) =>
    Number(match[1]),
  );
  return [...new Set(ports.filter((port) => port > 0))];
}
