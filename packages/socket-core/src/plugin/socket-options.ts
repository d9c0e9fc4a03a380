import type { Socket as DatagramSocket } from "node:dgram";
import type { Socket as NetSocket } from "node:net";

/**
 * Socket options as the Unix VM's plugin knows them, by name (`setOption:value:`, `getOption:`).
 * Node can set only some of them on a real socket; the others are kept in a per-socket table so
 * that `getOption:` answers what `setOption:value:` set. Which ones reach the operating system:
 *
 * | option | TCP | UDP |
 * |---|---|---|
 * | `TCP_NODELAY` | `setNoDelay` | - |
 * | `SO_KEEPALIVE` | `setKeepAlive` | - |
 * | `SO_BROADCAST` | - | `setBroadcast` |
 * | `SO_SNDBUF`, `SO_RCVBUF` | - | `setSendBufferSize`, `setRecvBufferSize` (read back from the OS) |
 * | `IP_TTL` | - | `setTTL` |
 * | `IP_MULTICAST_TTL`, `IP_MULTICAST_LOOP` | - | `setMulticastTTL`, `setMulticastLoopback` |
 *
 * Every other supported name is recorded only.
 */

/** The option names the Unix VM accepts; any other name makes the primitive fail. */
export const SUPPORTED_OPTIONS: ReadonlySet<string> = new Set([
  "SO_DEBUG",
  "SO_REUSEADDR",
  "SO_DONTROUTE",
  "SO_BROADCAST",
  "SO_SNDBUF",
  "SO_RCVBUF",
  "SO_KEEPALIVE",
  "SO_OOBINLINE",
  "SO_LINGER",
  "IP_TTL",
  "IP_HDRINCL",
  "IP_MULTICAST_IF",
  "IP_MULTICAST_TTL",
  "IP_MULTICAST_LOOP",
  "IP_ADD_MEMBERSHIP",
  "IP_DROP_MEMBERSHIP",
  "TCP_MAXSEG",
  "TCP_NODELAY",
  "TCP_CORK",
  "SO_REUSEPORT",
]);

/**
 * What `getOption:` answers for an option nobody set: the value Linux reports for a new socket
 * the VM created (it sets `SO_REUSEADDR` on every socket).
 */
const LINUX_DEFAULTS: Readonly<Record<string, number>> = {
  SO_REUSEADDR: 1,
  SO_SNDBUF: 16384,
  SO_RCVBUF: 131072,
  IP_TTL: 64,
  IP_MULTICAST_TTL: 1,
  IP_MULTICAST_LOOP: 1,
  TCP_MAXSEG: 536,
};

/**
 * The VM's reading of an option value string: a value of at most four characters that are all
 * digits is that integer; anything else is passed as raw bytes and answers 0.
 */
export function optionValueOf(text: string): number {
  return text.length > 0 && text.length <= 4 && /^\d+$/.test(text) ? Number(text) : 0;
}

/** One socket's option table: what `setOption:value:` set. */
export class SocketOptions {
  readonly #values = new Map<string, number>();

  /** A table that starts with the options `parent` set (an accepted socket inherits its listener's). */
  constructor(parent?: SocketOptions) {
    if (parent !== undefined) for (const [name, value] of parent.#values) this.#values.set(name, value);
  }

  /** Records `value` for `name` (a supported name). */
  set(name: string, value: number): void {
    this.#values.set(name, value);
  }

  /** The value of `name`: what was set, else Linux's default for a new socket. */
  get(name: string): number {
    return this.#values.get(name) ?? LINUX_DEFAULTS[name] ?? 0;
  }

  /** The options set so far, in the order they were first set. */
  entries(): IterableIterator<[string, number]> {
    return this.#values.entries();
  }
}

/** Sets `name` on a TCP connection when Node can (`TCP_NODELAY`, `SO_KEEPALIVE`); ignores the others. */
export function applyStreamOption(socket: NetSocket, name: string, value: number): void {
  if (name === "TCP_NODELAY") socket.setNoDelay(value !== 0);
  else if (name === "SO_KEEPALIVE") socket.setKeepAlive(value !== 0);
}

/**
 * Sets `name` on a bound datagram socket when Node can; throws what Node throws for a value the
 * OS refuses (the VM's `setsockopt` failing).
 */
export function applyDatagramOption(socket: DatagramSocket, name: string, value: number): void {
  if (name === "SO_BROADCAST") socket.setBroadcast(value !== 0);
  else if (name === "SO_SNDBUF") socket.setSendBufferSize(value);
  else if (name === "SO_RCVBUF") socket.setRecvBufferSize(value);
  else if (name === "IP_TTL") socket.setTTL(value);
  else if (name === "IP_MULTICAST_TTL") socket.setMulticastTTL(value);
  else if (name === "IP_MULTICAST_LOOP") socket.setMulticastLoopback(value !== 0);
}

/** What the OS reports for `name` on a bound datagram socket, when Node can ask (the buffer sizes). */
export function readDatagramOption(socket: DatagramSocket, name: string): number | undefined {
  if (name === "SO_SNDBUF") return socket.getSendBufferSize();
  if (name === "SO_RCVBUF") return socket.getRecvBufferSize();
  return undefined;
}
