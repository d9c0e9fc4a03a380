import { isPharo, type PrintStream, registerClass, StError, StObject } from "@smalltalk-sockets/runtime";
import { formatIPv4, formatIPv6 } from "./address-text.js";
import { hostsFileName, servicesFileName } from "./host-database.js";

/** The two address families a SocketAddress can hold. */
export type AddressFamily = 4 | 6;

/**
 * `SocketAddress`: a host address (IPv4 or IPv6) and a port, what sockets connect to and listen
 * on. Squeak's SocketAddress is an opaque VM `sockaddr` with `port`, `hostNumber`, `hostName`
 * and prints as `127.0.0.1(localhost),80(http)`; Pharo's is a 4-byte IPv4 ByteArray that prints
 * as `127.0.0.1`. This one holds both (Squeak's protocol, Pharo's `fromDottedString:`, `zero`,
 * `isPrivateAddress`) and prints as the dialect in force does.
 *
 * ```ts
 * const address = SocketAddress.fromDottedString("127.0.0.1");
 * address.port$(8080);
 * address.printString(); // '127.0.0.1(localhost),8080(http-alt)' under Squeak
 * ```
 */
export class SocketAddress extends StObject {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "SocketAddress";
  /** The Smalltalk category. */
  static override readonly $category: string = "Network-Kernel";
  static {
    registerClass(this);
  }

  readonly #bytes: Uint8Array;
  #port: number;

  /** An address of the 4 (IPv4) or 16 (IPv6) host bytes `bytes` and `port` (0.0.0.0:0 by default). */
  constructor(bytes: Uint8Array = new Uint8Array(4), port = 0) {
    super();
    if (bytes.length !== 4 && bytes.length !== 16) throw new RangeError("a host address has 4 or 16 bytes");
    this.#bytes = Uint8Array.from(bytes);
    this.#port = port;
  }

  /**
   * @selector fromOldByteAddress: — the address of 4 (IPv4) or 16 (IPv6) host bytes, port 0. Other
   * sizes signal an Error: Squeak's `'invalid address 1.2.3'`, Pharo's size mismatch.
   */
  static fromOldByteAddress(byteArray: Uint8Array): SocketAddress {
    if (byteArray.length === 4 || byteArray.length === 16) return new SocketAddress(byteArray);
    const text = isPharo() ? "Collections sizes do not match" : `invalid address ${[...byteArray].join(".")}`;
    return new StError(text).signalSync() as never;
  }

  /**
   * @selector fromDottedString: — Pharo's strict reading of `a.b.c.d`: four integers 0..255, else
   * an Error (a size mismatch, or `'Value outside [0 , 255]'`).
   */
  static fromDottedString(string: string): SocketAddress {
    const parts = string.split(".");
    if (parts.length !== 4) return new StError("Collections sizes do not match").signalSync() as never;
    const bytes = new Uint8Array(4);
    for (const [index, part] of parts.entries()) {
      const value = /^\d+$/.test(part) ? Number(part) : Number.NaN;
      if (!(value >= 0 && value <= 255)) return new StError("Value outside [0 , 255]").signalSync() as never;
      bytes[index] = value;
    }
    return new SocketAddress(bytes);
  }

  /** @selector loopback4 — 127.0.0.1, port 0. */
  static loopback4(): SocketAddress {
    return new SocketAddress(Uint8Array.of(127, 0, 0, 1));
  }

  /** @selector loopback6 — ::1, port 0. */
  static loopback6(): SocketAddress {
    const bytes = new Uint8Array(16);
    bytes[15] = 1;
    return new SocketAddress(bytes);
  }

  /** @selector wildcard4 — 0.0.0.0 (any IPv4 interface), port 0. */
  static wildcard4(): SocketAddress {
    return new SocketAddress(new Uint8Array(4));
  }

  /** @selector wildcard6 — :: (any IPv6 interface), port 0. */
  static wildcard6(): SocketAddress {
    return new SocketAddress(new Uint8Array(16));
  }

  /** @selector zero — Pharo's 0.0.0.0. */
  static zero(): SocketAddress {
    return SocketAddress.wildcard4();
  }

  /** The address family: 4 or 6. */
  family(): AddressFamily {
    return this.#bytes.length === 4 ? 4 : 6;
  }

  /** @selector port — the port number. */
  port(): number {
    return this.#port;
  }

  /** @selector port: — sets the port number (the receiver changes, as in Squeak). */
  port$(anInteger: number): this {
    this.#port = anInteger;
    return this;
  }

  /** @selector hostNumber — the host address as text: `127.0.0.1`, `::1`. */
  hostNumber(): string {
    return this.#bytes.length === 4 ? formatIPv4(this.#bytes) : formatIPv6(this.#bytes);
  }

  /**
   * @selector hostName — the host's name from the hosts file (`localhost` for 127.0.0.1), else the
   * host number, as `getnameinfo` answers without a DNS server. A DNS reverse lookup is
   * `NetNameResolver nameForAddress:timeout:`.
   */
  hostName(): string {
    return hostsFileName(this.hostNumber()) ?? this.hostNumber();
  }

  /** @selector serviceNumber — the port as text. */
  serviceNumber(): string {
    return String(this.#port);
  }

  /** @selector serviceName — the TCP service name of the port (`http` for 80), else the port as text. */
  serviceName(): string {
    return servicesFileName(this.#port) ?? this.serviceNumber();
  }

  /** @selector asByteArray — the host bytes (4 for IPv4, 16 for IPv6), a new ByteArray. */
  asByteArray(): Uint8Array {
    return Uint8Array.from(this.#bytes);
  }

  /** @selector asSocketAddress — the receiver. */
  asSocketAddress(): this {
    return this;
  }

  /** @selector isPrivateAddress — whether the address is in 10/8, 172.16/12 or 192.168/16 (Pharo). */
  isPrivateAddress(): boolean {
    const [a, b] = this.#bytes;
    if (this.#bytes.length !== 4) return false;
    return a === 10 || (a === 172 && b! >= 16 && b! <= 31) || (a === 192 && b === 168);
  }

  /** @selector = — the same family, host bytes and port. */
  override eq(other: unknown): boolean {
    if (!(other instanceof SocketAddress) || other.#port !== this.#port) return false;
    const bytes = other.#bytes;
    return bytes.length === this.#bytes.length && bytes.every((byte, index) => byte === this.#bytes[index]);
  }

  /** @selector hash — a hash consistent with `=`. */
  override hash(): number {
    let hash = this.#port;
    for (const byte of this.#bytes) hash = (hash * 31 + byte) | 0;
    return hash & 0x3fffffff;
  }

  /**
   * @selector printOn: — Squeak: `hostNumber(hostName),serviceNumber(serviceName)`, e.g.
   * `127.0.0.1(localhost),0(0)`; Pharo: the host number alone, `127.0.0.1`.
   */
  override printOn(stream: PrintStream): this {
    if (isPharo()) {
      stream.nextPutAll(this.hostNumber());
    } else {
      stream.nextPutAll(
        `${this.hostNumber()}(${this.hostName()}),${this.serviceNumber()}(${this.serviceName()})`,
      );
    }
    return this;
  }
}
