import { Buffer } from "node:buffer";
import { isByteString } from "../kernel/class-of.js";
import { signalError } from "./primitive-errors.js";

/**
 * Byte strings: Squeak's socket data is a ByteString (one character per byte, Latin-1) or a
 * ByteArray, so text crosses the wire byte for byte, with no character encoding. These helpers
 * convert between JavaScript strings and bytes the way the Squeak VM does; every one of the 256
 * byte values round-trips exactly.
 */

/** The character of `text` that does not fit in a byte, as an Error text. */
function wideCharacterError(text: string): never {
  const characters = Array.from(text);
  const index = characters.findIndex((each) => each.codePointAt(0)! > 255);
  const code = characters[index]!.codePointAt(0)!;
  return signalError(
    `Cannot encode a WideString as Latin-1 bytes: character ${index + 1} (Character value: ${code}) is beyond 255`,
  );
}

/**
 * The Latin-1 bytes of the byte string `text`, one per character. A character beyond 255 has
 * no Latin-1 byte: that signals an Error (a WideString must be encoded explicitly, e.g. as
 * UTF-8, or sent as Squeak sends it: {@link socketDataBytes}).
 */
export function latin1Encode(text: string): Uint8Array {
  if (!isByteString(text)) return wideCharacterError(text);
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index += 1) bytes[index] = text.charCodeAt(index);
  return bytes;
}

/** The byte string whose characters are `bytes` (Latin-1): what `receiveData` answers. */
export function latin1Decode(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
}

/** The characters of a WideString as 32-bit words, in the given byte order. */
function wideBytes(text: string, littleEndian: boolean): Uint8Array {
  const codes = Array.from(text, (each) => each.codePointAt(0)!);
  const bytes = new Uint8Array(codes.length * 4);
  const view = new DataView(bytes.buffer);
  for (let index = 0; index < codes.length; index += 1)
    view.setUint32(index * 4, codes[index]!, littleEndian);
  return bytes;
}

/**
 * `String>>asByteArray`: the Latin-1 bytes of a ByteString; for a WideString four bytes per
 * character, most significant first (Squeak's `WideString>>byteAt:`).
 */
export function stringBytes(text: string): Uint8Array {
  return isByteString(text) ? latin1Encode(text) : wideBytes(text, false);
}

/**
 * The bytes `Socket>>sendData:` puts on the wire for `data`: a ByteArray as it is, a ByteString
 * as its Latin-1 bytes, and a WideString as its 32-bit words in little-endian order, as the
 * Squeak VM's socket plugin sends the memory of a words object (Squeak runs on little-endian
 * machines). The count `sendData:` answers is in elements: bytes, or words for a WideString.
 */
export function socketDataBytes(data: string | Uint8Array): Uint8Array {
  if (typeof data !== "string") return data;
  return isByteString(data) ? latin1Encode(data) : wideBytes(data, true);
}
