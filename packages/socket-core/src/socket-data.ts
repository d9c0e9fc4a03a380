import {
  isByteString,
  latin1Decode,
  type StringValue,
  StString,
  send,
  socketDataBytes,
  stringText,
} from "@smalltalk-sockets/runtime";
import { PrimitiveFailure } from "./plugin/primitive-failure.js";

/**
 * What a Socket sends and receives: a String (a byte string, Latin-1, one byte per character) or
 * a ByteArray (a `Uint8Array`). A WideString goes out as Squeak's VM sends it: four bytes per
 * character.
 */
export type SocketData = StringValue | Uint8Array;

/** Data as bytes, with the size of one of its elements (1, or 4 for a WideString). */
export interface DataBytes {
  readonly bytes: Uint8Array;
  readonly unit: 1 | 4;
}

/** The bytes of `data` as the socket plugin sends them, and its element size. */
export function dataBytes(data: SocketData): DataBytes {
  if (data instanceof Uint8Array) return { bytes: data, unit: 1 };
  const text = stringText(data);
  return { bytes: socketDataBytes(text), unit: isByteString(text) ? 1 : 4 };
}

/** The number of elements of `data` (`size`): bytes, or characters. */
export function dataSize(data: SocketData): number {
  return data instanceof Uint8Array ? data.length : (send(data, "size") as number);
}

/**
 * Receives into `buffer` (a ByteArray or a mutable String) from index `start` (1-based) at most
 * `count` elements, through `read` (a primitive that fills bytes). A String buffer gets the bytes
 * as characters (Latin-1). Any other buffer (a literal String, which cannot change, a Symbol, an
 * Array) makes the primitive fail before anything is read.
 */
export function receiveIntoBuffer(
  buffer: SocketData,
  start: number,
  count: number,
  read: (target: Uint8Array, offset: number, count: number) => number,
): number {
  if (buffer instanceof Uint8Array) return read(buffer, start - 1, Math.max(0, count));
  if (!(buffer instanceof StString) || buffer.isSymbol()) throw new PrimitiveFailure();
  const scratch = new Uint8Array(Math.max(0, count));
  const received = read(scratch, 0, scratch.length);
  if (received > 0) {
    send(
      buffer,
      "replaceFrom:to:with:startingAt:",
      start,
      start + received - 1,
      latin1Decode(scratch.subarray(0, received)),
      1,
    );
  }
  return received;
}
