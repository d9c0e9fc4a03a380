// Literal values are exact: integers are bigints, floats keep their kind, scaled decimals keep
// numerator/denominator/scale, and strings, symbols and characters survive byte for byte.

import { describe, expect, test } from "vitest";
import type { ExpressionNode, LiteralNode } from "../src/index.js";
import { parseDoIt } from "../src/index.js";

function literal(source: string): LiteralNode {
  const r = parseDoIt(source);
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const s = r.ast!.statements[0] as ExpressionNode;
  expect(s.kind).toBe("Literal");
  return s as LiteralNode;
}

/** A Smalltalk string literal for `value`. */
function stString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

const tricky = [
  "",
  "plain",
  "it's",
  "''",
  "line\u2028separator\u2029paragraph",
  "nul\u0000inside",
  "astral 😀 𝄞 \u{10FFFF}",
  "*/ closes a JS comment",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the point is a literal `${` in Smalltalk source
  "`backticks` and ${template}",
  '"double" quotes',
  "back\\slash \\n not an escape",
  "tab\tand\r\nnewlines\n",
  "!! bangs !",
  "lone surrogate \ud800 here",
  "Latin-1 éàü ÿ",
  "\u0001\u001f\u007f\u0080\u00ff",
];

describe("strings round-trip", () => {
  test.each(tricky)("%j", (value) => {
    const lit = literal(stString(value));
    expect(lit.type).toBe("string");
    expect(lit.type === "string" && lit.value).toBe(value);
  });
});

describe("quoted symbols round-trip", () => {
  test.each(tricky)("%j", (value) => {
    const lit = literal(`#${stString(value)}`);
    expect(lit.type).toBe("symbol");
    expect(lit.type === "symbol" && lit.value).toBe(value);
  });
});

describe("characters round-trip", () => {
  const chars = ["a", " ", "'", '"', "$", "\u0000", "\u2028", "😀", "`", "\\", "!", "é", "\t", "\n", "]"];
  test.each(chars)("%j", (ch) => {
    const lit = literal(`$${ch}`);
    expect(lit).toMatchObject({ type: "character", value: ch, codePoint: ch.codePointAt(0) });
  });
});

describe("numbers are exact", () => {
  const integers: [string, bigint][] = [
    ["0", 0n],
    ["-0", 0n],
    ["42", 42n],
    ["-42", -42n],
    ["9007199254740993", 9007199254740993n],
    ["123456789012345678901234567890", 123456789012345678901234567890n],
    ["16r1F", 31n],
    ["16rff", 255n],
    ["36rZZ", 1295n],
    ["36rzz", 1295n],
    ["-16rFF", -255n],
    ["16r-FF", -255n],
    ["-16r-FF", 255n],
    ["16r1e4", 484n],
    ["2r1e4", 16n],
    ["1e10", 10000000000n],
    ["100e-2", 1n],
    ["1e0", 1n],
    ["2r1010", 10n],
    ["16r10000000000000000", 2n ** 64n],
    ["1e30", 10n ** 30n],
  ];
  test.each(integers)("%s is the Integer %s", (source, value) => {
    const lit = literal(source);
    expect(lit.type).toBe("integer");
    expect(lit.type === "integer" && lit.value).toBe(value);
  });

  const floats: [string, number][] = [
    ["1.5", 1.5],
    ["-1.5", -1.5],
    ["0.1", 0.1],
    ["1e-2", 0.01],
    ["1.5e-3", 0.0015],
    ["1.0", 1],
    ["1.5e3", 1500],
    ["1.5d2", 150],
    ["1.5q2", 150],
    ["2r1.1", 1.5],
    ["16r1.8", 1.5],
    ["2r1e-4", 0.0625],
    ["3r0.1", 1 / 3],
    ["0.30000000000000004", 0.30000000000000004],
    ["1.7976931348623157e308", 1.7976931348623157e308],
    ["5e-324", 5e-324],
  ];
  test.each(floats)("%s is the Float %d", (source, value) => {
    const lit = literal(source);
    expect(lit.type).toBe("float");
    expect(lit.type === "float" && lit.value).toBe(value);
  });

  const scaled: [string, bigint, bigint, number][] = [
    ["1.5s2", 3n, 2n, 2],
    ["1.5s", 3n, 2n, 1],
    ["3s2", 3n, 1n, 2],
    ["3s", 3n, 1n, 0],
    ["-0.25s4", -1n, 4n, 4],
    ["0.10s", 1n, 10n, 2],
  ];
  test.each(scaled)("%s is the ScaledDecimal %s/%s scale %d", (source, numerator, denominator, scale) => {
    expect(literal(source)).toMatchObject({ type: "scaledDecimal", numerator, denominator, scale });
  });
});

describe("literal arrays keep element kinds and spans", () => {
  test("elements", () => {
    const source = "#(foo bar: #baz $a 'str' -2 2r101 (1 2) #(3) true false nil #[1 2] + at:put:)";
    const lit = literal(source);
    expect(lit.type).toBe("array");
    if (lit.type !== "array") return;
    expect(lit.elements.map((e) => e.type)).toEqual([
      "symbol",
      "symbol",
      "symbol",
      "character",
      "string",
      "integer",
      "integer",
      "array",
      "array",
      "boolean",
      "boolean",
      "nil",
      "byteArray",
      "symbol",
      "symbol",
    ]);
    expect(lit.elements.map((e) => source.slice(e.span.start, e.span.end))).toEqual([
      "foo",
      "bar:",
      "#baz",
      "$a",
      "'str'",
      "-2",
      "2r101",
      "(1 2)",
      "#(3)",
      "true",
      "false",
      "nil",
      "#[1 2]",
      "+",
      "at:put:",
    ]);
  });

  test("byte arrays", () => {
    const lit = literal("#[0 16rFF 127]");
    expect(lit.type === "byteArray" && lit.elements.map((e) => e.value)).toEqual([0n, 255n, 127n]);
  });
});
