import { type PrintStream, printString, registerClass, StObject } from "@smalltalk-sockets/runtime";
import type { SocketAddress } from "./socket-address.js";

const FAMILY_NAMES = ["unspecified", "local", "inet4", "inet6"] as const;
const TYPE_NAMES = ["unspecified", "stream", "dgram"] as const;
const PROTOCOL_NAMES = ["unspecified", "tcp", "udp"] as const;

/**
 * `SocketAddressInformation` (Squeak): one answer of `getaddrinfo`, a service at `socketAddress`
 * with its address family, socket type and protocol. `NetNameResolver addressesForName:` answers
 * these; `@smalltalk-sockets/socket-core` adds `connect` and `listenWithBacklog:`.
 */
export class SocketAddressInformation extends StObject {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "SocketAddressInformation";
  /** The Smalltalk category. */
  static override readonly $category: string = "Network-Kernel";
  static {
    registerClass(this);
  }

  #socketAddress: SocketAddress | null = null;
  #addressFamily = 0;
  #socketType = 0;
  #protocol = 0;

  /** @selector addressFamilyUnspecified — 0. */
  static addressFamilyUnspecified(): number {
    return 0;
  }

  /** @selector addressFamilyLocal — 1. */
  static addressFamilyLocal(): number {
    return 1;
  }

  /** @selector addressFamilyINET4 — 2. */
  static addressFamilyINET4(): number {
    return 2;
  }

  /** @selector addressFamilyINET6 — 3. */
  static addressFamilyINET6(): number {
    return 3;
  }

  /** @selector socketTypeUnspecified — 0. */
  static socketTypeUnspecified(): number {
    return 0;
  }

  /** @selector socketTypeStream — 1. */
  static socketTypeStream(): number {
    return 1;
  }

  /** @selector socketTypeDGram — 2. */
  static socketTypeDGram(): number {
    return 2;
  }

  /** @selector protocolUnspecified — 0. */
  static protocolUnspecified(): number {
    return 0;
  }

  /** @selector protocolTCP — 1. */
  static protocolTCP(): number {
    return 1;
  }

  /** @selector protocolUDP — 2. */
  static protocolUDP(): number {
    return 2;
  }

  /** @selector withSocketAddress:family:type:protocol: — a new information record. */
  static withSocketAddressFamilyTypeProtocol(
    socketAddress: SocketAddress,
    family: number,
    type: number,
    protocol: number,
  ): SocketAddressInformation {
    return new SocketAddressInformation().initSocketAddressFamilyTypeProtocol(
      socketAddress,
      family,
      type,
      protocol,
    );
  }

  /** @selector initSocketAddress:family:type:protocol: — sets every field. */
  initSocketAddressFamilyTypeProtocol(
    socketAddress: SocketAddress,
    family: number,
    type: number,
    protocol: number,
  ): this {
    this.#socketAddress = socketAddress;
    this.#addressFamily = family;
    this.#socketType = type;
    this.#protocol = protocol;
    return this;
  }

  /** @selector socketAddress — where the service is. */
  socketAddress(): SocketAddress | null {
    return this.#socketAddress;
  }

  /** @selector addressFamily — 2 (inet4) or 3 (inet6). */
  addressFamily(): number {
    return this.#addressFamily;
  }

  /** @selector socketType — 1 (stream) or 2 (dgram). */
  socketType(): number {
    return this.#socketType;
  }

  /** @selector protocol — 1 (tcp) or 2 (udp). */
  protocol(): number {
    return this.#protocol;
  }

  /** @selector addressFamilyName — `#inet4`, `#inet6`, ... (as a string). */
  addressFamilyName(): string {
    return FAMILY_NAMES[this.#addressFamily] ?? "unspecified";
  }

  /** @selector socketTypeName — `stream`, `dgram` or `unspecified`. */
  socketTypeName(): string {
    return TYPE_NAMES[this.#socketType] ?? "unspecified";
  }

  /**
   * @selector protocolName — `tcp`, `udp` or `unspecified`. Squeak indexes the names by the socket
   * type, not the protocol; so does this (a stream answers `tcp` whatever its protocol).
   */
  protocolName(): string {
    return PROTOCOL_NAMES[this.#socketType] ?? "unspecified";
  }

  /** @selector printOn: — `address-family-type-protocol`, e.g. `127.0.0.1(localhost),0(0)-inet4-stream-tcp`. */
  override printOn(stream: PrintStream): this {
    stream.nextPutAll(
      `${printString(this.#socketAddress)}-${this.addressFamilyName()}-${this.socketTypeName()}-${this.protocolName()}`,
    );
    return this;
  }
}
