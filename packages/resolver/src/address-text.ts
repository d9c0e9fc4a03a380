/**
 * Host addresses as text and as bytes, without any name lookup: the parsers behind
 * `NetNameResolver addressFromString:` and the printers behind `stringFromAddress:`.
 */

/** Squeak's `Character separators`: space, tab, carriage return, line feed, form feed. */
const SEPARATORS = new Set([" ", "\t", "\r", "\n", "\f"]);

/** The delimiters Squeak accepts between the four bytes of an IPv4 address. */
const IPV4_DELIMITERS = new Set([".", ",", " "]);

function isDecimalDigit(ch: string | undefined): ch is string {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

/**
 * Squeak's `readDecimalByteFrom:` on `text` from `position`: the decimal number there (digits up
 * to the first non-digit) and the position after it, or null when there is no digit or the
 * number exceeds 255.
 */
function readDecimalByte(text: string, position: number): { value: number; next: number } | null {
  let next = position;
  let value = 0;
  while (isDecimalDigit(text[next])) {
    value = value * 10 + (text.charCodeAt(next) - 48);
    next += 1;
  }
  return next === position || value > 255 ? null : { value, next };
}

/**
 * Squeak's IPv4 reading of `addressFromString:`: leading separators are skipped, then four
 * decimal bytes separated by `.`, `,` or a space; whatever follows the fourth byte is ignored.
 * Answers the 4 bytes, or null (a byte above 255, a missing byte, a host name).
 */
export function parseSqueakIPv4(text: string): Uint8Array | null {
  let position = 0;
  while (position < text.length && SEPARATORS.has(text[position]!)) position += 1;
  const bytes = new Uint8Array(4);
  for (let index = 0; index < 4; index += 1) {
    const byte = readDecimalByte(text, position);
    if (byte === null) return null;
    bytes[index] = byte.value;
    position = byte.next;
    if (index < 3) {
      if (!IPV4_DELIMITERS.has(text[position] ?? "")) return null;
      position += 1;
    }
  }
  return bytes;
}

/** A strict dotted quad (`1.2.3.4`, each part 0..255, nothing else), as 4 bytes, or null. */
function parseDottedQuad(text: string): Uint8Array | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  const bytes = new Uint8Array(4);
  for (const [index, part] of parts.entries()) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null;
    bytes[index] = Number(part);
  }
  return bytes;
}

/** The 16-bit groups of one side of `::`, with a dotted quad allowed last; null when malformed. */
function parseHextets(text: string, allowQuad: boolean): number[] | null {
  if (text === "") return [];
  const groups = text.split(":");
  const result: number[] = [];
  for (const [index, group] of groups.entries()) {
    if (allowQuad && index === groups.length - 1 && group.includes(".")) {
      const quad = parseDottedQuad(group);
      if (quad === null) return null;
      result.push((quad[0]! << 8) | quad[1]!, (quad[2]! << 8) | quad[3]!);
    } else {
      if (!/^[0-9A-Fa-f]{1,4}$/.test(group)) return null;
      result.push(Number.parseInt(group, 16));
    }
  }
  return result;
}

/**
 * An IPv6 address in text form (RFC 4291: eight groups of up to four hex digits, one `::` standing
 * for a run of zero groups, an optional dotted-quad tail), as 16 bytes, or null.
 */
export function parseIPv6(text: string): Uint8Array | null {
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const compressed = halves.length === 2;
  const head = parseHextets(halves[0]!, !compressed);
  const tail = compressed ? parseHextets(halves[1]!, true) : [];
  if (head === null || tail === null) return null;
  const count = head.length + tail.length;
  if (compressed ? count > 7 : count !== 8) return null;
  const groups = [...head, ...new Array<number>(8 - count).fill(0), ...tail];
  const bytes = new Uint8Array(16);
  for (const [index, group] of groups.entries()) {
    bytes[index * 2] = group >> 8;
    bytes[index * 2 + 1] = group & 0xff;
  }
  return bytes;
}

/**
 * `NetNameResolver addressFromString:`: a pure parser, never a lookup. Text containing `:` is read
 * as IPv6 (16 bytes, as Pharo does); anything else as Squeak's IPv4 (4 bytes). Null otherwise.
 */
export function parseAddressString(text: string): Uint8Array | null {
  return text.includes(":") ? parseIPv6(text) : parseSqueakIPv4(text);
}

/** Four bytes as a dotted quad (`127.0.0.1`). */
export function formatIPv4(bytes: Uint8Array): string {
  return `${bytes[0]}.${bytes[1]}.${bytes[2]}.${bytes[3]}`;
}

/** The longest run of two or more zero groups (the leftmost of equal runs), or null. */
function longestZeroRun(groups: readonly number[]): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  let start = -1;
  for (let index = 0; index <= groups.length; index += 1) {
    if (index < groups.length && groups[index] === 0) {
      if (start < 0) start = index;
      continue;
    }
    if (start >= 0 && index - start >= 2 && (best === null || index - start > best.end - best.start)) {
      best = { start, end: index };
    }
    start = -1;
  }
  return best;
}

/**
 * Sixteen bytes as IPv6 text, as Pharo's `stringFromIPv6Address:` writes it: lowercase hex groups
 * without leading zeros, the longest run of two or more zero groups (the leftmost of equal runs)
 * written `::`.
 */
export function formatIPv6(bytes: Uint8Array): string {
  const groups: number[] = [];
  for (let index = 0; index < 16; index += 2) groups.push((bytes[index]! << 8) | bytes[index + 1]!);
  const hex = (part: readonly number[]) => part.map((group) => group.toString(16)).join(":");
  const run = longestZeroRun(groups);
  if (run === null) return hex(groups);
  return `${hex(groups.slice(0, run.start))}::${hex(groups.slice(run.end))}`;
}
