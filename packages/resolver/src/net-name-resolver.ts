import { hostname, networkInterfaces } from "node:os";
import { isPharo, registerClass, requireClass, StObject, send } from "@smalltalk-sockets/runtime";
import { formatIPv4, formatIPv6, parseAddressString, parseIPv6 } from "./address-text.js";
import { waitForExternal } from "./external-wait.js";
import { nameLookup, type ResolvedAddress } from "./name-lookup.js";
import { NameLookupFailure } from "./network-errors.js";
import { SocketAddress } from "./socket-address.js";
import { SocketAddressInformation } from "./socket-address-information.js";

/** `resolverStatus` values. */
const RESOLVER_UNINITIALIZED = 0;
const RESOLVER_READY = 1;
const RESOLVER_ERROR = 3;

/** The `h_errno` Squeak's VM reports for a name that does not resolve (HOST_NOT_FOUND). */
const HOST_NOT_FOUND = 1;

let status = RESOLVER_UNINITIALIZED;
let lastError = 0;
let resolvesLocalHostName = false;

function addressOf(resolved: ResolvedAddress): SocketAddress {
  return new SocketAddress(parseAddressString(resolved.address)!);
}

function recordOutcome(found: boolean): void {
  status = found ? RESOLVER_READY : RESOLVER_ERROR;
  lastError = found ? 0 : HOST_NOT_FOUND;
}

/**
 * Every address of `hostName` of `family`, waited for through a Semaphore so that only the asking
 * Smalltalk process waits; null when the lookup fails or does not finish within `timeoutMs`.
 */
async function resolve(
  hostName: string,
  family: 0 | 4 | 6,
  timeoutMs: number | null,
): Promise<readonly ResolvedAddress[] | null> {
  const outcome = await waitForExternal(nameLookup().addressesOf(hostName, family), timeoutMs);
  const found = outcome.status === "done" && outcome.value.length > 0 ? outcome.value : null;
  recordOutcome(found !== null);
  return found;
}

function secondsToMs(seconds: number): number {
  return Math.max(0, Math.trunc(seconds * 1000));
}

/** The first IPv4 address of a non-internal interface, as Pharo's VM reports the local address. */
function firstInterfaceAddress(): string | null {
  for (const entries of Object.values(networkInterfaces())) {
    for (const entry of entries ?? []) if (entry.family === "IPv4" && !entry.internal) return entry.address;
  }
  return null;
}

/**
 * `NetNameResolver`: name lookup and address text, class side only, as in Squeak and Pharo.
 *
 * - `addressFromString:` is a pure parser: it never looks anything up, so a host name answers nil.
 * - `addressForName:` asks the system resolver (`getaddrinfo`). A name that does not resolve
 *   answers nil under Squeak; under Pharo it signals NameLookupFailure.
 * - `localHostAddress` answers the loopback address (design rule 6), unless
 *   `resolveLocalHostName: true` asks for what Squeak (the host name looked up) or Pharo (the
 *   machine's interface address, 127.0.0.1 when there is none) really answer.
 *
 * Lookups park only the Smalltalk process that asks (a Unix VM blocks every process during one).
 */
export class NetNameResolver extends StObject {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "NetNameResolver";
  /** The Smalltalk category. */
  static override readonly $category: string = "Network-Kernel";
  static {
    registerClass(this);
  }

  /**
   * @selector initializeNetwork — readies the resolver. Answers true when it already was (and
   * always under Pharo); Squeak's first initialization answers the class. (Squeak signals
   * NoNetworkError when the VM cannot initialize the network, which cannot happen on Node.)
   */
  static initializeNetwork(): unknown {
    const wasReady = status !== RESOLVER_UNINITIALIZED;
    if (!wasReady) status = RESOLVER_READY;
    return wasReady || isPharo() ? true : NetNameResolver;
  }

  /** @selector resolverStatus — 0 uninitialized, 1 ready (last request succeeded), 3 last request failed. */
  static resolverStatus(): number {
    return status;
  }

  /** @selector resolverError — the error of the last lookup (0 when it succeeded). */
  static resolverError(): number {
    return lastError;
  }

  /** @selector resolveLocalHostName — whether `localHostAddress` looks the host name up (default false). */
  static resolveLocalHostName(): boolean {
    return resolvesLocalHostName;
  }

  /**
   * @selector resolveLocalHostName: — true makes `localHostAddress` answer what real Squeak
   * (`addressForName: self localHostName`, possibly nil) and Pharo (the interface address) answer;
   * false (the default) answers the loopback address.
   */
  static resolveLocalHostName$(aBoolean: boolean): typeof NetNameResolver {
    resolvesLocalHostName = aBoolean;
    return NetNameResolver;
  }

  /** @selector localHostName — the host name (`gethostname()`); Pharo answers `'localhost'` if it fails. */
  static localHostName(): string {
    NetNameResolver.initializeNetwork();
    const name = hostname();
    return name === "" && isPharo() ? NetNameResolver.loopBackName() : name;
  }

  /**
   * @selector localHostAddress — the loopback address 127.0.0.1, unless `resolveLocalHostName:` is
   * set: then Squeak's answer (the host name's first address, or nil) or Pharo's (the interface
   * address, 127.0.0.1 when there is none).
   */
  static async localHostAddress(): Promise<SocketAddress | null> {
    NetNameResolver.initializeNetwork();
    if (!resolvesLocalHostName) return SocketAddress.loopback4();
    if (!isPharo()) return NetNameResolver.addressForName(NetNameResolver.localHostName());
    const address = firstInterfaceAddress();
    return address === null ? SocketAddress.loopback4() : new SocketAddress(parseAddressString(address)!);
  }

  /** @selector localAddressString — the local host address as text (`'127.0.0.1'`). */
  static async localAddressString(): Promise<string> {
    const address = await NetNameResolver.localHostAddress();
    if (isPharo()) return NetNameResolver.stringFromAddress(address);
    return send(address, "hostNumber") as string;
  }

  /** @selector loopBackName — `'localhost'`. */
  static loopBackName(): string {
    return "localhost";
  }

  /** @selector loopBackAddress — the address of `'localhost'`. */
  static loopBackAddress(): Promise<SocketAddress | null> {
    return NetNameResolver.addressForName(NetNameResolver.loopBackName());
  }

  /**
   * @selector addressFromString: — a pure parser, never a lookup: `'1.2.3.4'` (Squeak also takes
   * `,` or a space between the bytes, skips leading separators and ignores what follows the
   * fourth byte) answers `#[1 2 3 4]`; text with `:` is IPv6 (16 bytes). Anything else,
   * including every host name, answers nil.
   */
  static addressFromString(addressString: string): Uint8Array | null {
    return parseAddressString(addressString);
  }

  /** @selector addressFromIPv6String: — the 16 bytes of IPv6 text (`'::1'`), or nil. */
  static addressFromIPv6String(aString: string): Uint8Array | null {
    return parseIPv6(aString);
  }

  /** @selector stringFromIPv6Address: — 16 bytes as IPv6 text, the longest zero run written `::`. */
  static stringFromIPv6Address(aByteArray: Uint8Array): string {
    return formatIPv6(aByteArray);
  }

  /**
   * @selector stringFromAddress: — an address as text: a SocketAddress's host number, 16 bytes as
   * IPv6, otherwise the first four bytes dotted.
   */
  static stringFromAddress(addr: unknown): string {
    if (addr instanceof SocketAddress) return addr.hostNumber();
    const bytes = addr as Uint8Array;
    return bytes.length === 16 ? formatIPv6(bytes) : formatIPv4(bytes);
  }

  /**
   * @selector addressForName: — the first address `getaddrinfo` gives `hostName` (any family),
   * port 0. Squeak answers nil when the name does not resolve; Pharo is `addressForName:
   * timeout: 60`.
   */
  static async addressForName(hostName: string): Promise<SocketAddress | null> {
    if (isPharo()) return NetNameResolver.addressForNameTimeout(hostName, 60);
    NetNameResolver.initializeNetwork();
    const found = await resolve(hostName, 0, null);
    return found === null ? null : addressOf(found[0]!);
  }

  /**
   * @selector addressForName:timeout: — Squeak: `addressForName:` (the timeout is not used). Pharo:
   * a numeric address answers at once; a name is looked up (IPv4) for at most `secs` seconds, and
   * failure or timeout signals NameLookupFailure (`'cannot resolve ''name'''`).
   */
  static async addressForNameTimeout(hostName: string, secs: number): Promise<SocketAddress | null> {
    NetNameResolver.initializeNetwork();
    if (!isPharo()) return NetNameResolver.addressForName(hostName);
    const numeric = parseAddressString(hostName);
    if (numeric !== null) return new SocketAddress(numeric);
    const found = await resolve(hostName, 4, secondsToMs(secs));
    if (found === null) return (await NameLookupFailure.signalFor(hostName)) as SocketAddress | null;
    return addressOf(found[0]!);
  }

  /**
   * @selector addressesForName: — every answer of `getaddrinfo` for `hostName` (stream sockets,
   * TCP, any family), an OrderedCollection of SocketAddressInformation; empty when it does not
   * resolve.
   */
  static async addressesForName(hostName: string): Promise<unknown> {
    NetNameResolver.initializeNetwork();
    const found = (await resolve(hostName, 0, null)) ?? [];
    const result = send(requireClass("OrderedCollection"), "new");
    for (const entry of found) {
      const family = entry.family === 4 ? 2 : 3;
      send(
        result,
        "add:",
        SocketAddressInformation.withSocketAddressFamilyTypeProtocol(addressOf(entry), family, 1, 1),
      );
    }
    return result;
  }

  /** @selector nameForAddress: — `nameForAddress: hostAddress timeout: 60`. */
  static nameForAddress(hostAddress: unknown): Promise<string | null> {
    return NetNameResolver.nameForAddressTimeout(hostAddress, 60);
  }

  /**
   * @selector nameForAddress:timeout: — the name of the host at `hostAddress` (a SocketAddress or
   * host bytes), or nil when it has none or the lookup takes more than `secs` seconds.
   */
  static async nameForAddressTimeout(hostAddress: unknown, secs: number): Promise<string | null> {
    NetNameResolver.initializeNetwork();
    const text = NetNameResolver.stringFromAddress(hostAddress);
    const outcome = await waitForExternal(nameLookup().nameOf(text), secondsToMs(secs));
    recordOutcome(outcome.status === "done");
    return outcome.status === "done" ? outcome.value : null;
  }
}
