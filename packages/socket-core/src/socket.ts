import { Processor, Semaphore } from "@smalltalk-sockets/process";
import {
  ConnectionClosed,
  ConnectionRefused,
  ConnectionTimedOut,
  formatIPv4,
  formatIPv6,
  InvalidSocketStatusException,
  NetNameResolver,
  NetworkError,
  NoBroadcastAllowed,
  parseAddressString,
  SocketAddress,
  SocketError,
  SocketPrimitiveFailed,
  signalFromOutside,
  waitForExternal,
} from "@smalltalk-sockets/resolver";
import {
  type Block,
  type Exception,
  isByteString,
  isPharo,
  isPromise,
  latin1Decode,
  type PrintStream,
  printString,
  registerClass,
  StObject,
  send,
} from "@smalltalk-sockets/runtime";
import { millisecondClockValue } from "./millisecond-clock.js";
import { bindsLoopbackOnly, setBindsLoopbackOnly } from "./plugin/bind-policy.js";
import { type Endpoint, type Family, familyOf } from "./plugin/endpoint.js";
import { errorMessageFor } from "./plugin/errno.js";
import { PrimitiveFailure } from "./plugin/primitive-failure.js";
import type { SocketSignals } from "./plugin/signals.js";
import {
  CONNECTED,
  INVALID_SOCKET,
  OTHER_END_CLOSED,
  type SocketStatus,
  TCP_SOCKET_TYPE,
  THIS_END_CLOSED,
  UDP_SOCKET_TYPE,
  UNCONNECTED,
  WAITING_FOR_CONNECTION,
} from "./plugin/socket-status.js";
import { TcpHandle } from "./plugin/tcp-handle.js";
import { UdpHandle } from "./plugin/udp-handle.js";
import { dataBytes, dataSize, receiveIntoBuffer, type SocketData } from "./socket-data.js";
import { nameForWellKnownTCPPort } from "./well-known-ports.js";

/** The plugin's view of one socket. */
type Handle = TcpHandle | UdpHandle;

/** A received datagram as `receiveUDPDataInto:` answers it: `{count. address. port. moreFlag}`. */
export type DatagramInfo = [count: number, address: Uint8Array, port: number, more: boolean];

/** An address a Socket connects to: host bytes (a ByteArray) or a SocketAddress. */
export type HostAddress = Uint8Array | SocketAddress;

/** `{errorCode. value}`, what `setOption:value:` and `getOption:` answer. */
export type OptionResult = [errorCode: number, value: number];

const STATUS_STRINGS: Readonly<Record<number, string>> = {
  [INVALID_SOCKET]: "invalidSocketHandle",
  [UNCONNECTED]: "unconnected",
  [WAITING_FOR_CONNECTION]: "waitingForConnection",
  [CONNECTED]: "connected",
  [OTHER_END_CLOSED]: "otherEndClosedButNotThisEnd",
  [THIS_END_CLOSED]: "thisEndClosedButNotOtherEnd",
};

/** The size of the String `receiveData` and its relatives read into (`String new: 2000`). */
const RECEIVE_STRING_SIZE = 2000;
/** Pharo's `sendData:` hands the primitive at most this many bytes per call. */
const PHARO_SEND_CHUNK = 5000;

/** GC'd sockets are destroyed gently, as Squeak's WeakRegistry and Pharo's FinalizationRegistry do. */
const finalization = new FinalizationRegistry<Handle>((handle) => handle.abort());

let maximumReadSemaphoreWait = 500;
let deadServerName: unknown = null;

/** A timeout in seconds (any Number) as whole milliseconds, as Squeak's `(timeout * 1000) truncated`. */
function secondsToMs(seconds: unknown): number {
  const value =
    typeof seconds === "number" || typeof seconds === "bigint"
      ? Number(seconds)
      : (send(seconds, "asFloat") as { readonly $float: number }).$float;
  return Math.trunc(value * 1000);
}

/** The Node endpoint of a SocketAddress, or of 4 or 16 host bytes and `port`; null for anything else. */
function endpointFor(address: unknown, port: number): Endpoint | null {
  if (address instanceof SocketAddress) {
    const host = address.hostNumber();
    return { host, family: familyOf(host), port };
  }
  if (!(address instanceof Uint8Array)) return null;
  if (address.length === 4) return { host: formatIPv4(address), family: 4, port };
  if (address.length === 16) return { host: formatIPv6(address), family: 6, port };
  return null;
}

/** Host bytes of an endpoint (4 or 16), or `#[0 0 0 0]` when there is none. */
function bytesOfEndpoint(endpoint: Endpoint | null): Uint8Array {
  if (endpoint === null) return new Uint8Array(4);
  let bytes = hostBytes.get(endpoint.host);
  if (bytes === undefined) {
    if (hostBytes.size >= 256) hostBytes.clear();
    bytes = parseAddressString(endpoint.host)!;
    hostBytes.set(endpoint.host, bytes);
  }
  return Uint8Array.from(bytes);
}

/** The host bytes of the address texts Node reported lately (a datagram's sender, mostly the same). */
const hostBytes = new Map<string, Uint8Array>();

/** A SocketAddress (port 0, as Squeak's `asSocketAddress` of host bytes) of an endpoint. */
function addressOfEndpoint(endpoint: Endpoint | null, withPort: boolean): SocketAddress {
  if (endpoint === null) return SocketAddress.wildcard4();
  return new SocketAddress(bytesOfEndpoint(endpoint), withPort ? endpoint.port : 0);
}

/**
 * `Socket`: a TCP or UDP socket with the protocol of Squeak's and Pharo's `Socket` (Squeak by
 * default, Pharo when `isPharo()`), over `node:net` and `node:dgram` through a reproduction of the
 * VM's socket plugin (see `plugin/tcp-handle.ts`): the six statuses, the two listen modes, lazy
 * close detection, backpressure. Every operation that can block parks the active Smalltalk
 * process on one of the socket's three Semaphores, as Squeak's image code does, so that other
 * processes run meanwhile; `terminate` and `destroy` release it.
 *
 * ```ts
 * const server = Socket.newTCP();
 * await server.listenOnBacklogSize(0, 4);
 * const client = Socket.newTCP();
 * await client.connectToPort(Uint8Array.of(127, 0, 0, 1), server.localPort());
 * const connection = await server.waitForAcceptFor(5);
 * await client.sendData("hello");
 * await connection.receiveData(); // 'hello'
 * ```
 */
export class Socket extends StObject {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "Socket";
  /** The Smalltalk category. */
  static override readonly $category: string = "Network-Kernel";
  static {
    registerClass(this);
  }

  #handle: Handle | null = null;
  #semaphore: Semaphore | null = null;
  /** The buffer `receiveData` and its relatives read into (Squeak's `String new: 2000`), made once. */
  #receiveBuffer: Uint8Array | null = null;
  #readSemaphore: Semaphore | null = null;
  #writeSemaphore: Semaphore | null = null;

  // ---- class side: instance creation

  /** @selector new — `newTCP`. */
  static new(): Socket {
    return Socket.newTCP();
  }

  /** @selector newTCP — a new, Unconnected TCP socket (IPv4). */
  static newTCP(): Socket {
    return Socket.newTCP$(2);
  }

  /** @selector newTCP: — a new TCP socket of `family` (0 unspecified = 2 inet4, 3 inet6). */
  static newTCP$(family: number): Socket {
    Socket.initializeNetwork();
    return new Socket().#create(TCP_SOCKET_TYPE, family);
  }

  /** @selector newUDP — a new UDP socket (IPv4); UDP sockets are born Connected. */
  static newUDP(): Socket {
    return Socket.newUDP$(2);
  }

  /** @selector newUDP: — a new UDP socket of `family` (0 unspecified = 2 inet4, 3 inet6). */
  static newUDP$(family: number): Socket {
    Socket.initializeNetwork();
    return new Socket().#create(UDP_SOCKET_TYPE, family);
  }

  /** @selector createIfFail: — `tcpCreateIfFail:`. */
  static createIfFail(failBlock: Block): unknown {
    return Socket.tcpCreateIfFail(failBlock);
  }

  /** @selector tcpCreateIfFail: — a new TCP socket, or the value of `failBlock` if it is not valid. */
  static tcpCreateIfFail(failBlock: Block): unknown {
    const socket = Socket.newTCP();
    return socket.isValid() ? socket : failBlock();
  }

  /** @selector udpCreateIfFail: — a new UDP socket, or the value of `failBlock` if it is not valid. */
  static udpCreateIfFail(failBlock: Block): unknown {
    const socket = Socket.newUDP();
    return socket.isValid() ? socket : failBlock();
  }

  /** @selector acceptFrom: — a new socket for the connection waiting on the multi-listener `aSocket`. */
  static acceptFrom(aSocket: Socket): Socket {
    return new Socket().acceptFrom(aSocket);
  }

  // ---- class side: utilities

  /** @selector initializeNetwork — `NetNameResolver initializeNetwork`. */
  static initializeNetwork(): unknown {
    return NetNameResolver.initializeNetwork();
  }

  /** @selector standardTimeout — 45 (seconds). */
  static standardTimeout(): number {
    return 45;
  }

  /** @selector deadlineSecs: — the millisecond clock value `secs` seconds from now (Squeak). */
  static deadlineSecs(secs: unknown): number {
    return millisecondClockValue() + secondsToMs(secs);
  }

  /** @selector standardDeadline — `deadlineSecs: self standardTimeout` (Squeak). */
  static standardDeadline(): number {
    return Socket.deadlineSecs(Socket.standardTimeout());
  }

  /**
   * @selector maximumReadSemaphoreWaitTimeout — Squeak's preference (500 ms): its read waits wake
   * at least this often to look again.
   */
  static maximumReadSemaphoreWaitTimeout(): number {
    return maximumReadSemaphoreWait;
  }

  /** @selector maximumReadSemaphoreWaitTimeout: — sets the preference (milliseconds). */
  static maximumReadSemaphoreWaitTimeout$(anInteger: number): typeof Socket {
    maximumReadSemaphoreWait = anInteger;
    return Socket;
  }

  /** @selector wildcardAddress — `#[0 0 0 0]`, a don't-care address for UDP sockets. */
  static wildcardAddress(): Uint8Array {
    return new Uint8Array(4);
  }

  /** @selector wildcardPort — 0, a don't-care port (the system picks one). */
  static wildcardPort(): number {
    return 0;
  }

  /** @selector nameForWellKnownTCPPort: — `'http'` for 80, ..., else `'port-'` and the number. */
  static nameForWellKnownTCPPort(portNum: unknown): string {
    return nameForWellKnownTCPPort(portNum, printString(portNum));
  }

  /** @selector deadServer — the name of the last server that did not answer. */
  static deadServer(): unknown {
    return deadServerName;
  }

  /** @selector deadServer: — records the name of a server that did not answer. */
  static deadServer$(aStringOrNil: unknown): typeof Socket {
    deadServerName = aStringOrNil;
    return Socket;
  }

  /**
   * @selector bindsLoopbackOnly — whether binds to every interface (`listenOn:`, `setPort:`, ...)
   * go to the loopback interface instead. False by default, as in Squeak and Pharo.
   */
  static bindsLoopbackOnly(): boolean {
    return bindsLoopbackOnly();
  }

  /**
   * @selector bindsLoopbackOnly: — true keeps every socket that would listen on all interfaces on
   * 127.0.0.1 (or ::1), so nothing outside the machine can reach it.
   */
  static bindsLoopbackOnly$(aBoolean: boolean): typeof Socket {
    setBindsLoopbackOnly(aBoolean);
    return Socket;
  }

  // ---- initialize-destroy

  /** @selector initializeNetwork — `Socket initializeNetwork`. */
  initializeNetwork(): unknown {
    return Socket.initializeNetwork();
  }

  /** @selector acceptFrom: — makes this new socket the connection waiting on `aSocket`. */
  acceptFrom(aSocket: Socket): this {
    const listener = aSocket.#handle;
    this.#makeHandle((signals) => {
      if (!(listener instanceof TcpHandle)) throw new PrimitiveFailure();
      return listener.accept(signals);
    }, "primAcceptFrom:receiveBufferSize:sendBufSize:semaIndex:readSemaIndex:writeSemaIndex:");
    return this;
  }

  /**
   * @selector destroy — aborts the connection, frees the socket (`socketHandle` becomes nil) and
   * wakes every process waiting on it. Does nothing when already destroyed.
   */
  destroy(): this {
    const handle = this.#handle;
    if (handle === null) return this;
    handle.abort();
    // Pharo wakes the processes waiting on the socket (Squeak's then fail their next primitive).
    for (const semaphore of [this.#semaphore, this.#readSemaphore, this.#writeSemaphore]) {
      if (semaphore !== null && !semaphore.isEmpty()) signalFromOutside(semaphore);
    }
    finalization.unregister(this);
    this.#handle = null;
    this.#semaphore = this.#readSemaphore = this.#writeSemaphore = null;
    return this;
  }

  // ---- accessing

  /** @selector socketHandle — the plugin handle, or nil once destroyed. */
  socketHandle(): Handle | null {
    return this.#handle;
  }

  /** @selector semaphore — the connection Semaphore. */
  semaphore(): Semaphore | null {
    return this.#semaphore;
  }

  /** @selector readSemaphore — the Semaphore signalled when data (or the end) arrives. */
  readSemaphore(): Semaphore | null {
    return this.#readSemaphore;
  }

  /** @selector writeSemaphore — the Semaphore signalled when sending can go on. */
  writeSemaphore(): Semaphore | null {
    return this.#writeSemaphore;
  }

  // ---- queries

  /** @selector isConnected — status is Connected. */
  isConnected(): boolean {
    return this.#handle !== null && this.#status() === CONNECTED;
  }

  /** @selector isOtherEndClosed — status is OtherEndClosed. */
  isOtherEndClosed(): boolean {
    return this.#handle !== null && this.#status() === OTHER_END_CLOSED;
  }

  /** @selector isThisEndClosed — status is ThisEndClosed (transient on Unix). */
  isThisEndClosed(): boolean {
    return this.#handle !== null && this.#status() === THIS_END_CLOSED;
  }

  /** @selector isUnconnected — status is Unconnected. */
  isUnconnected(): boolean {
    return this.#handle !== null && this.#status() === UNCONNECTED;
  }

  /** @selector isUnconnectedOrInvalid — Unconnected, invalid, or destroyed. */
  isUnconnectedOrInvalid(): boolean {
    if (this.#handle === null) return true;
    const status = this.#status();
    return status === UNCONNECTED || status === INVALID_SOCKET;
  }

  /** @selector isValid — the socket has a valid handle. */
  isValid(): boolean {
    return this.#handle !== null && this.#status() !== INVALID_SOCKET;
  }

  /** @selector isWaitingForConnection — status is WaitingForConnection (connecting or listening). */
  isWaitingForConnection(): boolean {
    return this.#handle !== null && this.#status() === WAITING_FOR_CONNECTION;
  }

  /** @selector isOtherEndConnected — Connected or ThisEndClosed: data can still arrive (Squeak). */
  isOtherEndConnected(): boolean {
    if (this.#handle === null) return false;
    const status = this.#status();
    return status === CONNECTED || status === THIS_END_CLOSED;
  }

  /** @selector isThisEndConnected — Connected or OtherEndClosed: data can still be sent (Squeak). */
  isThisEndConnected(): boolean {
    if (this.#handle === null) return false;
    const status = this.#status();
    return status === CONNECTED || status === OTHER_END_CLOSED;
  }

  /** @selector statusString — `'connected'`, `'waitingForConnection'`, ..., `'destroyed'`. */
  statusString(): string {
    if (this.#handle === null) return "destroyed";
    return STATUS_STRINGS[this.#status()] ?? "unknown socket status";
  }

  /** @selector dataAvailable — whether received data waits to be read (false once destroyed). */
  dataAvailable(): boolean {
    if (this.#handle === null) return false;
    return this.#primDataAvailable();
  }

  /** @selector sendDone — whether a send would not have to wait (false once destroyed). */
  sendDone(): boolean {
    if (this.#handle === null) return false;
    return this.#primSendDone();
  }

  /**
   * @selector socketError — the errno of the last failure. Squeak: a destroyed socket makes the
   * primitive fail; Pharo answers nil.
   */
  socketError(): number | null {
    const handle = this.#handle;
    if (handle !== null) return handle.errno();
    if (isPharo()) return null;
    return this.#primitiveFailed("primSocketError:").signalSync() as never;
  }

  /** @selector socketErrorMessage — the OS text of `socketError` (Pharo). */
  socketErrorMessage(): string {
    const errno = this.#handle?.errno();
    if (errno === undefined) return "Socket destroyed, cannot retrieve error message";
    return errno === 0 ? "Success" : errorMessageFor(errno);
  }

  /** @selector printOn: — `a Socket[connected]`. */
  override printOn(stream: PrintStream): this {
    super.printOn(stream);
    stream.nextPutAll(`[${this.statusString()}]`);
    return this;
  }

  // ---- connection open/close

  /**
   * @selector connectNonBlockingTo:port: — starts connecting to `port` at `hostAddress` and answers
   * at once (status WaitingForConnection, or Unconnected when it failed). The status must be
   * Unconnected. Squeak converts the address with `asSocketAddress` (nil: MessageNotUnderstood)
   * and sets that address's port; Pharo's primitive fails on an address it cannot use (SocketError).
   */
  async connectNonBlockingToPort(hostAddress: unknown, port: number): Promise<this> {
    this.initializeNetwork();
    await this.#requireUnconnected("Socket status must Unconnected before opening a new connection");
    if (isPharo()) {
      const remote = endpointFor(hostAddress, port);
      await this.#primInAsync("primSocket:connectTo:port:", (handle) => this.#connectHandle(handle, remote));
      return this;
    }
    const converted = send(hostAddress, "asSocketAddress");
    const socketAddress = isPromise(converted) ? await converted : converted;
    await send(socketAddress, "port:", port);
    return this.connectNonBlockingTo(socketAddress);
  }

  /** @selector connectNonBlockingTo: — starts connecting to the SocketAddress `aSocketAddress` (its port). */
  async connectNonBlockingTo(aSocketAddress: unknown): Promise<this> {
    this.initializeNetwork();
    await this.#requireUnconnected("Socket status must Unconnected before opening a new connection");
    const remote =
      aSocketAddress instanceof SocketAddress ? endpointFor(aSocketAddress, aSocketAddress.port()) : null;
    await this.#primInAsync("primSocket:connectTo:", (handle) => this.#connectHandle(handle, remote));
    return this;
  }

  /**
   * @selector connectTo:port: — connects to `port` at `hostAddress`, waiting up to
   * `standardTimeout` (45 s). Failure: Squeak signals ConnectionTimedOut or ConnectionRefused
   * (`'Cannot connect to '` and the address printed); Pharo ConnectionTimedOut (`'Cannot connect
   * to 1.2.3.4:80'`) or ConnectionClosed (`'Connection aborted to 1.2.3.4:80'`).
   */
  async connectToPort(hostAddress: unknown, port: number): Promise<this> {
    if (isPharo()) return this.connectToPortWaitForConnectionFor(hostAddress, port, Socket.standardTimeout());
    const converted = send(hostAddress, "asSocketAddress");
    const socketAddress = isPromise(converted) ? await converted : converted;
    await send(socketAddress, "port:", port);
    return this.connectTo(socketAddress);
  }

  /** @selector connectTo:port:waitForConnectionFor: — `connectTo:port:` waiting at most `timeout` seconds. */
  async connectToPortWaitForConnectionFor(
    hostAddress: unknown,
    port: number,
    timeout: unknown,
  ): Promise<this> {
    await this.connectNonBlockingToPort(hostAddress, port);
    if (isPharo()) {
      const where = () => `${NetNameResolver.stringFromAddress(hostAddress)}:${port}`;
      await this.waitForConnectionForIfClosedIfTimedOut(
        timeout,
        () => new ConnectionClosed(`Connection aborted to ${where()}`).signal(),
        () => new ConnectionTimedOut(`Cannot connect to ${where()}`).signal(),
      );
      return this;
    }
    const text = () => `Cannot connect to ${printString(hostAddress)}`;
    await this.waitForConnectionForIfTimedOutIfRefused(
      timeout,
      () => new ConnectionTimedOut(text()).signal(),
      () => new ConnectionRefused(text()).signal(),
    );
    return this;
  }

  /** @selector connectTo: — connects to the SocketAddress `aSocketAddress`, waiting up to 45 s. */
  connectTo(aSocketAddress: unknown): Promise<this> {
    return this.connectToWaitForConnectionFor(aSocketAddress, Socket.standardTimeout());
  }

  /** @selector connectTo:waitForConnectionFor: — connects to `aSocketAddress`, waiting up to `timeout` s. */
  async connectToWaitForConnectionFor(aSocketAddress: unknown, timeout: unknown): Promise<this> {
    await this.connectNonBlockingTo(aSocketAddress);
    const text = () => `Cannot connect to ${printString(aSocketAddress)}`;
    await this.waitForConnectionForIfTimedOutIfRefused(
      timeout,
      () => new ConnectionTimedOut(text()).signal(),
      () => new ConnectionRefused(text()).signal(),
    );
    return this;
  }

  /**
   * @selector connectToHostNamed:port: — resolves `hostName` (`addressForName:timeout: 20`), then
   * `connectTo:port:`. A name that does not resolve: Squeak connects to nil (MessageNotUnderstood),
   * Pharo signals NameLookupFailure.
   */
  async connectToHostNamedPort(hostName: string, portNumber: number): Promise<this> {
    const serverIP = await NetNameResolver.addressForNameTimeout(hostName, 20);
    return this.connectToPort(serverIP, portNumber);
  }

  /**
   * @selector listenOn: — listens for one connection on `port` (every interface; 0: any free
   * port, read it with `localPort`) and answers at once; the connection replaces the listener in
   * place. The status must be Unconnected. Squeak ignores a failing bind (a port in use: the
   * socket silently listens on another port); Pharo signals SocketError.
   */
  async listenOn(port: number): Promise<this> {
    if (isPharo()) {
      await this.bindToPort(port);
      await this.listen();
      return this;
    }
    await this.#requireUnconnected("Socket status must Unconnected before listening for a new connection");
    await this.#primAsync("primSocket:listenOn:", (handle) =>
      this.#listenHandle(handle, port, 1, null, false),
    );
    return this;
  }

  /**
   * @selector listenOn:backlogSize: — listens on `portNumber`; with a backlog above 1 connections
   * queue for `accept` / `waitForAcceptFor:`. Squeak ignores a failing bind; Pharo binds first
   * (SocketError when the port is taken).
   */
  async listenOnBacklogSize(portNumber: number, backlog: number): Promise<this> {
    if (isPharo()) {
      await this.bindToPort(portNumber);
      await this.listenWithBacklog(backlog);
      return this;
    }
    return this.#listenSqueak(portNumber, backlog, null);
  }

  /** @selector listenOn:backlogSize:interface: — `listenOn:backlogSize:` on the interface `ifAddr` only. */
  async listenOnBacklogSizeInterface(
    portNumber: number,
    backlog: number,
    ifAddr: HostAddress,
  ): Promise<this> {
    if (isPharo()) {
      await this.bindToPort$(ifAddr, portNumber);
      await this.listenWithBacklog(backlog);
      return this;
    }
    const host = endpointFor(await send(ifAddr, "asByteArray"), 0)?.host ?? null;
    return this.#listenSqueak(portNumber, backlog, host);
  }

  /**
   * @selector listenWithBacklog: — listens on the address this socket is bound to (`bindTo:`,
   * `bindTo:port:`; unbound: any free port). The status must be Unconnected.
   */
  async listenWithBacklog(backlogSize: number): Promise<this> {
    if (!isPharo()) this.initializeNetwork();
    await this.#requireUnconnected(
      isPharo()
        ? "Socket status must Unconnected before listening for a new connection"
        : "Socket status must Unconnected before it can listen for connections",
    );
    await this.#primAsync("primSocket:listenWithBacklog:", (handle) =>
      this.#listenHandle(handle, null, backlogSize, null, true),
    );
    return this;
  }

  /** @selector listen — `listenWithBacklog: 1` (Pharo). */
  listen(): Promise<this> {
    return this.listenWithBacklog(1);
  }

  /**
   * @selector bindTo: — binds to the SocketAddress `aSocketAddress` (host and port); the status must
   * be Unconnected. A bind that fails (the address is taken) makes the primitive fail.
   */
  async bindTo(aSocketAddress: unknown): Promise<this> {
    this.initializeNetwork();
    await this.#requireUnconnected("Socket status must Unconnected when binding it to an address");
    const local =
      aSocketAddress instanceof SocketAddress ? endpointFor(aSocketAddress, aSocketAddress.port()) : null;
    await this.#primAsync("primSocket:bindTo:", (handle) => this.#bindHandle(handle, local));
    return this;
  }

  /**
   * @selector bindTo:port: — binds to `aPort` of the interface `anAddress` (Pharo; `SocketAddress
   * zero`: every interface). A bind that fails signals SocketError.
   */
  async bindToPort$(anAddress: unknown, aPort: number): Promise<this> {
    const local = endpointFor(anAddress, aPort);
    await this.#primAsync("primSocket:bindTo:port:", (handle) => this.#bindHandle(handle, local));
    return this;
  }

  /** @selector bindToPort: — binds to `aPort` of every interface (Pharo). */
  bindToPort(aPort: number): Promise<this> {
    return this.bindToPort$(SocketAddress.zero(), aPort);
  }

  /** @selector accept — a new Connected socket for the connection waiting on this multi-listener. */
  accept(): Socket {
    return Socket.acceptFrom(this);
  }

  /** @selector close — closes this end (TCP: what was sent is still delivered; the status becomes Unconnected). */
  close(): this {
    this.#prim("primSocketCloseConnection:", (handle) => handle.close());
    return this;
  }

  /** @selector disconnect — aborts the connection (RST): unsent data is lost. */
  disconnect(): this {
    this.#prim("primSocketAbortConnection:", (handle) => handle.abort());
    return this;
  }

  /** @selector closeAndDestroy — `closeAndDestroy: 20`. */
  closeAndDestroy(): Promise<this> {
    return this.closeAndDestroy$(20);
  }

  /**
   * @selector closeAndDestroy: — closes a connected socket gracefully, waits for the disconnection
   * (at most `timeoutSeconds`), aborts if it has not happened, and destroys the socket. Does
   * nothing when already destroyed.
   */
  async closeAndDestroy$(timeoutSeconds: unknown): Promise<this> {
    if (this.#handle === null) return this;
    if (this.isConnected()) {
      this.close();
      if (!(await this.waitForDisconnectionFor(timeoutSeconds))) {
        this.#prim("primSocketAbortConnection:", (handle) => handle.abort());
      }
    }
    return this.destroy();
  }

  // ---- waiting

  /**
   * @selector waitForConnectionFor: — waits up to `timeout` seconds for the connection. Squeak
   * answers true; a timeout signals ConnectionTimedOut and any other end (refused, never
   * listened, destroyed) ConnectionRefused, both `'Failed to connect in N seconds'`. Pharo answers
   * the socket; it signals ConnectionTimedOut, or ConnectionClosed (`'Connection aborted or
   * failed: ...'`, `'Socket destroyed while connecting'`).
   */
  async waitForConnectionFor(timeout: unknown): Promise<unknown> {
    const text = () => `Failed to connect in ${send(timeout, "asString")} seconds`;
    if (isPharo()) {
      return this.waitForConnectionForIfClosedIfTimedOut(
        timeout,
        () =>
          new ConnectionClosed(
            this.#handle === null
              ? "Socket destroyed while connecting"
              : `Connection aborted or failed: ${this.socketErrorMessage()}`,
          ).signal(),
        () => new ConnectionTimedOut(text()).signal(),
      );
    }
    return this.waitForConnectionForIfTimedOutIfRefused(
      timeout,
      () => new ConnectionTimedOut(text()).signal(),
      () => new ConnectionRefused(text()).signal(),
    );
  }

  /** @selector waitForConnectionFor:ifTimedOut: — as `waitForConnectionFor:ifTimedOut:ifRefused:` with one block for both (Squeak). */
  waitForConnectionForIfTimedOut(timeout: unknown, timeoutBlock: Block): Promise<boolean> {
    return this.waitForConnectionForIfTimedOutIfRefused(timeout, timeoutBlock, timeoutBlock);
  }

  /**
   * @selector waitForConnectionFor:ifTimedOut:ifRefused: — waits up to `timeout` seconds while
   * the status is WaitingForConnection; answers true when Connected, else evaluates `timeoutBlock`
   * (still waiting) or `refusedBlock` (any other status) and answers false.
   */
  async waitForConnectionForIfTimedOutIfRefused(
    timeout: unknown,
    timeoutBlock: Block,
    refusedBlock: Block,
  ): Promise<boolean> {
    const deadline = millisecondClockValue() + secondsToMs(timeout);
    let status = this.#status();
    if (status === CONNECTED) return true;
    let timeLeft = 0;
    while (status === WAITING_FOR_CONNECTION && (timeLeft = deadline - millisecondClockValue()) > 0) {
      await this.#waitOn(this.#semaphore, timeLeft);
      status = this.#status();
    }
    if (status === CONNECTED) return true;
    await (status === WAITING_FOR_CONNECTION ? timeoutBlock() : refusedBlock());
    return false;
  }

  /**
   * @selector waitForConnectionFor:ifClosed:ifTimedOut: — waits up to `timeout` seconds while the
   * status is WaitingForConnection; answers the socket when Connected, else the value of
   * `timeoutBlock` or `closedBlock` (Pharo; nil blocks answer nil).
   */
  async waitForConnectionForIfClosedIfTimedOut(
    timeout: unknown,
    closedBlock: Block | null,
    timeoutBlock: Block | null,
  ): Promise<unknown> {
    const start = millisecondClockValue();
    const delta = secondsToMs(timeout);
    let status = this.#status();
    let elapsed = 0;
    while (status === WAITING_FOR_CONNECTION && (elapsed = millisecondClockValue() - start) < delta) {
      await this.#waitOn(this.#semaphore, delta - elapsed);
      status = this.#status();
    }
    if (status === WAITING_FOR_CONNECTION) return timeoutBlock === null ? null : timeoutBlock();
    if (status !== CONNECTED) return closedBlock === null ? null : closedBlock();
    return this;
  }

  /** @selector waitForConnectionUntil: — waits until the millisecond clock reaches `deadline`; answers whether Connected (Squeak). */
  async waitForConnectionUntil(deadline: number): Promise<boolean> {
    for (;;) {
      const status = this.#status();
      if (status === CONNECTED) return true;
      if (status !== WAITING_FOR_CONNECTION) return false;
      const timeLeft = deadline - millisecondClockValue();
      if (timeLeft <= 0) return false;
      await this.#waitOn(this.#semaphore, timeLeft);
    }
  }

  /**
   * @selector waitForAcceptFor: — waits up to `timeout` seconds for a connection to this
   * multi-listener and accepts it; answers the new socket, or nil on timeout or when the listener
   * is closed. (Squeak accepts only when Connected; on a one-connection listener the accept fails.)
   */
  async waitForAcceptFor(timeout: unknown): Promise<Socket | null> {
    // Both dialects accept at once when a connection is ready (their wait answers immediately).
    if (this.isConnected()) return this.accept();
    if (isPharo())
      return (await this.waitForAcceptForIfClosedIfTimedOut(timeout, null, null)) as Socket | null;
    return (await this.waitForAcceptForIfTimedOut(timeout, () => null)) as Socket | null;
  }

  /** @selector waitForAcceptFor:ifTimedOut: — as `waitForAcceptFor:`, answering `timeoutBlock value` on timeout (Squeak). */
  async waitForAcceptForIfTimedOut(timeout: unknown, timeoutBlock: Block): Promise<unknown> {
    let timedOut = false;
    await this.waitForConnectionForIfTimedOut(timeout, () => {
      timedOut = true;
    });
    if (timedOut) return timeoutBlock();
    return this.isConnected() ? this.accept() : null;
  }

  /** @selector waitForAcceptFor:ifClosed:ifTimedOut: — as `waitForAcceptFor:` with a block for each failure (Pharo). */
  async waitForAcceptForIfClosedIfTimedOut(
    timeout: unknown,
    closedBlock: Block | null,
    timeoutBlock: Block | null,
  ): Promise<unknown> {
    let outcome: { value: unknown } | null = null;
    await this.waitForConnectionForIfClosedIfTimedOut(
      timeout,
      async () => {
        outcome = { value: closedBlock === null ? null : await closedBlock() };
      },
      async () => {
        outcome = { value: timeoutBlock === null ? null : await timeoutBlock() };
      },
    );
    return outcome === null ? this.accept() : (outcome as { value: unknown }).value;
  }

  /** @selector waitForData — waits until data arrives; a close signals ConnectionClosed ('Connection close while waiting for data.'). */
  waitForData(): Promise<unknown> {
    return this.waitForDataIfClosed(() =>
      new ConnectionClosed("Connection close while waiting for data.").signal(),
    );
  }

  /**
   * @selector waitForDataFor: — waits up to `timeout` seconds for data; signals ConnectionTimedOut
   * ('Data receive timed out.') or ConnectionClosed ('Connection closed while waiting for data.').
   */
  waitForDataFor(timeout: unknown): Promise<unknown> {
    return this.waitForDataForIfClosedIfTimedOut(
      timeout,
      () => new ConnectionClosed("Connection closed while waiting for data.").signal(),
      () => new ConnectionTimedOut("Data receive timed out.").signal(),
    );
  }

  /**
   * @selector waitForDataFor:ifClosed:ifTimedOut: — waits up to `timeout` seconds for data. Data
   * already received wins over a close. Answers the socket, or the value of the block.
   */
  async waitForDataForIfClosedIfTimedOut(
    timeout: unknown,
    closedBlock: Block,
    timedOutBlock: Block,
  ): Promise<unknown> {
    if (isPharo()) {
      const start = millisecondClockValue();
      const delta = secondsToMs(timeout);
      while (!this.dataAvailable()) {
        if (!this.isConnected()) return closedBlock();
        const elapsed = millisecondClockValue() - start;
        if (elapsed >= delta) return timedOutBlock();
        await this.#waitOn(this.#readSemaphore, delta - elapsed);
      }
      return this;
    }
    if (this.#handle === null) return closedBlock();
    const deadline = millisecondClockValue() + secondsToMs(timeout);
    for (;;) {
      if (this.#primDataAvailable()) return this;
      if (!this.isConnected()) return closedBlock();
      const timeLeft = deadline - millisecondClockValue();
      if (timeLeft <= 0) return timedOutBlock();
      await this.#waitOn(this.#readSemaphore, Math.min(timeLeft, maximumReadSemaphoreWait));
    }
  }

  /** @selector waitForDataIfClosed: — waits, without a time limit, until data arrives; a close evaluates `closedBlock`. */
  async waitForDataIfClosed(closedBlock: Block): Promise<unknown> {
    if (isPharo()) {
      while (!this.dataAvailable()) {
        if (!this.isConnected()) return closedBlock();
        await this.#readSemaphore?.wait();
      }
      return this;
    }
    if (this.#handle === null) return closedBlock();
    for (;;) {
      if (this.#primDataAvailable()) return this;
      if (!this.isConnected()) return closedBlock();
      // Squeak waits in slices of maximumReadSemaphoreWaitTimeout, a workaround for read signals
      // its VM loses; none is lost here (data, the end, a reset and destroy all signal), so the
      // wait simply lasts until the signal.
      await this.#waitOn(this.#readSemaphore, null);
    }
  }

  /**
   * @selector waitForSendDoneFor: — waits up to `timeout` seconds until a send would not wait.
   * Squeak answers true, or false on timeout or when not connected. Pharo answers true or signals
   * ConnectionClosed ('connection closed while sending data') or ConnectionTimedOut ('send data
   * timeout; data not sent').
   */
  async waitForSendDoneFor(timeout: unknown): Promise<boolean> {
    if (isPharo()) {
      return (await this.waitForSendDoneForIfClosedIfTimedOut(
        timeout,
        () => new ConnectionClosed("connection closed while sending data").signal(),
        () => new ConnectionTimedOut("send data timeout; data not sent").signal(),
      )) as boolean;
    }
    const deadline = millisecondClockValue() + secondsToMs(timeout);
    for (;;) {
      if (this.#primSendDone()) return true;
      if (!this.isConnected()) return false;
      const timeLeft = deadline - millisecondClockValue();
      if (timeLeft <= 0) return false;
      await this.#waitOn(this.#writeSemaphore, timeLeft);
    }
  }

  /** @selector waitForSendDoneFor:ifClosed:ifTimedOut: — as `waitForSendDoneFor:` with a block for each failure (Pharo); answers true. */
  async waitForSendDoneForIfClosedIfTimedOut(
    timeout: unknown,
    closedBlock: Block,
    timedOutBlock: Block,
  ): Promise<unknown> {
    const start = millisecondClockValue();
    const delta = secondsToMs(timeout);
    while (!this.sendDone()) {
      if (!this.isConnected()) return closedBlock();
      const elapsed = millisecondClockValue() - start;
      if (elapsed >= delta) return timedOutBlock();
      await this.#waitOn(this.#writeSemaphore, delta - elapsed);
    }
    return true;
  }

  /**
   * @selector waitForDisconnectionFor: — discards incoming data while the connection lasts, at
   * most `timeout` seconds. Squeak answers `isConnected` (true when still connected, the inverse
   * of its comment); Pharo answers whether the status left Connected.
   */
  async waitForDisconnectionFor(timeout: unknown): Promise<boolean> {
    if (isPharo()) {
      const start = millisecondClockValue();
      const delta = secondsToMs(timeout);
      let status = this.#status();
      let elapsed = 0;
      while (
        (status === CONNECTED || status === THIS_END_CLOSED) &&
        (elapsed = millisecondClockValue() - start) < delta
      ) {
        await this.discardReceivedData();
        await this.#waitOn(this.#readSemaphore, delta - elapsed);
        status = this.#status();
      }
      return status !== CONNECTED;
    }
    const deadline = millisecondClockValue() + secondsToMs(timeout);
    while (this.isConnected() && deadline - millisecondClockValue() > 0) {
      await this.discardReceivedData();
      await this.#waitOn(
        this.#readSemaphore,
        Math.min(deadline - millisecondClockValue(), maximumReadSemaphoreWait),
      );
    }
    return this.isConnected();
  }

  // ---- sending

  /**
   * @selector sendData: — sends all of `aStringOrByteArray` (a byte String or a ByteArray),
   * waiting (up to 60 s before each chunk) while the send buffer is full; answers the count sent.
   * Squeak signals ConnectionTimedOut ('send data timeout; data not sent') when it cannot go on,
   * also when the peer has closed; Pharo ConnectionClosed or ConnectionTimedOut.
   */
  async sendData(aStringOrByteArray: SocketData): Promise<number> {
    // A byte string that the send buffer takes whole goes at once, encoded by Node as it writes.
    if (typeof aStringOrByteArray === "string") {
      const handle = this.#handle;
      if (
        handle instanceof TcpHandle &&
        aStringOrByteArray.length > 0 &&
        aStringOrByteArray.length <= PHARO_SEND_CHUNK &&
        handle.sendDone() &&
        isByteString(aStringOrByteArray)
      ) {
        const sent = handle.sendText(aStringOrByteArray);
        if (sent >= 0) return sent;
      }
    }
    const { bytes, unit } = dataBytes(aStringOrByteArray);
    const bytesToSend = bytes.length;
    let bytesSent = 0;
    while (bytesSent < bytesToSend) {
      // waitForSendDoneFor: answers at once when a send would not wait; spare it the call then.
      if (this.#handle === null || !this.#handle.sendDone()) {
        if (isPharo()) {
          await this.waitForSendDoneFor(60);
        } else if (!(await this.waitForSendDoneFor(60))) {
          await new ConnectionTimedOut("send data timeout; data not sent").signal();
        }
      }
      const chunk = isPharo()
        ? Math.min(bytesToSend - bytesSent, PHARO_SEND_CHUNK * unit)
        : bytesToSend - bytesSent;
      // The bytes go without a copy: a String's were made for this send, and a ByteArray's stay
      // untouched until sendData: answers, which is once Node has handed them all to the kernel.
      const sent = this.#primSend(bytes, bytesSent, chunk, unit, true);
      bytesSent += typeof sent === "number" ? sent : await sent;
    }
    if (aStringOrByteArray instanceof Uint8Array) await this.#untilFlushed();
    return bytesSent / unit;
  }

  /** @selector sendSomeData: — sends what the send buffer takes now (after waiting up to 45 s); answers the count. */
  sendSomeData(aStringOrByteArray: SocketData): Promise<number> {
    return this.sendSomeDataStartIndexCount(aStringOrByteArray, 1, dataSize(aStringOrByteArray));
  }

  /** @selector sendSomeData:startIndex: — `sendSomeData:` from `startIndex`. */
  sendSomeDataStartIndex(aStringOrByteArray: SocketData, startIndex: number): Promise<number> {
    return this.sendSomeDataStartIndexCount(
      aStringOrByteArray,
      startIndex,
      dataSize(aStringOrByteArray) - startIndex + 1,
    );
  }

  /** @selector sendSomeData:startIndex:count: — at most `count` elements from `startIndex`, waiting up to 45 s. */
  sendSomeDataStartIndexCount(
    aStringOrByteArray: SocketData,
    startIndex: number,
    count: number,
  ): Promise<number> {
    return this.sendSomeDataStartIndexCountFor(
      aStringOrByteArray,
      startIndex,
      count,
      Socket.standardTimeout(),
    );
  }

  /**
   * @selector sendSomeData:startIndex:count:for: — waits up to `aTimeoutInSeconds` until a send
   * would not wait, then sends at most `count` elements from `startIndex` once; answers how many
   * went (possibly 0). Squeak signals ConnectionTimedOut on timeout (and answers 0 if resumed).
   */
  async sendSomeDataStartIndexCountFor(
    aStringOrByteArray: SocketData,
    startIndex: number,
    count: number,
    aTimeoutInSeconds: unknown,
  ): Promise<number> {
    if (isPharo()) {
      await this.waitForSendDoneFor(aTimeoutInSeconds);
    } else if (!(await this.waitForSendDoneFor(aTimeoutInSeconds))) {
      await new ConnectionTimedOut("send data timeout; data not sent").signal();
      return 0;
    }
    const { bytes, unit } = dataBytes(aStringOrByteArray);
    return (await this.#primSend(bytes, (startIndex - 1) * unit, count * unit, unit, false)) / unit;
  }

  /**
   * @selector sendData:count: — sends the first `n` elements of `buffer`, calling `sendSomeData:`
   * until all went (Squeak yields the processor when a call sent nothing).
   */
  async sendDataCount(buffer: SocketData, n: number): Promise<this> {
    let totalSent = 0;
    while (totalSent < n) {
      const sent = await this.sendSomeDataStartIndexCount(buffer, totalSent + 1, n - totalSent);
      totalSent += sent;
      if (sent === 0 && !isPharo()) await Processor.yield();
    }
    return this;
  }

  /** @selector sendCommand: — sends `commandString` and CR LF (Pharo). */
  sendCommand(commandString: string): Promise<number> {
    return this.sendData(`${commandString}\r\n`);
  }

  /** @selector sendStreamContents: — sends what `stream` holds in 5000-byte chunks, then closes it. */
  sendStreamContents(stream: unknown): Promise<unknown> {
    return this.sendStreamContentsCheckBlock(stream, () => true);
  }

  /**
   * @selector sendStreamContents:checkBlock: — sends what `stream` holds in 5000-byte chunks while
   * `checkBlock` answers true; closes the stream however it ends.
   */
  async sendStreamContentsCheckBlock(stream: unknown, checkBlock: Block): Promise<unknown> {
    try {
      let buffer: unknown = new Uint8Array(5000);
      await send(stream, "binary");
      while (!((await send(stream, "atEnd")) === true && (await checkBlock()) === true)) {
        buffer = await send(stream, "next:into:", 5000, buffer);
        await this.sendData(buffer as SocketData);
      }
      return this;
    } finally {
      await send(stream, "close");
    }
  }

  // ---- receiving

  /**
   * @selector receiveData — waits, with no time limit, for data and answers it as a String (at
   * most 2000 characters); answers `''` once the peer has closed and everything was read.
   */
  async receiveData(): Promise<string> {
    const buffer = this.#stringBuffer();
    if (isPharo()) {
      const read = this.#receiveWaiting(buffer, 1);
      return latin1Decode(buffer.subarray(0, typeof read === "number" ? read : await read));
    }
    // Squeak's receiveDataInto: loop (#waitAndReceive), inlined: one Promise less per wait.
    if (this.#handle === null) return "";
    for (;;) {
      if (this.#primDataAvailable()) {
        const bytesRead = this.#primReceive(buffer, 1);
        if (bytesRead > 0) return latin1Decode(buffer.subarray(0, bytesRead));
      } else if (!this.isConnected()) {
        return "";
      } else {
        await this.#waitOn(this.#readSemaphore, null);
      }
    }
  }

  /** @selector receiveDataInto: — `receiveDataInto:startingAt: 1`. */
  receiveDataInto(aStringOrByteArray: SocketData): Promise<number> {
    return this.receiveDataIntoStartingAt(aStringOrByteArray, 1);
  }

  /**
   * @selector receiveDataInto:startingAt: — waits, with no time limit, until data arrives and reads
   * what fits into the buffer from `aNumber`; answers the count, 0 when the socket closed first.
   * (Squeak answers 0 for a destroyed socket; Pharo's primitive fails: SocketError.)
   */
  async receiveDataIntoStartingAt(aStringOrByteArray: SocketData, aNumber: number): Promise<number> {
    return this.#receiveWaiting(aStringOrByteArray, aNumber);
  }

  /** @selector receiveDataTimeout: — waits up to `timeout` seconds once; answers the data read (a String, `''` on timeout or close). */
  async receiveDataTimeout(timeout: unknown): Promise<string> {
    const buffer = this.#stringBuffer();
    const count = await this.receiveDataTimeoutIntoStartingAt(timeout, buffer, 1);
    return latin1Decode(buffer.subarray(0, count));
  }

  /** @selector receiveDataTimeout:into: — `receiveDataTimeout:into:startingAt: 1`. */
  receiveDataTimeoutInto(timeout: unknown, aStringOrByteArray: SocketData): Promise<number> {
    return this.receiveDataTimeoutIntoStartingAt(timeout, aStringOrByteArray, 1);
  }

  /** @selector receiveDataTimeout:into:startingAt: — waits up to `timeout` seconds once, then reads; 0 on timeout or close. */
  async receiveDataTimeoutIntoStartingAt(
    timeout: unknown,
    aStringOrByteArray: SocketData,
    aNumber: number,
  ): Promise<number> {
    await this.waitForDataForIfClosedIfTimedOut(
      timeout,
      () => null,
      () => null,
    );
    return this.#primReceive(aStringOrByteArray, aNumber);
  }

  /** @selector receiveDataWithTimeout — `receiveDataTimeout: Socket standardTimeout` (45 s; no exception). */
  receiveDataWithTimeout(): Promise<string> {
    return this.receiveDataTimeout(Socket.standardTimeout());
  }

  /** @selector receiveDataWithTimeoutInto: — `receiveDataWithTimeoutInto:startingAt: 1`. */
  receiveDataWithTimeoutInto(aStringOrByteArray: SocketData): Promise<number> {
    return this.receiveDataWithTimeoutIntoStartingAt(aStringOrByteArray, 1);
  }

  /** @selector receiveDataWithTimeoutInto:startingAt: — `receiveDataTimeout: 45 into:startingAt:`. */
  receiveDataWithTimeoutIntoStartingAt(aStringOrByteArray: SocketData, aNumber: number): Promise<number> {
    return this.receiveDataTimeoutIntoStartingAt(Socket.standardTimeout(), aStringOrByteArray, aNumber);
  }

  /**
   * @selector receiveDataSignallingTimeout:into:startingAt: — `waitForDataFor: timeout` (which
   * signals ConnectionTimedOut or ConnectionClosed), then reads.
   */
  async receiveDataSignallingTimeoutIntoStartingAt(
    timeout: unknown,
    aStringOrByteArray: SocketData,
    aNumber: number,
  ): Promise<number> {
    await this.waitForDataFor(timeout);
    return this.#primReceive(aStringOrByteArray, aNumber);
  }

  /** @selector receiveDataSignallingClosedInto:startingAt: — waits (no time limit) and reads until something is read; a close signals ConnectionClosed. */
  async receiveDataSignallingClosedIntoStartingAt(
    aStringOrByteArray: SocketData,
    aNumber: number,
  ): Promise<number> {
    let bytesRead = 0;
    while (bytesRead === 0) {
      await this.waitForData();
      bytesRead = this.#primReceive(aStringOrByteArray, aNumber);
    }
    return bytesRead;
  }

  /** @selector receiveSomeData — the data received so far (at most 2000 characters), without waiting. */
  receiveSomeData(): string {
    const buffer = this.#stringBuffer();
    return latin1Decode(buffer.subarray(0, this.receiveSomeDataIntoStartingAt(buffer, 1)));
  }

  /** @selector receiveSomeDataInto: — `receiveSomeDataInto:startingAt: 1`. */
  receiveSomeDataInto(aStringOrByteArray: SocketData): number {
    return this.receiveSomeDataIntoStartingAt(aStringOrByteArray, 1);
  }

  /** @selector receiveSomeDataInto:startingAt: — one read without waiting; answers the count (0 when nothing waits). */
  receiveSomeDataIntoStartingAt(aStringOrByteArray: SocketData, aNumber: number): number {
    return this.#primReceive(aStringOrByteArray, aNumber);
  }

  /** @selector receiveAvailableData — everything received so far (at most 2000 characters), without waiting. */
  receiveAvailableData(): string {
    const buffer = this.#stringBuffer();
    return latin1Decode(buffer.subarray(0, this.receiveAvailableDataIntoStartingAt(buffer, 1)));
  }

  /** @selector receiveAvailableDataInto: — `receiveAvailableDataInto:startingAt: 1`. */
  receiveAvailableDataInto(buffer: SocketData): number {
    return this.receiveAvailableDataIntoStartingAt(buffer, 1);
  }

  /** @selector receiveAvailableDataInto:startingAt: — reads while data is available and the buffer has room; answers the count. */
  receiveAvailableDataIntoStartingAt(buffer: SocketData, startIndex: number): number {
    let bufferPos = startIndex;
    const size = dataSize(buffer);
    while (this.dataAvailable() && bufferPos - 1 < size) {
      bufferPos += this.receiveSomeDataIntoStartingAt(buffer, bufferPos);
    }
    return bufferPos - startIndex;
  }

  /** @selector receiveAvailableDataIntoBuffer: — the data received so far, as a copy of the start of `buffer`. */
  receiveAvailableDataIntoBuffer(buffer: SocketData): unknown {
    const count = this.receiveAvailableDataInto(buffer);
    return send(buffer, "copyFrom:to:", 1, count);
  }

  /**
   * @selector discardReceivedData — reads and drops received data; answers the byte count. Squeak
   * stops when none is available; Pharo reads until the connection ends.
   */
  async discardReceivedData(): Promise<number> {
    const buffer = new Uint8Array(10000);
    let total = 0;
    while (this.isConnected() && (isPharo() || this.dataAvailable()))
      total += await this.receiveDataInto(buffer);
    return total;
  }

  // ---- datagrams

  /**
   * @selector setPort: — binds this UDP socket to `port` of every interface (0: any free port). A
   * bind that fails is ignored, as the VM's primitive ignores it.
   */
  async setPort(port: number): Promise<this> {
    await this.#primAsync("primSocket:setPort:", (handle) => this.#bindDatagram(handle, null, port, false));
    return this;
  }

  /** @selector setPort:interface: — binds this UDP socket to `portNumber` of the interface `ifAddr` (Squeak). */
  async setPortInterface(portNumber: number, ifAddr: HostAddress): Promise<this> {
    const host = endpointFor(await send(ifAddr, "asByteArray"), 0)?.host ?? null;
    await this.#primAsync("primSocket:listenOn:backlogSize:interface:", (handle) =>
      this.#bindDatagram(handle, host, portNumber, false),
    );
    return this;
  }

  /** @selector setPeer:port: — the default destination of this UDP socket (`sendData:`, `receiveData...`); only its datagrams arrive. */
  async setPeerPort(hostAddress: HostAddress, port: number): Promise<this> {
    const bytes = isPharo() ? hostAddress : await send(hostAddress, "asByteArray");
    const peer = endpointFor(bytes, port);
    await this.#primInAsync("primSocket:connectTo:port:", (handle) => this.#connectHandle(handle, peer));
    return this;
  }

  /** @selector sendData:toHost:port: — `sendUDPData:toHost:port:`. */
  sendDataToHostPort(
    aStringOrByteArray: SocketData,
    hostAddress: HostAddress,
    portNumber: number,
  ): Promise<number> {
    return this.sendUDPDataToHostPort(aStringOrByteArray, hostAddress, portNumber);
  }

  /**
   * @selector sendUDPData:toHost:port: — sends one datagram to `portNumber` at `hostAddress`,
   * waiting up to 20 s for the socket; answers the count sent. A datagram that cannot go:
   * Squeak NetworkError ('failed to send data') or SocketPrimitiveFailed; Pharo NoBroadcastAllowed
   * (an x.x.x.255 address without SO_BROADCAST), SocketError or NetworkError.
   */
  async sendUDPDataToHostPort(
    aStringOrByteArray: SocketData,
    hostAddress: HostAddress,
    portNumber: number,
  ): Promise<number> {
    const { bytes, unit } = dataBytes(aStringOrByteArray);
    const bytesToSend = bytes.length;
    let bytesSent = 0;
    const converted =
      isPharo() || hostAddress instanceof Uint8Array ? hostAddress : send(hostAddress, "asByteArray");
    const destination = endpointFor(isPromise(converted) ? await converted : converted, portNumber);
    // Squeak tests before sending (nothing goes for empty data); Pharo sends once, then tests.
    if (!isPharo() && bytesToSend === 0) return 0;
    do {
      if (this.#handle === null || !this.#handle.sendDone()) {
        if (isPharo()) {
          await this.waitForSendDoneFor(20);
        } else if (!(await this.waitForSendDoneFor(20))) {
          await new ConnectionTimedOut("send data timeout; data not sent").signal();
        }
      }
      const count = await this.#primSendTo(
        bytes,
        bytesSent,
        bytesToSend - bytesSent,
        destination,
        hostAddress,
      );
      if (count === 0) {
        if (isPharo() && this.#broadcastMisconfiguredForSendingTo(hostAddress))
          return this.#broadcastError(hostAddress);
        if (!isPharo() || bytesToSend !== count) await new NetworkError("failed to send data").signal();
      }
      bytesSent += count;
    } while (bytesSent < bytesToSend);
    return bytesSent / unit;
  }

  /**
   * @selector receiveUDPDataInto: — reads the next datagram without waiting; answers `{count.
   * senderAddressBytes. senderPort. moreFlag}` (count 0 when none waits).
   */
  receiveUDPDataInto(aStringOrByteArray: SocketData): DatagramInfo {
    return this.#prim("primSocket:receiveUDPDataInto:startingAt:count:", (handle) => {
      if (!(handle instanceof UdpHandle)) throw new PrimitiveFailure();
      let sender: Endpoint | null = null;
      const receive = (target: Uint8Array, offset: number, max: number) => {
        const receipt = handle.receiveDatagram(target, offset, max);
        sender = receipt.sender;
        return receipt.count;
      };
      const count =
        aStringOrByteArray instanceof Uint8Array
          ? receive(aStringOrByteArray, 0, aStringOrByteArray.length)
          : receiveIntoBuffer(aStringOrByteArray, 1, dataSize(aStringOrByteArray), receive);
      const from = sender as Endpoint | null;
      return [count, bytesOfEndpoint(from), from?.port ?? 0, false] satisfies DatagramInfo;
    });
  }

  /**
   * @selector receiveDataInto:fromHost:port: — reads the next datagram; answers its count if it came
   * from `hostAddress` and `portNumber`, else 0.
   */
  async receiveDataIntoFromHostPort(
    aStringOrByteArray: SocketData,
    hostAddress: unknown,
    portNumber: number,
  ): Promise<number> {
    const [count, address, port] = this.receiveUDPDataInto(aStringOrByteArray);
    return (await send(address, "=", hostAddress)) === true && port === portNumber ? count : 0;
  }

  // ---- addresses

  /**
   * @selector localAddress — the local host address: Squeak a SocketAddress (port 0; 0.0.0.0
   * unless connected or listening), Pharo the host bytes.
   */
  localAddress(): SocketAddress | Uint8Array {
    if (isPharo())
      return bytesOfEndpoint(this.#prim("primSocketLocalAddress:", (handle) => handle.localEndpoint()));
    if (!this.#connectedOrWaiting()) return SocketAddress.wildcard4();
    return addressOfEndpoint(
      this.#prim("primSocketLocalAddress:", (handle) => handle.localEndpoint()),
      false,
    );
  }

  /** @selector address — `localAddress`. */
  address(): SocketAddress | Uint8Array {
    return this.localAddress();
  }

  /** @selector localPort — the local port (Squeak: 0 unless connected or listening). */
  localPort(): number {
    if (!isPharo() && !this.#connectedOrWaiting()) return 0;
    return this.#prim("primSocketLocalPort:", (handle) => handle.localEndpoint()?.port ?? 0);
  }

  /** @selector port — `localPort`. */
  port(): number {
    return this.localPort();
  }

  /** @selector remoteAddress — the peer's host address (0.0.0.0 for a listener): Squeak a SocketAddress (port 0), Pharo the host bytes. */
  remoteAddress(): SocketAddress | Uint8Array {
    const remote = this.#prim("primSocketRemoteAddress:", (handle) => handle.remoteEndpoint());
    return isPharo() ? bytesOfEndpoint(remote) : addressOfEndpoint(remote, false);
  }

  /** @selector remotePort — the peer's port (0 for a listener). */
  remotePort(): number {
    return this.#prim("primSocketRemotePort:", (handle) => handle.remoteEndpoint()?.port ?? 0);
  }

  /**
   * @selector peerName — the peer's host name: Squeak the remote address's `hostName` (hosts file,
   * else the number); Pharo `nameForAddress: remoteAddress timeout: 20` (nil when unknown).
   */
  async peerName(): Promise<string | null> {
    const remote = this.remoteAddress();
    if (isPharo()) return NetNameResolver.nameForAddressTimeout(remote, 20);
    return (remote as SocketAddress).hostName();
  }

  /** @selector localAddressString — the local address as text (Squeak). */
  localAddressString(): string {
    return NetNameResolver.stringFromAddress(this.localAddress());
  }

  /** @selector remoteAddressString — the remote address as text (Squeak). */
  remoteAddressString(): string {
    return NetNameResolver.stringFromAddress(this.remoteAddress());
  }

  /** @selector localAddressPortString — `'127.0.0.1:8080'` (Squeak). */
  localAddressPortString(): string {
    return `${this.localAddressString()}:${this.localPort()}`;
  }

  /** @selector remoteAddressPortString — `'127.0.0.1:8080'` (Squeak). */
  remoteAddressPortString(): string {
    return `${this.remoteAddressString()}:${this.remotePort()}`;
  }

  /** @selector localSocketAddress — the local address with its port, a SocketAddress (Squeak). */
  localSocketAddress(): SocketAddress {
    return addressOfEndpoint(
      this.#prim("primSocketLocalAddressSize:", (handle) => handle.localEndpoint()),
      true,
    );
  }

  /** @selector remoteSocketAddress — the remote address with its port, a SocketAddress (Squeak). */
  remoteSocketAddress(): SocketAddress {
    return addressOfEndpoint(
      this.#prim("primSocketRemoteAddressSize:", (handle) => handle.remoteEndpoint()),
      true,
    );
  }

  // ---- options

  /**
   * @selector setOption:value: — sets a socket option by name (`'TCP_NODELAY'`, `'SO_BROADCAST'`,
   * ...; true and false mean 1 and 0); answers `{0. value}`, or nil when the primitive fails (an
   * unknown name). The socket must be valid (else InvalidSocketStatusException).
   */
  setOptionValue(aName: string, aValue: unknown): OptionResult | null {
    if (!this.isValid()) {
      return new InvalidSocketStatusException(
        "Socket status must valid before setting an option",
      ).signalSync() as never;
    }
    const text = aValue === true ? "1" : aValue === false ? "0" : String(send(aValue, "asString"));
    try {
      return [0, this.#handle!.setOption(aName, text)];
    } catch (thrown) {
      if (thrown instanceof PrimitiveFailure) return null;
      throw thrown;
    }
  }

  /**
   * @selector getOption: — `{0. value}` of the option `aName`: what `setOption:value:` set, or what
   * a new socket has. An unknown name makes the primitive fail; the socket must be valid.
   */
  getOption(aName: string): OptionResult {
    if (this.#handle === null || !this.isValid()) {
      return new InvalidSocketStatusException(
        "Socket status must valid before getting an option",
      ).signalSync() as never;
    }
    return [0, this.#prim("primSocket:getOption:", (handle) => handle.getOption(aName))];
  }

  // ---- private

  #create(socketType: number, familyCode: number): this {
    const family: Family | null = familyCode === 0 || familyCode === 2 ? 4 : familyCode === 3 ? 6 : null;
    this.#makeHandle((signals) => {
      if (family === null) throw new PrimitiveFailure();
      return socketType === UDP_SOCKET_TYPE ? new UdpHandle(family, signals) : new TcpHandle(family, signals);
    }, "primSocketCreateNetwork:type:receiveBufferSize:sendBufSize:semaIndex:readSemaIndex:writeSemaIndex:");
    return this;
  }

  /** Creates the three Semaphores and the handle that signals them (`initializeSocketHandleUsing:`). */
  #makeHandle(make: (signals: SocketSignals) => Handle, selector: string): void {
    const semaphore = new Semaphore();
    const readSemaphore = new Semaphore();
    const writeSemaphore = new Semaphore();
    const signals: SocketSignals = {
      connection: { signal: () => signalFromOutside(semaphore) },
      read: { signal: () => signalFromOutside(readSemaphore) },
      write: { signal: () => signalFromOutside(writeSemaphore) },
    };
    let handle: Handle;
    try {
      handle = make(signals);
    } catch (thrown) {
      if (!(thrown instanceof PrimitiveFailure)) throw thrown;
      this.#primitiveFailed(selector).signalSync();
      return;
    }
    this.#handle = handle;
    this.#semaphore = semaphore;
    this.#readSemaphore = readSemaphore;
    this.#writeSemaphore = writeSemaphore;
    finalization.register(this, handle, this);
  }

  /** The exception a failing primitive signals: Squeak's SocketPrimitiveFailed, Pharo's SocketError. */
  #primitiveFailed(selector: string): Exception {
    return isPharo()
      ? new SocketError(this.socketErrorMessage())
      : new SocketPrimitiveFailed(`${selector} failed`);
  }

  /** Runs a primitive on the handle: its value, or null for a nil handle or a failure. */
  #attempt<T>(body: (handle: Handle) => T): { readonly value: T } | null {
    const handle = this.#handle;
    if (handle === null) return null;
    try {
      return { value: body(handle) };
    } catch (thrown) {
      if (thrown instanceof PrimitiveFailure) return null;
      throw thrown;
    }
  }

  /** Runs a primitive from a method that answers at once; a nil handle or a failure signals. */
  #prim<T>(selector: string, body: (handle: Handle) => T): T {
    const result = this.#attempt(body);
    return result === null ? (this.#primitiveFailed(selector).signalSync() as T) : result.value;
  }

  /** Runs a primitive from a method that may wait (so that a handler of the failure may wait too). */
  async #primInAsync<T>(selector: string, body: (handle: Handle) => T): Promise<T> {
    const result = this.#attempt(body);
    return result === null ? ((await this.#primitiveFailed(selector).signal()) as T) : result.value;
  }

  /** Runs a primitive whose Node work completes later, waiting for it as for I/O. */
  async #primAsync<T>(selector: string, body: (handle: Handle) => Promise<T>): Promise<T> {
    const handle = this.#handle;
    const outcome = await waitForExternal(
      handle === null ? Promise.reject(new PrimitiveFailure()) : Promise.resolve().then(() => body(handle)),
      null,
    );
    if (outcome.status === "done") return outcome.value;
    const failure = outcome.status === "failed" ? outcome.error : null;
    if (!(failure instanceof PrimitiveFailure)) throw failure;
    return (await this.#primitiveFailed(selector).signal()) as T;
  }

  /**
   * The buffer of the String-answering receives. One per socket is enough: its bytes become the
   * String before any other process can run (only a wait lets one in, and none comes between).
   */
  #stringBuffer(): Uint8Array {
    this.#receiveBuffer ??= new Uint8Array(RECEIVE_STRING_SIZE);
    return this.#receiveBuffer;
  }

  /** Waits until Node holds none of the bytes sent (they reached the kernel, or the connection ended). */
  async #untilFlushed(): Promise<void> {
    for (let handle = this.#handle; handle instanceof TcpHandle && !handle.flushed(); handle = this.#handle) {
      await this.#waitOn(this.#writeSemaphore, null);
    }
  }

  /**
   * `receiveDataInto:startingAt:`: reads at once when data waits (the count, no Promise), else
   * waits (no time limit) until data arrives or the socket closes.
   */
  #receiveWaiting(buffer: SocketData, start: number): number | Promise<number> {
    // waitForDataIfClosed: answers at once when data waits; spare it the call then.
    if (this.#handle?.dataAvailable()) {
      const read = this.#primReceive(buffer, start);
      if (read > 0) return read;
    }
    return this.#waitAndReceive(buffer, start);
  }

  async #waitAndReceive(buffer: SocketData, start: number): Promise<number> {
    if (isPharo()) return this.#waitAndReceivePharo(buffer, start);
    // Squeak's loop of waitForDataIfClosed: (inlined) and the receive primitive. A socket
    // destroyed while its reader waits makes the next primitive fail, as in Squeak.
    if (this.#handle === null) return 0;
    for (;;) {
      if (this.#primDataAvailable()) {
        const bytesRead = this.#primReceive(buffer, start);
        if (bytesRead > 0) return bytesRead;
      } else if (!this.isConnected()) {
        return 0;
      } else {
        await this.#waitOn(this.#readSemaphore, null);
      }
    }
  }

  async #waitAndReceivePharo(buffer: SocketData, start: number): Promise<number> {
    let bytesRead = 0;
    let open = true;
    const closed = () => {
      open = false;
    };
    while (open && bytesRead === 0) {
      await this.waitForDataIfClosed(closed);
      bytesRead = this.#primReceive(buffer, start);
    }
    return bytesRead;
  }

  #status(): SocketStatus {
    return this.#handle === null ? INVALID_SOCKET : this.#handle.status();
  }

  #connectedOrWaiting(): boolean {
    const status = this.#status();
    return status === CONNECTED || status === WAITING_FOR_CONNECTION;
  }

  #primDataAvailable(): boolean {
    const handle = this.#handle;
    if (handle !== null) return handle.dataAvailable();
    return this.#primitiveFailed("primSocketReceiveDataAvailable:").signalSync() as boolean;
  }

  #primSendDone(): boolean {
    const handle = this.#handle;
    if (handle !== null) return handle.sendDone();
    return this.#primitiveFailed("primSocketSendDone:").signalSync() as boolean;
  }

  #primReceive(buffer: SocketData, start: number): number {
    const handle = this.#handle;
    if (handle !== null && buffer instanceof Uint8Array) {
      return handle.receiveInto(buffer, start - 1, Math.max(0, buffer.length - start + 1));
    }
    return this.#prim("primSocket:receiveDataInto:startingAt:count:", (valid) =>
      receiveIntoBuffer(buffer, start, dataSize(buffer) - start + 1, (target, offset, count) =>
        valid.receiveInto(target, offset, count),
      ),
    );
  }

  /**
   * Sends `count` bytes of `bytes` from `offset`; answers the bytes sent (a multiple of `unit`), at
   * once for TCP, later for UDP (whose send completes in Node's event loop).
   */
  #primSend(
    bytes: Uint8Array,
    offset: number,
    count: number,
    unit: 1 | 4,
    owned: boolean,
  ): number | Promise<number> {
    const selector = "primSocket:sendData:startIndex:count:";
    const handle = this.#handle;
    if (handle instanceof UdpHandle)
      return this.#primDatagram(selector, () => handle.send(bytes, offset, count));
    if (handle === null) return this.#primitiveFailed(selector).signal() as Promise<number>;
    return handle.send(bytes, offset, count - (count % unit), owned);
  }

  /**
   * Waits for a datagram send, which Node completes in its event loop (nearly always at once):
   * like the VM's `sendto`, a primitive for which the process keeps the processor. Answers the
   * count sent, or the failure.
   */
  #sendDatagram(sendIt: () => Promise<number>): Promise<number | PrimitiveFailure> {
    return sendIt().catch((thrown: unknown) => {
      if (thrown instanceof PrimitiveFailure) return thrown;
      throw thrown;
    });
  }

  /** A datagram send primitive: its count, or the primitive's failure signalled. */
  async #primDatagram(selector: string, sendIt: () => Promise<number>): Promise<number> {
    const sent = await this.#sendDatagram(sendIt);
    return typeof sent === "number" ? sent : ((await this.#primitiveFailed(selector).signal()) as number);
  }

  /** The datagram primitive: the count sent, or the failure signalled as each dialect does. */
  #primSendTo(
    bytes: Uint8Array,
    offset: number,
    count: number,
    destination: Endpoint | null,
    hostAddress: HostAddress,
  ): Promise<number> {
    const handle = this.#handle;
    if (!(handle instanceof UdpHandle) || destination === null) return this.#sendToFailed(hostAddress);
    return handle.sendTo(bytes, offset, count, destination).catch((thrown: unknown) => {
      if (thrown instanceof PrimitiveFailure) return this.#sendToFailed(hostAddress);
      throw thrown;
    });
  }

  async #sendToFailed(hostAddress: HostAddress): Promise<number> {
    if (!isPharo()) {
      return (await this.#primitiveFailed(
        "primSocket:sendUDPData:toHost:port:startIndex:count:",
      ).signal()) as number;
    }
    if (this.#broadcastMisconfiguredForSendingTo(hostAddress)) return this.#broadcastError(hostAddress);
    return (await new SocketError(this.socketErrorMessage()).signal()) as number;
  }

  /** Pharo: whether `hostAddress` is an IPv4 broadcast address (x.x.x.255) and SO_BROADCAST is off. */
  #broadcastMisconfiguredForSendingTo(hostAddress: HostAddress): boolean {
    const bytes = hostAddress instanceof SocketAddress ? hostAddress.asByteArray() : hostAddress;
    return bytes.length === 4 && bytes[3] === 255 && this.getOption("SO_BROADCAST")[1] === 0;
  }

  async #broadcastError(hostAddress: HostAddress): Promise<never> {
    const exception = new NoBroadcastAllowed(
      `Sending to ${printString(hostAddress)} without SO_BROADCAST set`,
    );
    return (await exception.signal()) as never;
  }

  /** Signals InvalidSocketStatusException (`text`) unless the socket is Unconnected; nothing to wait for when it is. */
  #requireUnconnected(text: string): unknown {
    return this.#status() === UNCONNECTED ? null : new InvalidSocketStatusException(text).signal();
  }

  async #listenSqueak(portNumber: number, backlog: number, host: string | null): Promise<this> {
    await this.#requireUnconnected("Socket status must Unconnected before listening for a new connection");
    await this.#primAsync("primSocket:listenOn:backlogSize:", (handle) =>
      this.#listenHandle(handle, portNumber, backlog, host, false),
    );
    return this;
  }

  async #listenHandle(
    handle: Handle,
    port: number | null,
    backlog: number,
    host: string | null,
    strict: boolean,
  ): Promise<void> {
    if (handle instanceof UdpHandle) {
      if (backlog > 1) throw new PrimitiveFailure();
      if (port !== null) await handle.bind(host, port, strict);
      return;
    }
    await handle.listen(port, backlog, host, strict);
  }

  async #bindHandle(handle: Handle, local: Endpoint | null): Promise<void> {
    if (local === null) throw new PrimitiveFailure();
    if (handle instanceof UdpHandle) await handle.bind(local.host, local.port, true);
    else await handle.bind(local.host, local.port);
  }

  async #bindDatagram(handle: Handle, host: string | null, port: number, strict: boolean): Promise<void> {
    if (handle instanceof UdpHandle) await handle.bind(host, port, strict);
    else await handle.listen(port, 1, host, false);
  }

  #connectHandle(handle: Handle, remote: Endpoint | null): void {
    if (remote === null) throw new PrimitiveFailure();
    if (handle instanceof UdpHandle) handle.setPeer(remote);
    else handle.connect(remote);
  }

  /** Waits on `semaphore` at most `milliseconds` (null: no limit); a destroyed socket has none (nil). */
  #waitOn(semaphore: Semaphore | null, milliseconds: number | null): unknown {
    if (milliseconds === null) return semaphore === null ? send(semaphore, "wait") : semaphore.wait();
    if (semaphore === null) return send(semaphore, "waitTimeoutMSecs:", milliseconds);
    return semaphore.waitTimeoutMSecs(milliseconds);
  }
}
