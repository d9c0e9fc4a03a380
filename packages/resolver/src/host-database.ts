import { readFileSync } from "node:fs";
import { formatIPv4, formatIPv6, parseAddressString } from "./address-text.js";

/**
 * The local host and service databases (`/etc/hosts`, `/etc/services`), read synchronously: what
 * `getnameinfo` consults before any DNS query. They give a SocketAddress its `hostName` and
 * `serviceName` (Squeak prints both) without a lookup that would block the event loop.
 */

interface Databases {
  readonly hosts: ReadonlyMap<string, string>;
  readonly services: ReadonlyMap<string, string>;
}

let databases: Databases | undefined;

function readLines(path: string): string[] {
  try {
    return readFileSync(path, "latin1").split("\n");
  } catch {
    return [];
  }
}

function fields(line: string): string[] {
  const hash = line.indexOf("#");
  return (hash < 0 ? line : line.slice(0, hash)).split(/\s+/).filter((field) => field !== "");
}

/** An address in the one text form both databases are keyed by. */
function canonical(addressText: string): string | null {
  const bytes = parseAddressString(addressText);
  if (bytes === null) return null;
  return bytes.length === 4 ? formatIPv4(bytes) : formatIPv6(bytes);
}

function load(): Databases {
  const hosts = new Map<string, string>();
  for (const line of readLines("/etc/hosts")) {
    const [address, name] = fields(line);
    const key = address === undefined ? null : canonical(address);
    if (key !== null && name !== undefined && !hosts.has(key)) hosts.set(key, name);
  }
  const services = new Map<string, string>();
  for (const line of readLines("/etc/services")) {
    const [name, portAndProtocol] = fields(line);
    if (name !== undefined && portAndProtocol !== undefined && !services.has(portAndProtocol)) {
      services.set(portAndProtocol, name);
    }
  }
  return { hosts, services };
}

/** The name `/etc/hosts` gives the address `addressText` (its first name on the first line), or null. */
export function hostsFileName(addressText: string): string | null {
  databases ??= load();
  const key = canonical(addressText);
  return key === null ? null : (databases.hosts.get(key) ?? null);
}

/** The name `/etc/services` gives `port` over TCP (`80` -> `http`), or null. */
export function servicesFileName(port: number): string | null {
  databases ??= load();
  return databases.services.get(`${port}/tcp`) ?? null;
}
