/**
 * The guide's snippet convention (see this package's README): which fenced blocks are Smalltalk
 * programs and their expected output, Smalltalk fragments, TypeScript modules, fragments and
 * generated code, and diagrams; and what breaks the convention.
 *
 * @module
 */

import { type FencedBlock, followsDirectly, parseMarkdown } from "./markdown.js";

/** The dialect a Smalltalk snippet runs under (`st2ts run --dialect`). */
export type Dialect = "squeak" | "pharo";

/** Where a snippet is: the Markdown file (relative to the repository) and the opening fence's line. */
export interface Location {
  readonly file: string;
  readonly line: number;
}

/** A Smalltalk snippet: a program (run, its output compared) or a fragment (transpiled only). */
export interface SmalltalkSnippet {
  readonly kind: "program" | "fragment";
  readonly location: Location;
  readonly code: string;
  readonly dialect: Dialect;
  /** The name the snippet is saved as, which diagnostics show (`file=NAME.st`; `snippet.st`). */
  readonly fileName: string;
  /** A program's exact stdout (the Transcript); null for a fragment. */
  readonly stdout: string | null;
  /** A program's exact stderr (diagnostics, unhandled-error reports); null: it must be empty. */
  readonly stderr: string | null;
}

/** A TypeScript snippet: a module (type-checked; run when an output follows), a fragment, or st2ts's output. */
export interface TypeScriptSnippet {
  readonly kind: "module" | "fragment" | "generated";
  readonly location: Location;
  /** The index of the snippet's block among the page's fenced blocks. */
  readonly block: number;
  readonly code: string;
  /** A module's exact stdout when a `text` block follows it; null otherwise. */
  readonly stdout: string | null;
  /** For `generated`: the Smalltalk snippet whose transpilation this block shows. */
  readonly source: SmalltalkSnippet | null;
}

/** A Mermaid diagram. */
export interface Diagram {
  readonly location: Location;
  readonly code: string;
}

/** A violation of the convention. */
export interface Problem {
  readonly location: Location;
  readonly message: string;
}

/** Everything the convention finds in one Markdown file. */
export interface Snippets {
  readonly smalltalk: readonly SmalltalkSnippet[];
  readonly typescript: readonly TypeScriptSnippet[];
  readonly diagrams: readonly Diagram[];
  readonly problems: readonly Problem[];
}

const SMALLTALK = new Set(["smalltalk"]);
const TYPESCRIPT = new Set(["ts", "typescript"]);

/** Reads the snippets of the Markdown `text` of `file`. */
export function snippetsOf(file: string, text: string): Snippets {
  const document = parseMarkdown(text);
  const smalltalk: SmalltalkSnippet[] = [];
  const typescript: TypeScriptSnippet[] = [];
  const diagrams: Diagram[] = [];
  const problems: Problem[] = [];
  const at = (block: FencedBlock): Location => ({ file, line: block.line });
  const blocks = document.blocks;
  /** The block right after `index` when only blank lines separate them. */
  const next = (index: number): FencedBlock | undefined => {
    const following = blocks[index + 1];
    return following !== undefined && followsDirectly(document, blocks[index]!, following)
      ? following
      : undefined;
  };
  /** The last Smalltalk snippet, while only its output blocks have followed it. */
  let lastSmalltalk: SmalltalkSnippet | null = null;
  let index = 0;
  while (index < blocks.length) {
    const block = blocks[index]!;
    if (!block.closed) problems.push({ location: at(block), message: "the code block has no closing fence" });
    if (SMALLTALK.has(block.language)) {
      const options = smalltalkOptions(block, (message) => problems.push({ location: at(block), message }));
      let stdout: string | null = null;
      let stderr: string | null = null;
      let following = next(index);
      if (options.fragment) {
        if (following?.language === "text" || following?.language === "stderr") {
          problems.push({
            location: at(following),
            message: "a Smalltalk fragment is not run: an output block after it would go unchecked",
          });
        }
      } else if (following?.language !== "text") {
        problems.push({
          location: at(block),
          message:
            "a Smalltalk program must be followed by a ```text block with its exact output (or be marked ```smalltalk fragment)",
        });
      } else {
        stdout = following.content;
        index += 1;
        following = next(index);
        if (following?.language === "stderr") {
          stderr = following.content;
          index += 1;
        }
      }
      lastSmalltalk = {
        kind: options.fragment ? "fragment" : "program",
        location: at(block),
        code: block.content,
        dialect: options.dialect,
        fileName: options.fileName,
        stdout,
        stderr,
      };
      smalltalk.push(lastSmalltalk);
      index += 1;
      const generated = next(index - 1);
      if (generated === undefined || !TYPESCRIPT.has(generated.language)) lastSmalltalk = null;
      continue;
    }
    if (TYPESCRIPT.has(block.language)) {
      const kind = typeScriptKind(block, (message) => problems.push({ location: at(block), message }));
      let stdout: string | null = null;
      const following = next(index);
      if (following?.language === "text") {
        if (kind === "module") {
          stdout = following.content;
          index += 1;
        } else {
          problems.push({
            location: at(following),
            message:
              "only a complete TypeScript module is run: an output block after a fragment would go unchecked",
          });
        }
      }
      if (kind === "generated" && lastSmalltalk === null) {
        problems.push({
          location: at(block),
          message:
            "a ```ts generated block must directly follow the Smalltalk snippet (and its output) it shows",
        });
      }
      typescript.push({
        kind,
        location: at(block),
        block: index,
        code: block.content,
        stdout,
        source: kind === "generated" ? lastSmalltalk : null,
      });
      lastSmalltalk = null;
      index += 1;
      continue;
    }
    lastSmalltalk = null;
    if (block.language === "stderr") {
      problems.push({
        location: at(block),
        message: "a ```stderr block must follow a Smalltalk program's ```text block",
      });
    } else if (block.language === "mermaid") {
      diagrams.push({ location: at(block), code: block.content });
    }
    index += 1;
  }
  return { smalltalk, typescript, diagrams, problems };
}

interface SmalltalkOptions {
  readonly fragment: boolean;
  readonly dialect: Dialect;
  readonly fileName: string;
}

function smalltalkOptions(block: FencedBlock, problem: (message: string) => void): SmalltalkOptions {
  let fragment = false;
  let dialect: Dialect = "squeak";
  let fileName = "snippet.st";
  for (const attribute of block.attributes) {
    if (attribute === "fragment") fragment = true;
    else if (attribute === "pharo" || attribute === "squeak") dialect = attribute;
    else if (/^file=[\w.-]+\.st$/.test(attribute)) fileName = attribute.slice("file=".length);
    else problem(`unknown attribute '${attribute}' (fragment, pharo, squeak, file=NAME.st)`);
  }
  return { fragment, dialect, fileName };
}

function typeScriptKind(block: FencedBlock, problem: (message: string) => void): TypeScriptSnippet["kind"] {
  const [attribute, ...rest] = block.attributes;
  if (rest.length > 0 || (attribute !== undefined && attribute !== "fragment" && attribute !== "generated")) {
    problem(`unknown attributes '${block.attributes.join(" ")}' (fragment or generated)`);
  }
  return attribute === "fragment" ? "fragment" : attribute === "generated" ? "generated" : "module";
}
