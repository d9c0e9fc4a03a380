import { isDeepStrictEqual } from "node:util";
import type { Example } from "./example.js";
import { waitForPort } from "./ports.js";
import type { Launch, Outcome } from "./program.js";

/** What became of an example. */
export type Verdict =
  /** It ran: `outcome` says what it did and should have done. */
  | { readonly kind: "ran"; readonly outcome: Outcome; readonly seconds: number }
  /** It cannot run on this machine (for a reason that is no fault of the example). */
  | { readonly kind: "skipped"; readonly reason: string }
  /** It could not run: its fixed port is taken, or its harness failed. */
  | { readonly kind: "blocked"; readonly reason: string };

/** Whether the example did what it should. */
export function behavedAsExpected(outcome: Outcome): boolean {
  return isDeepStrictEqual(outcome.actual, outcome.expected);
}

/** How long {@link runExample} waits for a fixed port by default. */
export const PORT_WAIT_MS = 30_000;

/**
 * Runs `example` with `launch`, once it can run here and its fixed port (if any) is free; waits
 * up to `portWaitMs` for the port.
 */
export async function runExample(
  example: Example,
  launch: Launch,
  portWaitMs = PORT_WAIT_MS,
): Promise<Verdict> {
  const unavailable = (await example.unavailable?.()) ?? null;
  if (unavailable !== null) return { kind: "skipped", reason: unavailable };
  if (example.fixedPort !== undefined) {
    const taken = await waitForPort(example.fixedPort, example.name, portWaitMs);
    if (taken !== null) return { kind: "blocked", reason: taken };
  }
  const started = performance.now();
  try {
    const outcome = await example.run(launch);
    return { kind: "ran", outcome, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    return { kind: "blocked", reason: error instanceof Error ? error.message : String(error) };
  }
}
