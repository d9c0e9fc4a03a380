import { constants } from "node:os";
import { getSystemErrorMap } from "node:util";

const ERRNO = constants.errno as Readonly<Record<string, number>>;

/** The errno number of a Node error code (`'ECONNREFUSED'` -> 111 on Linux), 0 when unknown. */
export function errnoOf(code: unknown): number {
  return typeof code === "string" ? (ERRNO[code] ?? 0) : 0;
}

/** The errno carried by a Node system error, 0 when it carries none. */
export function errnoOfError(error: unknown): number {
  return errnoOf((error as { code?: unknown } | null)?.code);
}

/**
 * The OS text for `errno` as Pharo's `OSPlatform current getErrorMessage:` gives it
 * (`'Connection refused'`), or `'Error code: <n>'` when there is none.
 */
export function errorMessageFor(errno: number): string {
  const entry = getSystemErrorMap().get(-errno);
  if (entry === undefined) return `Error code: ${errno}`;
  const text = entry[1];
  return text.charAt(0).toUpperCase() + text.slice(1);
}
