import { isIP } from "node:net";

/** An address family as the plugin sees it: 4 (AF_INET) or 6 (AF_INET6). */
export type Family = 4 | 6;

/** A host (text, as Node takes it) and a port: one end of a connection. */
export interface Endpoint {
  readonly host: string;
  readonly family: Family;
  readonly port: number;
}

/** The family of the address text `host` (an IP literal). */
export function familyOf(host: string): Family {
  return isIP(host) === 6 ? 6 : 4;
}

/** The wildcard address of `family` (`0.0.0.0`, `::`): every interface. */
export function wildcardHost(family: Family): string {
  return family === 6 ? "::" : "0.0.0.0";
}

/** The loopback address of `family` (`127.0.0.1`, `::1`). */
export function loopbackHost(family: Family): string {
  return family === 6 ? "::1" : "127.0.0.1";
}

/** An endpoint from what Node reports (`address()`, `remoteAddress`), or null when it reports none. */
export function endpointOf(host: string | undefined, port: number | undefined): Endpoint | null {
  if (host === undefined || port === undefined) return null;
  return { host, family: familyOf(host), port };
}
