// Diagnostic values, their exact formatted text with code frames, and the frame layout
// (identical to Ohm's getLineAndColumnMessage after its header line).

import { getLineAndColumnMessage } from "ohm-js/extras";
import { describe, expect, test } from "vitest";
import {
  codeFrame,
  DiagnosticCode,
  formatDiagnostics,
  parseDoIt,
  parseMethod,
  readFileIn,
} from "../src/index.js";

describe("exact diagnostic text", () => {
  test("a syntax error names what was expected", () => {
    const source = "x := 3 + . y := 4";
    const r = parseDoIt(source, { fileName: "ws.st" });
    expect(r.diagnostics).toEqual([
      {
        code: "ST1001",
        severity: "error",
        message: 'expected an expression, found "."',
        file: "ws.st",
        line: 1,
        column: 10,
        endLine: 1,
        endColumn: 11,
        start: 9,
        end: 10,
      },
    ]);
    expect(formatDiagnostics(r.diagnostics, source)).toBe(
      [
        'ws.st:1:10: error ST1001: expected an expression, found "."',
        "> 1 | x := 3 + . y := 4",
        "               ^",
        "",
      ].join("\n"),
    );
  });

  test("an unterminated string is reported at its opening quote", () => {
    const source = "| a |\na := 'abc.\nb := 2";
    expect(formatDiagnostics(parseDoIt(source, { fileName: "ws.st" }).diagnostics, source)).toBe(
      [
        "ws.st:2:6: error ST1002: unterminated string: no closing quote (')",
        "  1 | | a |",
        "> 2 | a := 'abc.",
        "           ^~~~~",
        "  3 | b := 2",
        "",
      ].join("\n"),
    );
  });

  test("an unterminated comment is reported at its opening quote", () => {
    const source = 'foo\n\t"never closed\n\t^ 1';
    expect(formatDiagnostics(parseMethod(source, { fileName: "m.st" }).diagnostics, source)).toBe(
      [
        'm.st:2:2: error ST1003: unterminated comment: no closing double quote (")',
        "  1 | foo",
        '> 2 | \t"never closed',
        "       ^~~~~~~~~~~~~",
        "  3 | \t^ 1",
        "",
      ].join("\n"),
    );
  });

  test("a byte out of range", () => {
    const source = "x := #[1 2 300]";
    expect(formatDiagnostics(parseDoIt(source, { fileName: "ws.st" }).diagnostics, source)).toBe(
      [
        "ws.st:1:12: error ST1006: byte array elements must be integers in 0..255, not 300",
        "> 1 | x := #[1 2 300]",
        "                 ^~~",
        "",
      ].join("\n"),
    );
  });

  test("the ambiguous selector warning suggests a space", () => {
    const source = "^ 3--4";
    const r = parseDoIt(source, { fileName: "ws.st" });
    expect(r.ast).toBeDefined();
    expect(formatDiagnostics(r.diagnostics, source)).toBe(
      [
        "ws.st:1:4: warning ST1501: ambiguous selector '--' before 4: it is read as '-- 4'; add a space, '- -4' or '-- 4'",
        "> 1 | ^ 3--4",
        "         ^~",
        "",
      ].join("\n"),
    );
  });

  test("a radix digit that is not valid in its base", () => {
    const source = "x := 2r102";
    expect(formatDiagnostics(parseDoIt(source, { fileName: "ws.st" }).diagnostics, source)).toBe(
      [
        "ws.st:1:10: error ST1004: '2' is not a digit in base 2",
        "> 1 | x := 2r102",
        "               ^",
        "",
      ].join("\n"),
    );
  });

  test("a chunk that is not a method in a methodsFor: section", () => {
    const source = "!Foo methodsFor: 'x'!\n3 + 4! !";
    expect(formatDiagnostics(readFileIn(source, { fileName: "f.st" }).diagnostics, source)).toBe(
      [
        "f.st:2:1: error ST1101: expected a method of Foo (a selector pattern such as 'foo', '+ other' or 'at: index put: value'); a methodsFor: section ends with an empty chunk '! !'",
        "  1 | !Foo methodsFor: 'x'!",
        "> 2 | 3 + 4! !",
        "      ^~~~~",
        "",
      ].join("\n"),
    );
  });

  test("several diagnostics of one file are formatted in order, separated by a line", () => {
    const source = "^ x.\ny := #(1 { 2)";
    const r = parseDoIt(source, { fileName: "w.st" });
    expect(r.diagnostics.map((d) => d.code)).toEqual(["ST1502", "ST1503"]);
    expect(
      formatDiagnostics(r.diagnostics, source)
        .split("\n")
        .filter((l) => l.startsWith("w.st")),
    ).toEqual([
      "w.st:2:1: warning ST1502: unreachable statement: it follows a ^ return",
      "w.st:2:10: warning ST1503: '{' in a literal array is read as the symbol #'{'; write #'{' (use a proper symbol literal)",
    ]);
  });
});

describe("code frames match Ohm's getLineAndColumnMessage", () => {
  const source = "first line\nsecond := line + 2.\n\tthird\nfourth";
  const offsets = [0, 3, 10, 11, 20, 30, 31, 33, source.length - 1, source.length];
  test.each(offsets)("at offset %d", (offset) => {
    const ours = codeFrame(source, offset, Math.min(offset + 3, source.length));
    const ohm = getLineAndColumnMessage(source, offset, [offset, Math.min(offset + 3, source.length)]);
    expect(ours).toBe(ohm.slice(ohm.indexOf("\n") + 1));
  });

  test("CR-only files (Squeak) get line numbers too", () => {
    expect(codeFrame("a\rb c\rd", 4)).toBe(["  1 | a", "> 2 | b c", "        ^", "  3 | d", ""].join("\n"));
  });
});

test("every diagnostic code is documented in the README", async () => {
  const { readFile } = await import("node:fs/promises");
  const readme = await readFile(new URL("../README.md", import.meta.url), "utf8");
  const codes = Object.values(DiagnosticCode);
  expect(codes.length).toBeGreaterThan(20);
  for (const code of codes) expect(readme).toContain(`| ${code} |`);
});
