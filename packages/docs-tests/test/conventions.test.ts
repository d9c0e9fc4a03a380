import { describe, expect, test } from "vitest";
import { parseMarkdown, splitTableCells } from "../src/markdown.js";
import { checkedPages, guidePages } from "../src/repository.js";
import { snippetsOf } from "../src/snippets.js";

const DIAGRAM_TYPES =
  /^(stateDiagram-v2|stateDiagram|sequenceDiagram|flowchart \w+|graph \w+|classDiagram|timeline|gantt)\b/;

describe.each(checkedPages().map((page) => [page.path, page] as const))("%s", (_path, page) => {
  const snippets = snippetsOf(page.path, page.text);

  test("follows the snippet convention", () => {
    expect(snippets.problems).toEqual([]);
  });

  test("no table cell is split by a | in code (GitHub needs \\| there)", () => {
    expect(splitTableCells(parseMarkdown(page.text))).toEqual([]);
  });

  test("every Mermaid diagram names its diagram type first", () => {
    const untyped = snippets.diagrams.filter(({ code }) => !DIAGRAM_TYPES.test(code.trimStart()));
    expect(untyped.map(({ location }) => location)).toEqual([]);
  });
});

test("the guide draws the socket status machine and the Taeumel snippet's priority timeline", () => {
  const diagrams = guidePages().flatMap((page) => snippetsOf(page.path, page.text).diagrams);
  expect(
    diagrams.some(({ code }) => code.startsWith("stateDiagram-v2") && code.includes("OtherEndClosed")),
  ).toBe(true);
  expect(
    diagrams.some(
      ({ code }) => code.startsWith("sequenceDiagram") && code.includes("userBackgroundPriority"),
    ),
  ).toBe(true);
});
