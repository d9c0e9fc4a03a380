/**
 * The little of Markdown the guide's tests need: fenced code blocks (with their info strings and
 * line numbers), the text outside them, headings and their GitHub anchors, and inline links.
 *
 * @module
 */

/** A fenced code block. */
export interface FencedBlock {
  /** The first word of the info string (`smalltalk`, `ts`, `text`...), lower case; `""` if none. */
  readonly language: string;
  /** The other words of the info string (`fragment`, `pharo`, `file=echo.st`). */
  readonly attributes: readonly string[];
  /** The block's text: every line between the fences, with a final newline unless empty. */
  readonly content: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** 1-based line of the closing fence (the last line of the file when the block is unclosed). */
  readonly endLine: number;
  /** Whether the block has a closing fence. */
  readonly closed: boolean;
}

/** A line of the document outside every fenced block. */
export interface ProseLine {
  readonly text: string;
  /** 1-based line number. */
  readonly line: number;
}

/** A parsed Markdown document: its blocks in order and its other lines. */
export interface MarkdownDocument {
  readonly blocks: readonly FencedBlock[];
  readonly prose: readonly ProseLine[];
}

const OPENING_FENCE = /^( {0,3})(`{3,}|~{3,})\s*([^`]*)$/;

/** Splits `text` into fenced code blocks and prose lines (CommonMark fences, 0–3 spaces indentation). */
export function parseMarkdown(text: string): MarkdownDocument {
  const lines = text.split(/\r?\n/);
  const blocks: FencedBlock[] = [];
  const prose: ProseLine[] = [];
  let index = 0;
  while (index < lines.length) {
    const opening = OPENING_FENCE.exec(lines[index]!);
    if (opening === null) {
      prose.push({ text: lines[index]!, line: index + 1 });
      index += 1;
      continue;
    }
    const indent = opening[1]!.length;
    const fence = opening[2]!;
    const [language = "", ...attributes] = opening[3]!.trim().split(/\s+/).filter(Boolean);
    const closing = new RegExp(`^ {0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`);
    const body: string[] = [];
    let end = index + 1;
    while (end < lines.length && !closing.test(lines[end]!)) {
      body.push(lines[end]!.replace(new RegExp(`^ {0,${indent}}`), ""));
      end += 1;
    }
    const closed = end < lines.length;
    blocks.push({
      language: language.toLowerCase(),
      attributes,
      content: body.length === 0 ? "" : `${body.join("\n")}\n`,
      line: index + 1,
      endLine: closed ? end + 1 : lines.length,
      closed,
    });
    index = end + 1;
  }
  return { blocks, prose };
}

/**
 * Whether only blank lines separate two blocks (`next` directly follows `previous`), given the
 * document's prose lines.
 */
export function followsDirectly(
  document: MarkdownDocument,
  previous: FencedBlock,
  next: FencedBlock,
): boolean {
  return document.prose.every(
    (line) => line.line <= previous.endLine || line.line >= next.line || line.text.trim() === "",
  );
}

/** An inline link or image `[text](target)` in prose (not in code). */
export interface Link {
  readonly text: string;
  readonly target: string;
  readonly line: number;
}

/** Blanks out inline code spans (`` `x` ``, ``` `` a`b `` ```), so that links inside them are not links. */
function withoutCodeSpans(text: string): string {
  let blanked = text;
  for (const { start, end } of codeSpans(text))
    blanked = blanked.slice(0, start) + " ".repeat(end - start) + blanked.slice(end);
  return blanked;
}

const LINK = /!?\[((?:[^[\]]|\[[^\]]*\])*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;

/** Every inline link of the document's prose. */
export function linksOf(document: MarkdownDocument): Link[] {
  const links: Link[] = [];
  for (const { text, line } of document.prose) {
    for (const match of withoutCodeSpans(text).matchAll(LINK)) {
      links.push({ text: match[1]!, target: match[2]!, line });
    }
  }
  return links;
}

/**
 * GitHub's anchor for a heading's text: lower case, punctuation other than `-` and `_` dropped,
 * spaces turned into `-` (github-slugger's rule).
 */
export function slugOf(heading: string): string {
  return heading
    .replace(/<[^>]*>/g, "")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

/** The anchors of the document's headings, numbered as GitHub numbers repeated ones (`x`, `x-1`). */
export function anchorsOf(document: MarkdownDocument): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const { text } of document.prose) {
    const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(text);
    if (heading === null) continue;
    const slug = slugOf(heading[1]!);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  for (const { text } of document.prose) {
    for (const match of text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(match[1]!);
  }
  return anchors;
}

/** `text` with the content of its `index`th fenced block (from 0) replaced by `content`. */
export function withBlockContent(text: string, index: number, content: string): string {
  const block = parseMarkdown(text).blocks[index];
  if (block === undefined || !block.closed) throw new Error(`no closed code block number ${index}`);
  const lines = text.split("\n");
  const body = content === "" ? [] : content.replace(/\n$/, "").split("\n");
  lines.splice(block.line, block.endLine - block.line - 1, ...body);
  return lines.join("\n");
}

/**
 * The lines of table rows with a `|` inside a code span that is not escaped (`\|`): GitHub splits
 * the cell there.
 */
export function splitTableCells(document: MarkdownDocument): number[] {
  return document.prose
    .filter(({ text }) => text.startsWith("|"))
    .filter(({ text }) => codeSpans(text).some(({ content }) => /(?<!\\)\|/.test(content)))
    .map(({ line }) => line);
}

/** An inline code span of a line: from its opening backticks to past its closing ones, and its content. */
interface CodeSpan {
  readonly start: number;
  readonly end: number;
  readonly content: string;
}

/**
 * The code spans of one line, as CommonMark delimits them: a run of n backticks opens a span that
 * the next run of exactly n backticks closes (so `` ` ```ts ` `` is one span).
 */
function codeSpans(line: string): CodeSpan[] {
  const runs = [...line.matchAll(/`+/g)].map((run) => ({ start: run.index, length: run[0].length }));
  const spans: CodeSpan[] = [];
  let opener = 0;
  while (opener < runs.length) {
    const open = runs[opener]!;
    const closer = runs.findIndex((run, index) => index > opener && run.length === open.length);
    if (closer === -1) {
      opener += 1;
      continue;
    }
    const close = runs[closer]!;
    spans.push({
      start: open.start,
      end: close.start + close.length,
      content: line.slice(open.start + open.length, close.start),
    });
    opener = closer + 1;
  }
  return spans;
}
