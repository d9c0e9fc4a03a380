import { lookup, lookupService } from "node:dns/promises";

/** One address a host name resolves to: its text and family. */
export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

/**
 * What NetNameResolver asks of the system resolver. The default is the operating system's:
 * `getaddrinfo` (`dns.lookup`, which reads the hosts file and then DNS) and `getnameinfo`
 * (`dns.lookupService`). Tests and applications may install another with
 * {@link setNameLookup} (to make failures reproducible without reaching any server).
 */
export interface NameLookup {
  /**
   * Every address of `hostName` in the resolver's order, of `family` (0 = any). An empty list or
   * a rejection means the name does not resolve.
   */
  addressesOf(hostName: string, family: 0 | 4 | 6): Promise<readonly ResolvedAddress[]>;
  /** The name of the host at `address` (text), rejecting when it has none. */
  nameOf(address: string): Promise<string>;
}

/** The operating system's resolver. */
export const systemNameLookup: NameLookup = {
  async addressesOf(hostName, family) {
    const found = await lookup(hostName, { family, all: true, verbatim: true });
    return found.map((entry) => ({ address: entry.address, family: entry.family === 6 ? 6 : 4 }));
  },
  async nameOf(address) {
    return (await lookupService(address, 0)).hostname;
  },
};

let current: NameLookup = systemNameLookup;

/** The resolver NetNameResolver uses now. */
export function nameLookup(): NameLookup {
  return current;
}

/** Makes NetNameResolver use `resolver` (pass {@link systemNameLookup} to restore the default). */
export function setNameLookup(resolver: NameLookup): void {
  current = resolver;
}
