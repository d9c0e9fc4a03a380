/**
 * `DOCS_UPDATE=1` (`pnpm run update`) makes the tests rewrite what the guide generates instead
 * of failing: the diagnostics table and the ```ts generated blocks. Output blocks are never
 * rewritten: what a snippet prints is checked by eye once, then by the tests.
 *
 * @module
 */

const { DOCS_UPDATE } = process.env;

/** Whether the tests rewrite generated parts of the guide. */
export const UPDATE = DOCS_UPDATE === "1";
