import { type Family, loopbackHost, wildcardHost } from "./endpoint.js";

let loopbackOnly = false;

/**
 * Whether binds to "every interface" go to the loopback interface instead. Squeak's `listenOn:`,
 * `listenOn:backlogSize:`, `setPort:` and Pharo's `bindToPort:` bind to every interface
 * (`0.0.0.0`); so does the kernel when a UDP socket sends before it was bound. With this set,
 * each of those binds to 127.0.0.1 (or ::1), so a program, a test suite or a benchmark never
 * accepts anything from outside the machine.
 */
export function bindsLoopbackOnly(): boolean {
  return loopbackOnly;
}

/** Sets {@link bindsLoopbackOnly}. */
export function setBindsLoopbackOnly(value: boolean): void {
  loopbackOnly = value;
}

/**
 * The host a bind of `family` goes to when it asked for `requested` (null: no interface named).
 * A wildcard becomes the loopback address while {@link bindsLoopbackOnly} holds.
 */
export function bindHost(family: Family, requested: string | null): string {
  const host = requested ?? wildcardHost(family);
  return loopbackOnly && (host === "0.0.0.0" || host === "::") ? loopbackHost(family) : host;
}
