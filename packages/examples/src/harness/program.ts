/**
 * What the harness knows about one run of an example program, however it runs: in this process
 * (the tests) or as a child process through `st2ts run` (the runner).
 *
 * @module
 */

/** A Smalltalk global value passed to a program (`Smalltalk at: #ServerPort`): JSON data. */
export type GlobalValue = string | number | readonly number[];

/** The Smalltalk globals a program finds with `Smalltalk at:`, by name. */
export type Globals = Readonly<Record<string, GlobalValue>>;

/** What a program run showed: its exit status, its Transcript output and its unhandled errors. */
export interface ProgramResult {
  /** The exit status: 0 when every process ended well, 1 after an unhandled error or a deadlock. */
  readonly status: number;
  /** Everything the program showed on the Transcript. */
  readonly transcript: string;
  /** The first line of each unhandled-error (or deadlock) report, in order. */
  readonly errors: readonly string[];
}

/** A program that is running. */
export interface ProgramRun {
  /** Resolves once the Transcript shows `text`; rejects if the program ends or 20 s pass first. */
  waitForTranscript(text: string): Promise<void>;
  /** What the run showed, once the program is over. */
  readonly result: Promise<ProgramResult>;
}

/** Starts the example program with `globals` defined. */
export type Launch = (globals?: Globals) => ProgramRun;

/** What a run showed, with what its peers (servers and clients the harness ran) saw. */
export interface Observation extends ProgramResult {
  /** What the peers saw (requests, bytes), when the example has peers. */
  readonly peers?: unknown;
}

/** What an example did, and what it should have done. */
export interface Outcome {
  readonly actual: Observation;
  readonly expected: Observation;
}

/** How long {@link ProgramRun.waitForTranscript} waits. */
export const TRANSCRIPT_WAIT_MS = 20_000;

/** The first line of each unhandled-error or deadlock report in `stderr`. */
export function errorReports(stderr: string): string[] {
  return stderr
    .split("\n")
    .filter((line) => line.startsWith("Unhandled error in process") || line.startsWith("Deadlock:"));
}

/**
 * A {@link ProgramRun.waitForTranscript} over a Transcript that `read` answers: polls it until
 * `text` appears; gives up when `ended` settles first or after {@link TRANSCRIPT_WAIT_MS}.
 */
export async function waitForText(read: () => string, ended: Promise<unknown>, text: string): Promise<void> {
  let over = false;
  void ended.finally(() => {
    over = true;
  });
  const deadline = Date.now() + TRANSCRIPT_WAIT_MS;
  while (!read().includes(text)) {
    if (over) throw new Error(`the program ended without showing ${JSON.stringify(text)}:\n${read()}`);
    if (Date.now() > deadline)
      throw new Error(`the program did not show ${JSON.stringify(text)} within 20 s:\n${read()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
