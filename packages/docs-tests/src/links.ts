/**
 * Checks the relative links of Markdown files: the file (or directory) must exist and, for a link
 * into a Markdown file, the `#anchor` must be one of its headings. Links to the web are not
 * followed (the tests stay on loopback).
 *
 * @module
 */

import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { anchorsOf, linksOf, parseMarkdown } from "./markdown.js";
import { type MarkdownFile, ROOT } from "./repository.js";

/** A link that leads nowhere. */
export interface BrokenLink {
  readonly file: string;
  readonly line: number;
  readonly target: string;
  readonly reason: string;
}

const anchorCache = new Map<string, Set<string>>();

function anchorsOfFile(path: string): Set<string> {
  let anchors = anchorCache.get(path);
  if (anchors === undefined) {
    anchors = anchorsOf(parseMarkdown(readFileSync(path, "utf8")));
    anchorCache.set(path, anchors);
  }
  return anchors;
}

/** The relative links of `file` whose target or anchor does not exist. */
export function brokenLinks(file: MarkdownFile): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const here = join(ROOT, file.path);
  for (const { target, line } of linksOf(parseMarkdown(file.text))) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
    const hash = target.indexOf("#");
    const pathPart = decodeURIComponent(hash < 0 ? target : target.slice(0, hash));
    const anchor = hash < 0 ? null : decodeURIComponent(target.slice(hash + 1));
    const resolved = pathPart === "" ? here : normalize(join(dirname(here), pathPart));
    if (!resolved.startsWith(ROOT)) {
      broken.push({ file: file.path, line, target, reason: "leaves the repository" });
    } else if (!existsSync(resolved)) {
      broken.push({ file: file.path, line, target, reason: "no such file" });
    } else if (anchor !== null && statSync(resolved).isFile() && resolved.endsWith(".md")) {
      if (!anchorsOfFile(resolved).has(anchor))
        broken.push({ file: file.path, line, target, reason: "no such heading" });
    }
  }
  return broken;
}
