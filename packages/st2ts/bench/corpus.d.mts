// Types for bench/corpus.mjs (plain JavaScript so that `pnpm bench` runs it with node).

/** A seeded PRNG. */
export interface Random {
  next(): number;
  int(n: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
}
export function makeRandom(seed: number): Random;
export function generateMethod(r: Random): string;
export function generateDoIt(r: Random): string;
export interface CorpusUnit {
  readonly kind: "method" | "doIt";
  readonly source: string;
  readonly category: string;
}
export function generateCorpus(seed: number, targetBytes: number): CorpusUnit[];
export function corpusAsFileIn(units: readonly CorpusUnit[], className?: string): string;
