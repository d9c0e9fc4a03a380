/**
 * Character indexing of JavaScript strings. Smalltalk indexes a String by character (code point);
 * JavaScript by UTF-16 code unit. The two agree unless the text holds a character beyond U+FFFF,
 * stored as a surrogate pair (only a WideString can). Each helper takes the code-unit fast path
 * when the text has no surrogate and works on its characters otherwise. Indices are 0-based.
 *
 * Whether a text has surrogates (and its characters when it has) is remembered for the few
 * texts used last, so a loop of `at:` over one String scans it once, not once per character.
 */

const SURROGATE = /[\uD800-\uDFFF]/;
const CACHE_SIZE = 4;
const cachedTexts: string[] = [];
const cachedCharacters: (readonly string[] | null)[] = [];
let nextSlot = 0;

/** The characters of `text`, one string per code point, or null when they are its code units. */
function analyse(text: string): readonly string[] | null {
  for (let slot = 0; slot < cachedTexts.length; slot += 1) {
    if (cachedTexts[slot] === text) return cachedCharacters[slot]!;
  }
  const characters = SURROGATE.test(text) ? Array.from(text) : null;
  cachedTexts[nextSlot] = text;
  cachedCharacters[nextSlot] = characters;
  nextSlot = (nextSlot + 1) % CACHE_SIZE;
  return characters;
}

/** Whether `text` holds a surrogate, so that its code units are not its characters. */
export function hasSurrogates(text: string): boolean {
  return analyse(text) !== null;
}

/** The number of characters (code points) in `text` (`size`). */
export function characterCount(text: string): number {
  return (analyse(text) ?? text).length;
}

/** The code point of the character at `index`, which must be in range. */
export function codePointAtIndex(text: string, index: number): number {
  const characters = analyse(text);
  return characters === null ? text.charCodeAt(index) : characters[index]!.codePointAt(0)!;
}

/** The characters from `start` up to, not including, `end`. */
export function sliceCharacters(text: string, start: number, end: number): string {
  const characters = analyse(text);
  return characters === null ? text.slice(start, end) : characters.slice(start, end).join("");
}

/** The index of the first occurrence of `part` at or after character `from`, or -1. */
export function indexOfText(text: string, part: string, from: number): number {
  const characters = analyse(text);
  if (characters === null) return text.indexOf(part, from);
  const found = text.indexOf(part, characters.slice(0, from).join("").length);
  return found < 0 ? -1 : Array.from(text.slice(0, found)).length;
}
