import { describe, expect, test } from "vitest";
import { fixedPorts, shownStderr, shownStdout } from "../src/expected-output.js";
import {
  anchorsOf,
  linksOf,
  parseMarkdown,
  slugOf,
  splitTableCells,
  withBlockContent,
} from "../src/markdown.js";
import { snippetsOf } from "../src/snippets.js";

const FENCE = "```";

function page(...lines: string[]): string {
  return `${lines.join("\n")}\n`;
}

describe("the snippet convention", () => {
  test("a program, its output, its stderr and st2ts's TypeScript for it", () => {
    const { smalltalk, typescript, problems } = snippetsOf(
      "x.md",
      page(
        "Intro.",
        `${FENCE}smalltalk pharo file=echo.st`,
        "Transcript show: 'hi'",
        FENCE,
        "",
        `${FENCE}text`,
        "hi",
        FENCE,
        `${FENCE}stderr`,
        "warning",
        FENCE,
        `${FENCE}ts generated`,
        "export {};",
        FENCE,
      ),
    );
    expect(problems).toEqual([]);
    expect(smalltalk).toEqual([
      {
        kind: "program",
        location: { file: "x.md", line: 2 },
        code: "Transcript show: 'hi'\n",
        dialect: "pharo",
        fileName: "echo.st",
        stdout: "hi\n",
        stderr: "warning\n",
      },
    ]);
    expect(typescript).toEqual([
      {
        kind: "generated",
        location: { file: "x.md", line: 12 },
        block: 3,
        code: "export {};\n",
        stdout: null,
        source: smalltalk[0],
      },
    ]);
  });

  test("a fragment is not run; a TypeScript module with an output block is", () => {
    const { smalltalk, typescript, problems } = snippetsOf(
      "x.md",
      page(
        `${FENCE}smalltalk fragment`,
        "self listenOn: 8080",
        FENCE,
        `${FENCE}ts`,
        "console.log(1);",
        FENCE,
        `${FENCE}text`,
        "1",
        FENCE,
      ),
    );
    expect(problems).toEqual([]);
    expect(smalltalk.map(({ kind, stdout }) => ({ kind, stdout }))).toEqual([
      { kind: "fragment", stdout: null },
    ]);
    expect(typescript.map(({ kind, stdout }) => ({ kind, stdout }))).toEqual([
      { kind: "module", stdout: "1\n" },
    ]);
  });

  test.each([
    [
      "a program without output",
      page(`${FENCE}smalltalk`, "3 + 4", FENCE),
      1,
      "must be followed by a ```text block",
    ],
    [
      "an output separated by prose",
      page(`${FENCE}smalltalk`, "3", FENCE, "Prints:", `${FENCE}text`, "3", FENCE),
      1,
      "must be followed",
    ],
    [
      "a fragment with output",
      page(`${FENCE}smalltalk fragment`, "3", FENCE, `${FENCE}text`, "3", FENCE),
      4,
      "would go unchecked",
    ],
    [
      "an unknown attribute",
      page(`${FENCE}smalltalk run`, "3", FENCE, `${FENCE}text`, "3", FENCE),
      1,
      "unknown attribute 'run'",
    ],
    [
      "a stray stderr block",
      page("Text.", `${FENCE}stderr`, "x", FENCE),
      2,
      "must follow a Smalltalk program",
    ],
    [
      "generated code without its source",
      page("Text.", `${FENCE}ts generated`, "x", FENCE),
      2,
      "must directly follow",
    ],
    [
      "a TypeScript fragment with output",
      page(`${FENCE}ts fragment`, "x", FENCE, `${FENCE}text`, "x", FENCE),
      4,
      "only a complete",
    ],
    ["an unclosed block", page(`${FENCE}text`, "x"), 1, "no closing fence"],
  ])("reports %s", (_name, text, line, message) => {
    const { problems } = snippetsOf("x.md", text);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.location).toEqual({ file: "x.md", line });
    expect(problems[0]!.message).toContain(message);
  });
});

describe("Markdown", () => {
  test("blocks keep their content exactly; prose lines are the rest", () => {
    const document = parseMarkdown(page("a", "~~~~text", "  x", "", "~~~~", "b"));
    expect(document.blocks).toEqual([
      { language: "text", attributes: [], content: "  x\n\n", line: 2, endLine: 5, closed: true },
    ]);
    expect(document.prose.map(({ line }) => line)).toEqual([1, 6, 7]);
  });

  test("links outside code, and GitHub's anchors", () => {
    const document = parseMarkdown(
      page(
        "# The `Socket` status machine",
        "## Squeak & Pharo: listen",
        "## Squeak & Pharo: listen",
        "[a](b.md#c) `[no](x)` ![i](p.png)",
      ),
    );
    expect(linksOf(document).map(({ target }) => target)).toEqual(["b.md#c", "p.png"]);
    expect([...anchorsOf(document)]).toEqual([
      "the-socket-status-machine",
      "squeak--pharo-listen",
      "squeak--pharo-listen-1",
    ]);
    expect(slugOf("`listenOn:backlogSize:` and `accept`")).toBe("listenonbacklogsize-and-accept");
  });

  test("a | in a table cell's code must be escaped", () => {
    expect(splitTableCells(parseMarkdown(page("| `a | b` | c |", "| `a \\| b` | c |", "`x | y`")))).toEqual([
      1,
    ]);
  });

  test("code spans are delimited by backtick runs of equal length", () => {
    const fenceInCode = "| ` ```ts ` | a `x` cell |";
    const pipeInDoubleTicks = "| ``a ` | b`` | c |";
    expect(splitTableCells(parseMarkdown(page(fenceInCode, pipeInDoubleTicks)))).toEqual([2]);
  });

  test("a block's content can be replaced", () => {
    expect(withBlockContent(page("x", `${FENCE}ts`, "old", "old", FENCE, "y"), 0, "new\n")).toBe(
      page("x", `${FENCE}ts`, "new", FENCE, "y"),
    );
  });
});

describe("output comparison", () => {
  test("a missing final newline is added; stderr loses trailing blanks", () => {
    expect(shownStdout("a")).toBe("a\n");
    expect(shownStdout("")).toBe("");
    expect(shownStderr("> 1 | x \n  2 | \n\n")).toBe("> 1 | x\n  2 |\n");
  });

  test("fixed ports are found; port 0 is not fixed", () => {
    expect(fixedPorts("port := 1234. s listenOn: 0. c connectTo: a port: 8080. s listenOn: 8080")).toEqual([
      1234, 8080,
    ]);
  });
});
