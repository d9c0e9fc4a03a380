import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { transpile } from "st2ts";
import { beforeAll, describe, expect, test } from "vitest";
import { shownStdout } from "../src/expected-output.js";
import { withBlockContent } from "../src/markdown.js";
import { checkedPages, ROOT } from "../src/repository.js";
import { type SmalltalkSnippet, snippetsOf, type TypeScriptSnippet } from "../src/snippets.js";
import { type CheckError, typeCheck } from "../src/typecheck.js";
import {
  fragmentPreamble,
  pageDirectory,
  pageProgram,
  runTypeScript,
  type SnippetFile,
  snippetFile,
} from "../src/typescript-snippets.js";
import { UPDATE } from "../src/update-mode.js";

const RUN_TIMEOUT_MS = 60_000;

const pages = checkedPages().map((page) => ({ page, snippets: snippetsOf(page.path, page.text) }));
const typescript = pages.flatMap(({ snippets }) => snippets.typescript);
const smalltalk = pages.flatMap(({ snippets }) => snippets.smalltalk);
const programs = new Map(pages.map(({ page, snippets }) => [page.path, pageProgram(snippets.smalltalk)]));

/** st2ts's TypeScript for a Smalltalk snippet, as `st2ts FILE.st` writes it. */
function generated(snippet: SmalltalkSnippet): string | undefined {
  return transpile(snippet.code, { fileName: snippet.fileName, dialect: snippet.dialect }).code;
}

function generatedFile(snippet: SmalltalkSnippet): SnippetFile {
  const name = `${pageDirectory(snippet)}/${snippet.location.line}.st.ts`;
  return { name, text: generated(snippet) ?? "", linesBefore: 0 };
}

/** The errors of a file, each with the line of the guide it comes from. */
function located(errors: readonly CheckError[], file: SnippetFile, fenceLine: number): string[] {
  return errors.map(
    ({ line, code, message }) => `line ${fenceLine + line - file.linesBefore}: TS${code}: ${message}`,
  );
}

let errors = new Map<string, CheckError[]>();
const files = new Map<TypeScriptSnippet | SmalltalkSnippet, SnippetFile>();

beforeAll(() => {
  const preamble = fragmentPreamble();
  for (const snippet of typescript) files.set(snippet, snippetFile(snippet, preamble));
  for (const snippet of smalltalk) files.set(snippet, generatedFile(snippet));
  const programFiles = [...programs.values()].flatMap((program) => program?.files ?? []);
  errors = typeCheck([...files.values(), ...programFiles]);
}, 180_000);

test("the strict compiler options and the packages' declarations load without error", () => {
  expect(errors.get("")).toEqual([]);
});

// Every TypeScript snippet type-checks under tsconfig.base.json against the built packages; a
// module followed by an output block also runs; a `generated` block is st2ts's exact output.
for (const { page, snippets } of pages) {
  if (snippets.typescript.length === 0) continue;
  describe(page.path, () => {
    const program = programs.get(page.path);
    if (program) {
      test("the program of its class files transpiles and type-checks", () => {
        expect(program.errors).toEqual([]);
        expect(program.files.flatMap((file) => errors.get(file.name) ?? [])).toEqual([]);
      });
    }
    for (const snippet of snippets.typescript) {
      const line = snippet.location.line;
      test(`${snippet.kind} at line ${line} type-checks`, () => {
        const file = files.get(snippet)!;
        expect(located(errors.get(file.name) ?? [], file, line)).toEqual([]);
      });
      if (snippet.kind === "generated" && snippet.source !== null) {
        const source = snippet.source;
        test(`generated at line ${line} is what st2ts writes for line ${source.location.line}`, () => {
          const code = generated(source);
          if (UPDATE && code !== undefined && code !== snippet.code) {
            const path = join(ROOT, page.path);
            writeFileSync(path, withBlockContent(readFileSync(path, "utf8"), snippet.block, code));
            return;
          }
          expect(snippet.code).toBe(code);
        });
      }
      if (snippet.stdout !== null) {
        const expected = snippet.stdout;
        test(
          `module at line ${line} prints what the page shows`,
          async () => {
            const result = await runTypeScript(snippet.code, files.get(snippet)!.name, RUN_TIMEOUT_MS);
            expect({ stdout: shownStdout(result.stdout), stderr: result.stderr }).toEqual({
              stdout: expected,
              stderr: "",
            });
            expect(result.status).toBe(0);
          },
          2 * RUN_TIMEOUT_MS,
        );
      }
    }
  });
}

// The TypeScript st2ts writes for every Smalltalk snippet type-checks too.
// (A program that shows st2ts's errors has no TypeScript: its page shows the errors instead.)
describe("st2ts's output for the Smalltalk snippets", () => {
  for (const snippet of smalltalk) {
    test(`${snippet.location.file}:${snippet.location.line} type-checks`, () => {
      const file = files.get(snippet)!;
      if (file.text === "") {
        expect(snippet.stderr ?? "").toMatch(/: error ST\d{4}: /);
        return;
      }
      expect(located(errors.get(file.name) ?? [], file, snippet.location.line)).toEqual([]);
    });
  }
});
