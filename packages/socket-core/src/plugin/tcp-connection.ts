import type { Socket as NetSocket } from "node:net";
import { errnoOfError } from "./errno.js";
import { ReceiveQueue } from "./receive-queue.js";

/** What a connection tells the socket that owns it. */
export interface ConnectionEvents {
  /** Bytes arrived, the peer closed, or the connection failed: something for a reader to see. */
  readable(): void;
  /** Node's write queue has drained: room to write again. */
  writable(): void;
}

/** Events nobody listens to: a connection parked in a listener's queue until `accept` adopts it. */
export const NO_EVENTS: ConnectionEvents = { readable() {}, writable() {} };

/** Reading pauses when this many bytes wait unread (backpressure towards the sender)... */
export const RECEIVE_HIGH_WATER = 1 << 21;
/** ...and resumes when fewer than this many do. */
export const RECEIVE_LOW_WATER = 1 << 19;
/** How many bytes may wait in Node's write queue: the stand-in for the kernel's send buffer. */
export const SEND_CAPACITY = 1 << 20;

/** The zero-byte write that {@link TcpConnection.watchFlush} queues. */
const EMPTY = new Uint8Array(0);

/**
 * One TCP connection over a `net.Socket`, as the VM's plugin sees a connected file descriptor:
 * received bytes wait in a queue until read (and stay readable after the peer closed), reading
 * pauses above a high-water mark, writes are accepted while the send buffer has room.
 */
export class TcpConnection {
  readonly socket: NetSocket;
  readonly #queue = new ReceiveQueue();
  #events: ConnectionEvents;
  #ended = false;
  #errno = 0;
  #closedHere = false;
  #paused = false;
  /** Whether a zero-byte write waits to report that everything written before it has left Node. */
  #watchingFlush = false;
  /** The callback of a write queued behind others: one function for the connection. */
  readonly #wrote = () => this.#events.writable();
  readonly #flushedOut = () => {
    this.#watchingFlush = false;
    this.#events.writable();
  };

  constructor(socket: NetSocket, events: ConnectionEvents) {
    this.socket = socket;
    this.#events = events;
    socket.on("data", (chunk: Buffer) => this.#received(chunk));
    socket.on("end", () => this.#finished(0));
    socket.on("error", (error: unknown) => this.#finished(errnoOfError(error)));
    socket.on("close", () => this.#finished(0));
    socket.on("drain", () => this.#events.writable());
  }

  /** Makes `events` hear about this connection (an accepted connection gets its new socket's). */
  adopt(events: ConnectionEvents): void {
    this.#events = events;
  }

  /** The number of received bytes not yet read. */
  get available(): number {
    return this.#queue.length;
  }

  /** Whether the peer closed (or the connection failed): no byte will arrive after those queued. */
  get ended(): boolean {
    return this.#ended;
  }

  /** The errno of the failure that ended the connection (a reset, a broken pipe), 0 if none. */
  get errno(): number {
    return this.#errno;
  }

  /** Whether a write would have to wait: the connection works and its send buffer is full. */
  get wouldBlock(): boolean {
    return !this.broken && this.socket.writableLength >= SEND_CAPACITY;
  }

  /** How many more bytes the send buffer takes now. */
  get room(): number {
    return Math.max(0, SEND_CAPACITY - this.socket.writableLength);
  }

  /** Whether writing fails (the connection was reset, the pipe broke, this end closed it). */
  get broken(): boolean {
    return this.#errno !== 0 || this.#closedHere || this.socket.destroyed;
  }

  /** Moves up to `count` received bytes into `target` at `offset`; answers how many. */
  readInto(target: Uint8Array, offset: number, count: number): number {
    const moved = this.#queue.readInto(target, offset, count);
    if (this.#paused && this.#queue.length < RECEIVE_LOW_WATER) {
      this.#paused = false;
      this.socket.resume();
    }
    return moved;
  }

  /**
   * Queues `bytes` for sending. Node keeps them (it does not copy) until they are written to the
   * kernel: at once when the kernel takes them all (then `flushed` is true on return), else later.
   * A write queued behind others reports `writable` when it leaves Node (a sender waiting for room
   * goes on as soon as there is some); a write into an empty queue carries no callback, which
   * would cost every small send a tick (see {@link watchFlush}).
   */
  write(bytes: Uint8Array): void {
    if (this.socket.writableLength === 0) this.socket.write(bytes);
    else this.socket.write(bytes, this.#wrote);
  }

  /**
   * Queues the bytes of `text`, a byte string (every character below 256), one byte per
   * character: Node encodes it as it writes (`latin1`), with no Uint8Array made for it.
   */
  writeText(text: string): void {
    if (this.socket.writableLength === 0) this.socket.write(text, "latin1");
    else this.socket.write(text, "latin1", this.#wrote);
  }

  /** Whether Node holds no bytes waiting to be written (every write reached the kernel, or failed). */
  get flushed(): boolean {
    return this.broken || this.socket.writableLength === 0;
  }

  /**
   * Makes the owner hear `writable` once every byte written so far has left Node: a zero-byte
   * write, whose callback Node calls after those of the writes before it (or, after `end`, the
   * `finish` event).
   */
  watchFlush(): void {
    if (this.#watchingFlush || this.flushed) return;
    this.#watchingFlush = true;
    if (this.socket.writableEnded) this.socket.once("finish", this.#flushedOut);
    else this.socket.write(EMPTY, this.#flushedOut);
  }

  /**
   * Closes this end for good, as the VM's `close(fd)`: what was written is still sent, then FIN;
   * unread and later bytes are dropped.
   */
  close(): void {
    if (this.#closedHere) return;
    this.#closedHere = true;
    this.#queue.clear();
    const socket = this.socket;
    if (socket.destroyed) return;
    socket.resume();
    socket.end(() => socket.destroy());
  }

  /**
   * Aborts the connection (RST, as with `SO_LINGER` 0); queued bytes in both directions are lost.
   * After `close` it does nothing, as aborting a closed descriptor does in the VM (Squeak's
   * `closeAndDestroy:` closes, then aborts): the graceful close goes on (Node cannot reset a
   * socket whose shutdown has begun; trying leaves its handle open for good).
   */
  abort(): void {
    const closing = this.#closedHere;
    this.#closedHere = true;
    this.#queue.clear();
    if (!closing && !this.socket.destroyed) this.socket.resetAndDestroy();
  }

  #received(chunk: Buffer): void {
    if (this.#closedHere) return;
    this.#queue.push(chunk);
    if (!this.#paused && this.#queue.length > RECEIVE_HIGH_WATER) {
      this.#paused = true;
      this.socket.pause();
    }
    this.#events.readable();
  }

  #finished(errno: number): void {
    if (errno !== 0 && this.#errno === 0) this.#errno = errno;
    if (this.#ended && errno === 0) return;
    this.#ended = true;
    this.#events.readable();
    this.#events.writable();
  }
}
