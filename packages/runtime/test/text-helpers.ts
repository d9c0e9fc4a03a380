import { char, Exception } from "../src/index.js";

/** The description (`Error: text`) of the Smalltalk exception `body` signals unhandled. */
export function failure(body: () => unknown): string {
  try {
    body();
  } catch (thrown) {
    if (thrown instanceof Exception) return thrown.description();
    throw thrown;
  }
  throw new Error("no exception was signalled");
}

/** The Character of the first code point of `text` (Smalltalk's `$a`). */
export const $ = (text: string) => char(text.codePointAt(0)!);
