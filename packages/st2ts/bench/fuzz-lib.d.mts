// Types for bench/fuzz-lib.mjs.
import type { Random } from "./corpus.mjs";

export interface FuzzSeed {
  readonly entry: "method" | "doIt" | "readFileIn" | "readTonel" | "readSmalltalkSource";
  readonly text: string;
}
export interface FuzzFailure {
  readonly entry: string;
  readonly input: string;
  readonly problem: string;
}
export interface FuzzReport {
  readonly count: number;
  readonly failures: FuzzFailure[];
  readonly slowest: number;
  readonly slowestInput: string;
  readonly errors: number;
  readonly accepted: number;
}
export function canonical(value: unknown): string;
export function roughTokens(text: string): string[];
export function mutate(text: string, r: Random): string;
export function seedSources(seed: number, count: number, extra?: readonly FuzzSeed[]): FuzzSeed[];
export function checkResult(input: string, result: unknown): string | undefined;
export function runFuzz(
  st2ts: object,
  options: {
    seed: number;
    count: number;
    extra?: readonly FuzzSeed[];
    maxMillis?: number;
    differential?: boolean;
    onProgress?: (done: number) => void;
  },
): FuzzReport;
