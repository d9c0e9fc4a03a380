import { performance } from "node:perf_hooks";

/**
 * `Time millisecondClockValue`: a monotonic millisecond clock, what the waiting methods compute
 * their deadlines from.
 */
export function millisecondClockValue(): number {
  return Math.trunc(performance.now());
}
