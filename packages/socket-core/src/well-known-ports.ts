/** The TCP ports `Socket class>>nameForWellKnownTCPPort:` names, as Squeak and Pharo list them. */
const WELL_KNOWN_TCP_PORTS: ReadonlyMap<number, string> = new Map([
  [7, "echo"],
  [9, "discard"],
  [13, "time"],
  [19, "characterGenerator"],
  [21, "ftp"],
  [23, "telnet"],
  [25, "smtp"],
  [80, "http"],
  [110, "pop3"],
  [119, "nntp"],
]);

/** The name of a well-known TCP port, else `'port-'` and the number printed. */
export function nameForWellKnownTCPPort(port: unknown, printed: string): string {
  return (typeof port === "number" ? WELL_KNOWN_TCP_PORTS.get(port) : undefined) ?? `port-${printed}`;
}
