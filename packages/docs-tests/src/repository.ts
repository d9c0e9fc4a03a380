/**
 * Where the guide and the other Markdown files are.
 *
 * @module
 */

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root directory. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

/** The guide's directory. */
export const DOCS = join(ROOT, "docs");

/** This package's directory. */
export const PACKAGE = join(ROOT, "packages", "docs-tests");

/** A Markdown file: its path relative to the root (with `/`) and its text. */
export interface MarkdownFile {
  readonly path: string;
  readonly text: string;
}

function read(absolute: string): MarkdownFile {
  return { path: relative(ROOT, absolute).split("\\").join("/"), text: readFileSync(absolute, "utf8") };
}

/** The guide's pages (`docs/*.md`), in name order. */
export function guidePages(): MarkdownFile[] {
  return readdirSync(DOCS)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => read(join(DOCS, name)));
}

/** The READMEs that link into the guide: the root's and every package's. */
export function readmes(): MarkdownFile[] {
  const packages = join(ROOT, "packages");
  const files = [join(ROOT, "README.md")];
  for (const name of readdirSync(packages).sort()) {
    const readme = join(packages, name, "README.md");
    if (existsSync(readme)) files.push(readme);
  }
  return files.map(read);
}

/** Every Markdown file whose snippets are checked: the guide's pages, then the READMEs. */
export function checkedPages(): MarkdownFile[] {
  return [...guidePages(), ...readmes()];
}
