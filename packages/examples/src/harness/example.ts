import type { Launch, Observation, Outcome } from "./program.js";

/** One example: a Smalltalk program in `smalltalk/<name>.st`, and how to check what it does. */
export interface Example {
  /** The file name without `.st` (also the name of its generated `.ts`). */
  readonly name: string;
  /** A title for the report and the README. */
  readonly title: string;
  /** What the example shows, in a sentence or two. */
  readonly shows: string;
  /** The fixed port the program listens on (the seed's 8080 and 1234), checked before it runs. */
  readonly fixedPort?: number;
  /** Why the example cannot run on this machine, or null when it can. */
  readonly unavailable?: () => Promise<string | null>;
  /** Runs the program (with the peers it needs) and answers what happened and what should have. */
  readonly run: (launch: Launch) => Promise<Outcome>;
}

/** The Observation of a program that ends well after showing `transcript`. */
export function endsWell(transcript: string, peers?: unknown): Observation {
  return peers === undefined
    ? { status: 0, transcript, errors: [] }
    : { status: 0, transcript, errors: [], peers };
}

/** A run of a program that needs nothing, expected to end well after showing `transcript`. */
export function shows(transcript: string): (launch: Launch) => Promise<Outcome> {
  return async (launch) => ({ actual: await launch().result, expected: endsWell(transcript) });
}

/** Lines joined as the Transcript shows them after `show: line; cr` for each. */
export function lines(...each: string[]): string {
  return each.map((line) => `${line}\n`).join("");
}
