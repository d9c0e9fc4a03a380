import { Process } from "./process.js";
import type { Program } from "./scheduler.js";

/**
 * The deadlock report: the processes of a program that are still alive when nothing can wake any
 * of them. Node emits `beforeExit` exactly then: its event loop is empty, so no timer, socket or
 * other I/O can signal a semaphore any more.
 */

function describe(process: Process): string {
  const state =
    process.$state === "waiting"
      ? `waiting in ${process.$where()}`
      : process.$state === "running"
        ? "running, awaiting JavaScript work that can no longer complete"
        : "runnable";
  return `  '${process.name()}' (priority ${process.priority()}): ${state}\n`;
}

/** The deadlock report for `program`'s live processes, or null when none is alive. */
export function deadlockReport(program: Program): string | null {
  const stuck = [...program.live].filter((each): each is Process => each instanceof Process);
  if (stuck.length === 0) return null;
  stuck.sort((a, b) => b.priority() - a.priority());
  return `Deadlock: every remaining process waits for something that nothing can signal any more:\n${stuck.map(describe).join("")}`;
}
