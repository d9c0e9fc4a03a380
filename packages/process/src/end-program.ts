/**
 * Ends the Node process with `status` (what `runMain` answered) once a program is over,
 * after the Transcript text still buffered has been shown and stdout and stderr have taken every
 * byte written to them.
 *
 * A program is over when none of its processes can run any more. What it left open can no longer
 * be used by anybody, but would keep Node's event loop alive for ever: the Taeumel snippet's
 * listening socket, say, once its server process has failed in `waitForConnectionFor:`. (Squeak's
 * image lives on, and finalization destroys such a socket once it is garbage.) Transpiled
 * programs and `st2ts run` end this way:
 *
 * ```ts
 * void runMain(main).then(endProgram);
 * ```
 */
export function endProgram(status: number): void {
  process.exitCode = status;
  // The Transcript shows buffered text on the next turn of the event loop: after that one.
  setImmediate(() => {
    process.stdout.write("", () => {
      process.stderr.write("", () => process.exit(status));
    });
  });
}
