import { createServer, Socket as NetSocket, type Server } from "node:net";
import { bindHost } from "./bind-policy.js";
import { type Endpoint, endpointOf, type Family } from "./endpoint.js";
import { errnoOf, errnoOfError } from "./errno.js";
import { PrimitiveFailure } from "./primitive-failure.js";
import type { SocketSignals } from "./signals.js";
import { applyStreamOption, optionValueOf, SocketOptions, SUPPORTED_OPTIONS } from "./socket-options.js";
import {
  CONNECTED,
  OTHER_END_CLOSED,
  type SocketStatus,
  UNCONNECTED,
  WAITING_FOR_CONNECTION,
} from "./socket-status.js";
import { type ConnectionEvents, NO_EVENTS, TcpConnection } from "./tcp-connection.js";

/**
 * A TCP socket as the Unix VM's socket plugin keeps it (its `privateSocketStruct`), over
 * `node:net`: the connection state, the last error, and the three Semaphores it signals.
 *
 * - Connecting: WaitingForConnection, then Connected, or Unconnected with the error.
 * - Listening with a backlog of 1 ("traditional"): the first connection replaces the listener in
 *   place; this socket becomes that connection and stops listening.
 * - Listening with a larger backlog: connections wait in a queue; the socket reads Connected while
 *   one is ready, and `accept` hands it to a new socket.
 * - Received bytes stay readable after the peer closed; the state turns OtherEndClosed only when a
 *   reader finds them all read (or the peer's close arrives while a reader is waiting).
 * - The read and write Semaphores are signalled only after `dataAvailable` or `sendDone` answered
 *   false (the plugin arms its handlers then), so no signal is wasted.
 *
 * Every method is a primitive: synchronous, failing with {@link PrimitiveFailure}.
 */
export class TcpHandle implements ConnectionEvents {
  readonly family: Family;
  readonly #options: SocketOptions;
  #signals: SocketSignals;
  #status: SocketStatus = UNCONNECTED;
  #errno = 0;
  #connection: TcpConnection | null = null;
  #connecting: NetSocket | null = null;
  #server: Server | null = null;
  #multiListen = false;
  #parked: TcpConnection[] = [];
  #bound: Endpoint | null = null;
  #local: Endpoint | null = null;
  #remote: Endpoint | null = null;
  #readArmed = false;
  #writeArmed = false;
  /** Settles the pending `listen` when the socket is closed before it listens. */
  #listenSettled: (() => void) | null = null;

  constructor(family: Family, signals: SocketSignals, options = new SocketOptions()) {
    this.family = family;
    this.#signals = signals;
    this.#options = options;
  }

  /** The connection state. */
  status(): SocketStatus {
    return this.#status;
  }

  /** The errno of the last failure (0 when none). */
  errno(): number {
    return this.#errno;
  }

  /** Starts connecting to `remote`: WaitingForConnection now, Connected or Unconnected later. */
  connect(remote: Endpoint): void {
    if (remote.family !== this.family) {
      this.#failConnect(errnoOf("EAFNOSUPPORT"));
      return;
    }
    const socket = new NetSocket({ allowHalfOpen: true });
    this.#connecting = socket;
    this.#status = WAITING_FOR_CONNECTION;
    const failed = (error: unknown) => {
      if (this.#connecting !== socket) return;
      this.#connecting = null;
      socket.destroy();
      this.#failConnect(errnoOfError(error));
    };
    socket.once("error", failed);
    socket.once("connect", () => {
      socket.off("error", failed);
      if (this.#connecting !== socket) return;
      this.#connecting = null;
      this.#adopt(new TcpConnection(socket, this));
      this.#signals.connection.signal();
    });
    const bound = this.#bound;
    socket.connect({
      host: remote.host,
      port: remote.port,
      family: remote.family,
      ...(bound === null ? {} : { localAddress: bound.host, localPort: bound.port }),
    });
  }

  /**
   * Binds to `host` (null: every interface) and `port` (0: any free port), failing when the
   * address is taken or not local. (Node binds a TCP socket only when it listens or connects; the
   * bind is checked now and made for real by the later `listen` or `connect`.)
   */
  async bind(host: string | null, port: number): Promise<void> {
    const probe = createServer();
    const address = bindHost(this.family, host);
    await new Promise<void>((resolve, reject) => {
      probe.once("error", (error) => reject(new PrimitiveFailure(errnoOfError(error))));
      probe.listen({ host: address, port, exclusive: true }, resolve);
    }).catch((failure: PrimitiveFailure) => {
      this.#errno = failure.errno;
      throw failure;
    });
    const actual = probe.address();
    probe.close();
    this.#bound = {
      host: address,
      family: this.family,
      port: typeof actual === "object" && actual ? actual.port : port,
    };
  }

  /**
   * Listens on `port` of `host` (null: the bound address, else every interface). A backlog above
   * 1 queues connections for `accept`; 1 makes the first connection replace this listener. When
   * `strict` is false the bind result is ignored, as Squeak's old listen primitive does: a port in
   * use leaves the socket listening on a port the system picks. Answers once it listens.
   */
  listen(port: number | null, backlog: number, host: string | null, strict: boolean): Promise<void> {
    const bound = this.#bound;
    const address = host === null && bound !== null ? bound.host : bindHost(this.family, host);
    const wanted = port ?? bound?.port ?? 0;
    this.#multiListen = backlog > 1;
    this.#status = WAITING_FOR_CONNECTION;
    return new Promise<void>((resolve, reject) => {
      this.#listenSettled = resolve;
      const attempt = (tryPort: number) => {
        const server = createServer({ allowHalfOpen: true }, (socket) => this.#incoming(server, socket));
        this.#server = server;
        server.once("error", (error) => {
          if (this.#server !== server) return resolve();
          if (!strict && tryPort !== 0) return attempt(0);
          this.#server = null;
          this.#status = UNCONNECTED;
          this.#errno = errnoOfError(error);
          reject(new PrimitiveFailure(this.#errno));
        });
        server.listen({ host: address, port: tryPort, backlog, exclusive: true }, () => {
          const actual = server.address();
          if (typeof actual === "object" && actual !== null)
            this.#local = endpointOf(actual.address, actual.port);
          resolve();
        });
      };
      attempt(wanted);
    });
  }

  /** Accepts the connection waiting on this multi-listener, as a new Connected handle signalling `signals`. */
  accept(signals: SocketSignals): TcpHandle {
    const connection = this.#multiListen ? this.#parked.shift() : undefined;
    if (connection === undefined) throw new PrimitiveFailure();
    this.#status = WAITING_FOR_CONNECTION;
    if (this.#parked.length > 0) setImmediate(() => this.#announceParked());
    const handle = new TcpHandle(this.family, signals, new SocketOptions(this.#options));
    handle.#adopt(connection);
    return handle;
  }

  /**
   * Whether received bytes wait to be read. When none do and the peer has closed, the state turns
   * OtherEndClosed. Answering false arms the read Semaphore.
   */
  dataAvailable(): boolean {
    const connection = this.#connection;
    if (this.#status === CONNECTED && connection !== null) {
      if (connection.available > 0) return true;
      if (connection.ended) this.#otherEndClosed(connection);
    }
    this.#readArmed = true;
    return false;
  }

  /** Reads up to `count` received bytes into `target` at `offset`; 0 when none wait (or at the end). */
  receiveInto(target: Uint8Array, offset: number, count: number): number {
    const connection = this.#connection;
    if (connection === null) return 0;
    const read = connection.readInto(target, offset, count);
    if (read === 0 && connection.ended && this.#status === CONNECTED) {
      this.#otherEndClosed(connection);
      this.#signals.connection.signal();
    }
    return read;
  }

  /** Whether a send would not have to wait. Answering false while Connected arms the write Semaphore. */
  sendDone(): boolean {
    if (this.#status !== CONNECTED) return false;
    if (this.#connection === null || !this.#connection.wouldBlock) return true;
    this.#writeArmed = true;
    return false;
  }

  /**
   * Whether every byte sent so far has left Node for the kernel (so that bytes sent without a copy
   * may change). Answering false arms the write Semaphore.
   */
  flushed(): boolean {
    const connection = this.#connection;
    if (connection === null || connection.flushed) return true;
    this.#writeArmed = true;
    connection.watchFlush();
    return false;
  }

  /**
   * Sends up to `count` bytes of `data` from `offset`; answers how many the send buffer took, 0
   * when it is full. The bytes are copied unless `owned` (the caller made them for this send and
   * will not change them). Sending on a broken or closed connection answers 0 and turns the
   * state OtherEndClosed, as a failing `write` does in the VM.
   */
  send(data: Uint8Array, offset: number, count: number, owned: boolean): number {
    const connection = this.#connection;
    if (connection === null || connection.broken) {
      this.#status = OTHER_END_CLOSED;
      this.#errno = connection?.errno || errnoOf("EPIPE");
      return 0;
    }
    const accepted = Math.min(count, connection.room);
    if (accepted <= 0) return 0;
    const bytes = owned
      ? Buffer.from(data.buffer, data.byteOffset + offset, accepted)
      : Buffer.copyBytesFrom(data, offset, accepted);
    connection.write(bytes);
    return accepted;
  }

  /**
   * Sends all of `text` (a byte string) if the send buffer takes it whole; answers its length, or
   * -1 when it does not fit or the connection is broken (then `send` does the work, as for bytes).
   */
  sendText(text: string): number {
    const connection = this.#connection;
    if (connection === null || connection.broken || connection.room < text.length) return -1;
    connection.writeText(text);
    return text.length;
  }

  /** Closes this end (what was sent is still delivered); the state becomes Unconnected. */
  close(): void {
    this.#stopListening();
    this.#connecting?.destroy();
    this.#connecting = null;
    this.#connection?.close();
    this.#status = UNCONNECTED;
  }

  /** Aborts the connection (RST) or stops listening; the state becomes Unconnected. */
  abort(): void {
    this.#stopListening();
    this.#connecting?.destroy();
    this.#connecting = null;
    this.#connection?.abort();
    this.#status = UNCONNECTED;
  }

  /** The local end: the bound, listening or connected address; null when there is none. */
  localEndpoint(): Endpoint | null {
    return this.#local ?? this.#bound;
  }

  /** The remote end of the connection; null when not connected. */
  remoteEndpoint(): Endpoint | null {
    return this.#remote;
  }

  /** `setOption:value:`: records (and applies when Node can) `name`; answers the value the VM answers. */
  setOption(name: string, valueText: string): number {
    if (!SUPPORTED_OPTIONS.has(name)) throw new PrimitiveFailure();
    const value = optionValueOf(valueText);
    this.#options.set(name, value);
    const socket = this.#connection?.socket;
    if (socket !== undefined && !socket.destroyed) applyStreamOption(socket, name, value);
    return value;
  }

  /** `getOption:`: the value of `name` (what was set, else Linux's default). `SO_LINGER` is no integer. */
  getOption(name: string): number {
    if (!SUPPORTED_OPTIONS.has(name) || name === "SO_LINGER") throw new PrimitiveFailure();
    return this.#options.get(name);
  }

  /** @internal A connection event: wakes a reader that is waiting (the armed read handler). */
  readable(): void {
    if (!this.#readArmed) return;
    this.#readArmed = false;
    const connection = this.#connection;
    if (this.#status === CONNECTED && connection !== null && connection.available === 0 && connection.ended) {
      this.#otherEndClosed(connection);
    }
    this.#signals.read.signal();
  }

  /** @internal A connection event: wakes a writer that is waiting (the armed write handler). */
  writable(): void {
    if (!this.#writeArmed) return;
    this.#writeArmed = false;
    this.#signals.write.signal();
  }

  #adopt(connection: TcpConnection): void {
    connection.adopt(this);
    this.#connection = connection;
    const socket = connection.socket;
    for (const [name, value] of this.#options.entries()) applyStreamOption(socket, name, value);
    this.#local = endpointOf(socket.localAddress, socket.localPort);
    this.#remote = endpointOf(socket.remoteAddress, socket.remotePort);
    this.#status = CONNECTED;
  }

  #failConnect(errno: number): void {
    this.#status = UNCONNECTED;
    this.#errno = errno;
    this.#signals.connection.signal();
  }

  #otherEndClosed(connection: TcpConnection): void {
    this.#status = OTHER_END_CLOSED;
    this.#errno = connection.errno;
  }

  #incoming(server: Server, socket: NetSocket): void {
    if (this.#server !== server) {
      socket.resetAndDestroy();
      return;
    }
    if (this.#multiListen) {
      this.#parked.push(new TcpConnection(socket, NO_EVENTS));
      this.#announceParked();
      return;
    }
    this.#stopListening();
    this.#adopt(new TcpConnection(socket, this));
    this.#signals.connection.signal();
  }

  /** A multi-listener with a connection ready reads Connected (the VM's accept handler). */
  #announceParked(): void {
    if (this.#status !== WAITING_FOR_CONNECTION || this.#server === null || this.#parked.length === 0) return;
    this.#status = CONNECTED;
    this.#signals.connection.signal();
  }

  #stopListening(): void {
    this.#listenSettled?.();
    this.#listenSettled = null;
    this.#server?.close();
    this.#server = null;
    for (const connection of this.#parked) connection.abort();
    this.#parked = [];
  }
}
