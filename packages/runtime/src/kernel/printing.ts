import { requireClass } from "./class.js";
import { isPharo } from "./dialect.js";
import { send } from "./send.js";

/** The part of WriteStream that printing needs. */
export interface PrintStream {
  nextPutAll(text: string): unknown;
  nextPut(character: unknown): unknown;
  contents(): string;
}

/** A new WriteStream on an empty String, to print on. */
export function newPrintStream(): PrintStream {
  const WriteStream = requireClass("WriteStream") as unknown as { on(collection: string): PrintStream };
  return WriteStream.on("");
}

/** `printString` of any value: what `printOn:` writes, through dynamic dispatch so overrides count. */
export function printString(value: unknown): string {
  const stream = newPrintStream();
  send(value, "printOn:", stream);
  return stream.contents();
}

/** `storeString` of any value: what `storeOn:` writes (an expression that answers an equal object). */
export function storeString(value: unknown): string {
  const stream = newPrintStream();
  send(value, "storeOn:", stream);
  return stream.contents();
}

/** `displayString` of any value: strings and symbols without quotes, the rest as their class defines. */
export function displayString(value: unknown): string {
  return String(send(value, "displayString"));
}

/**
 * `printString` limited to `limit` characters (`printStringLimitedTo:`). Squeak keeps the first
 * `limit` characters and appends '...etc...' once the limit is reached; Pharo keeps `limit - 4`
 * and appends '[..]' once it is exceeded.
 */
export function printStringLimitedTo(value: unknown, limit: number): string {
  const full = printString(value);
  if (isPharo()) return full.length <= limit ? full : `${full.slice(0, Math.max(limit - 4, 0))}[..]`;
  return full.length < limit ? full : `${full.slice(0, limit)}...etc...`;
}
