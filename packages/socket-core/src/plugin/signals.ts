/** Something a Node event can wake: one of a Socket's Semaphores. */
export interface Signal {
  signal(): unknown;
}

/**
 * The three Semaphores a Socket gives the plugin, as the VM's `connSema`, `readSema` and
 * `writeSema`: connection events (connected, accepted, closed), data or end of data to read, room
 * to write.
 */
export interface SocketSignals {
  readonly connection: Signal;
  readonly read: Signal;
  readonly write: Signal;
}
