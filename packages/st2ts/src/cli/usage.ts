/**
 * The CLI's help text and version.
 *
 * @module
 */

import { readFileSync } from "node:fs";

/** The usage text `st2ts --help` prints. */
export const USAGE = `Usage:
  st2ts FILE|DIR... [options]        transpile Smalltalk (.st) files to TypeScript
  st2ts run FILE.st|DIR [options]    transpile a program in memory and run it

Options:
  --out-dir DIR              write generated files under DIR (default: next to each source)
  --dialect squeak|pharo     reproduce Squeak's (default) or Pharo's behaviour
  --source-map               also write FILE.ts.map and a sourceMappingURL comment
  --check                    write nothing; fail when a generated file is missing or stale
  --strict                   treat warnings as errors
  --quiet                    print errors only
  --test                     (run) run the SUnit tests of the program's TestCase
                             subclasses instead of its do-its; exit 1 if one fails
  --version                  print the version
  --help                     print this help

A DIR stands for every .st file below it. Files that define classes (fileIn chunks, Tonel)
form one program: one module per file and an entry module, index.ts, that loads them in
order and runs the classes' class-side initialize; \`st2ts run DIR\` loads the classes and
runs the do-its in file order. Exit status: 0 when clean, 1 for errors in the Smalltalk input
(or stale output with --check), 2 for usage or internal errors. \`st2ts run\` exits with the
program's status.
`;

/** st2ts's version, from its package.json. */
export function version(): string {
  const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return manifest.version;
}
