import { createSocket, type Socket as DatagramSocket, type RemoteInfo } from "node:dgram";
import { bindHost } from "./bind-policy.js";
import { type Endpoint, endpointOf, type Family, wildcardHost } from "./endpoint.js";
import { errnoOf, errnoOfError } from "./errno.js";
import { PrimitiveFailure } from "./primitive-failure.js";
import type { SocketSignals } from "./signals.js";
import {
  applyDatagramOption,
  optionValueOf,
  readDatagramOption,
  SocketOptions,
  SUPPORTED_OPTIONS,
} from "./socket-options.js";
import { CONNECTED, OTHER_END_CLOSED, type SocketStatus, UNCONNECTED } from "./socket-status.js";

/** A received datagram and its sender. */
interface Datagram {
  readonly data: Buffer;
  readonly sender: Endpoint;
}

/** What `receiveUDPDataInto:` reads: the byte count, the sender and its port. */
export interface DatagramReceipt {
  readonly count: number;
  readonly sender: Endpoint;
}

/** Datagrams beyond this many queued bytes are dropped, as a full kernel receive buffer drops them. */
const RECEIVE_LIMIT = 4 << 20;
/** Sends in flight beyond which `sendDone` answers false. */
const SENDS_IN_FLIGHT = 64;

/**
 * A UDP socket as the Unix VM's plugin keeps it, over `node:dgram`. UDP sockets are born
 * Connected. `setPeer:port:` sets the default destination and, as the VM `connect()`s the
 * socket, keeps only datagrams from that peer. A zero-length datagram at the head of the queue
 * reads as the end of the stream (OtherEndClosed), as the plugin's one-byte `MSG_PEEK` sees it.
 */
export class UdpHandle {
  readonly family: Family;
  readonly #signals: SocketSignals;
  readonly #options = new SocketOptions();
  readonly #socket: DatagramSocket;
  #status: SocketStatus = CONNECTED;
  #errno = 0;
  #bound = false;
  /** The bound address (asked of the OS once, when bound). */
  #local: Endpoint | null = null;
  #binding: Promise<void> | null = null;
  #queue: Datagram[] = [];
  #queuedBytes = 0;
  #peer: Endpoint | null = null;
  #connectedPeer: Endpoint | null = null;
  #inFlight = 0;
  #readArmed = false;
  #writeArmed = false;
  #closed = false;

  constructor(family: Family, signals: SocketSignals) {
    this.family = family;
    this.#signals = signals;
    this.#socket = createSocket({ type: family === 6 ? "udp6" : "udp4", reuseAddr: true });
    this.#socket.on("message", (data, info) => this.#received(data, info));
    this.#socket.on("error", (error) => {
      this.#errno = errnoOfError(error);
    });
  }

  /** The connection state (Connected from birth). */
  status(): SocketStatus {
    return this.#status;
  }

  /** The errno of the last failure (0 when none). */
  errno(): number {
    return this.#errno;
  }

  /**
   * Binds to `port` of `host` (null: every interface). With `strict` false (Squeak's `setPort:`)
   * a failing bind is ignored and the socket stays unbound, as the VM's listen primitive ignores
   * `bind()`; with `strict` true it fails.
   */
  async bind(host: string | null, port: number, strict: boolean): Promise<void> {
    await this.#binding;
    const attempt = new Promise<void>((resolve, reject) => {
      const failed = (error: unknown) => {
        this.#errno = errnoOfError(error);
        if (strict) reject(new PrimitiveFailure(this.#errno));
        else resolve();
      };
      this.#socket.once("error", failed);
      this.#socket.bind({ address: bindHost(this.family, host), port, exclusive: true }, () => {
        this.#socket.off("error", failed);
        this.#bound = true;
        const address = this.#socket.address();
        this.#local = endpointOf(address.address, address.port);
        for (const [name, value] of this.#options.entries()) this.#apply(name, value);
        resolve();
      });
    });
    this.#binding = attempt.catch(() => {});
    await attempt;
  }

  /** Sets the default destination (and keeps only datagrams from it). */
  setPeer(peer: Endpoint): void {
    this.#peer = peer;
    this.#connectedPeer = peer;
    this.#status = CONNECTED;
  }

  /** Whether a datagram waits to be read; answering false arms the read Semaphore. */
  dataAvailable(): boolean {
    if (this.#status === CONNECTED && this.#queue.length > 0) {
      if (this.#queue[0]!.data.length > 0) return true;
      this.#status = OTHER_END_CLOSED;
    }
    this.#readArmed = true;
    return false;
  }

  /**
   * Reads the next datagram (up to `count` bytes of it; the rest is lost) into `target` at
   * `offset` and makes its sender the default destination, as `recvfrom` into the peer does.
   * Answers 0 when none waits.
   */
  receiveInto(target: Uint8Array, offset: number, count: number): number {
    const datagram = this.#take();
    if (datagram === null) return 0;
    this.#peer = datagram.sender;
    return this.#copy(datagram, target, offset, count);
  }

  /** `receiveUDPDataInto:`: reads the next datagram with its sender; a count of 0 when none waits. */
  receiveDatagram(target: Uint8Array, offset: number, count: number): DatagramReceipt {
    const datagram = this.#take();
    if (datagram === null)
      return { count: 0, sender: { host: wildcardHost(this.family), family: this.family, port: 0 } };
    return { count: this.#copy(datagram, target, offset, count), sender: datagram.sender };
  }

  /** Whether a send would not have to wait. */
  sendDone(): boolean {
    if (this.#status !== CONNECTED) return false;
    if (this.#inFlight < SENDS_IN_FLIGHT) return true;
    this.#writeArmed = true;
    return false;
  }

  /** Sends `count` bytes of `data` from `offset` to the default destination; answers the count sent. */
  send(data: Uint8Array, offset: number, count: number): Promise<number> {
    const peer = this.#peer;
    if (peer === null) {
      this.#errno = errnoOf("EDESTADDRREQ");
      return Promise.resolve(0);
    }
    return this.sendTo(data, offset, count, peer);
  }

  /**
   * Sends one datagram of `count` bytes of `data` from `offset` to `destination`; fails as
   * `sendto` fails. The bytes are not copied: the caller waits for the answer before it may
   * change them (Node completes a send at once, or within its event loop).
   */
  sendTo(data: Uint8Array, offset: number, count: number, destination: Endpoint): Promise<number> {
    if (this.#closed) return Promise.reject(new PrimitiveFailure(errnoOf("EBADF")));
    if (!this.#bound) {
      return (this.#binding ?? this.bind(null, 0, false)).then(() =>
        this.sendTo(data, offset, count, destination),
      );
    }
    const bytes = Buffer.from(data.buffer, data.byteOffset + offset, count);
    this.#inFlight += 1;
    return new Promise<number>((resolve, reject) => {
      this.#socket.send(bytes, destination.port, destination.host, (error, sent) => {
        this.#inFlight -= 1;
        if (this.#writeArmed) {
          this.#writeArmed = false;
          this.#signals.write.signal();
        }
        if (error === null) resolve(sent);
        else reject(new PrimitiveFailure((this.#errno = errnoOfError(error))));
      });
    });
  }

  /** Closes the socket; the state becomes Unconnected. */
  close(): void {
    this.#status = UNCONNECTED;
    if (this.#closed) return;
    this.#closed = true;
    this.#queue = [];
    this.#queuedBytes = 0;
    this.#socket.close();
  }

  /** Aborts: for a datagram socket the same as {@link close}. */
  abort(): void {
    this.close();
  }

  /** The bound address; null while unbound. */
  localEndpoint(): Endpoint | null {
    return this.#closed ? null : this.#local;
  }

  /** The default destination (the last sender after a receive); null when there is none. */
  remoteEndpoint(): Endpoint | null {
    return this.#peer;
  }

  /** `setOption:value:`: records `name`, applying it at once when the socket is bound. */
  setOption(name: string, valueText: string): number {
    if (!SUPPORTED_OPTIONS.has(name)) throw new PrimitiveFailure();
    const value = optionValueOf(valueText);
    if (this.#bound && !this.#closed && !this.#apply(name, value)) throw new PrimitiveFailure();
    this.#options.set(name, value);
    return value;
  }

  /** `getOption:`: the OS's buffer sizes when bound, else what was set or Linux's default. */
  getOption(name: string): number {
    if (!SUPPORTED_OPTIONS.has(name) || name === "SO_LINGER") throw new PrimitiveFailure();
    const actual = this.#bound && !this.#closed ? readDatagramOption(this.#socket, name) : undefined;
    return actual ?? this.#options.get(name);
  }

  #apply(name: string, value: number): boolean {
    try {
      applyDatagramOption(this.#socket, name, value);
      return true;
    } catch {
      return false;
    }
  }

  #received(data: Buffer, info: RemoteInfo): void {
    const sender = endpointOf(info.address, info.port)!;
    const peer = this.#connectedPeer;
    if (this.#closed || (peer !== null && (peer.host !== sender.host || peer.port !== sender.port))) return;
    if (this.#queuedBytes + data.length > RECEIVE_LIMIT) return;
    this.#queue.push({ data, sender });
    this.#queuedBytes += data.length;
    if (!this.#readArmed) return;
    this.#readArmed = false;
    this.#signals.read.signal();
  }

  #take(): Datagram | null {
    const datagram = this.#queue.shift();
    if (datagram === undefined) return null;
    this.#queuedBytes -= datagram.data.length;
    return datagram;
  }

  #copy(datagram: Datagram, target: Uint8Array, offset: number, count: number): number {
    const length = Math.min(count, datagram.data.length);
    target.set(datagram.data.subarray(0, length), offset);
    return length;
  }
}
