// Every node has an exact span in the original file: for whole do-its and methods, for fileIn
// chunks after `!!` unescaping, and for Tonel method bodies parsed in isolation.

import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { Node, SourceSpan, SourceUnit } from "../src/index.js";
import {
  parseDoIt,
  parseMethod,
  readFileIn,
  readSmalltalkSource,
  readTonel,
  SourceText,
  walk,
} from "../src/index.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

/** Checks a span against the file: in range, and line/column agree with the offsets. */
function checkSpan(text: SourceText, span: SourceSpan) {
  expect(span.file).toBe(text.file);
  expect(span.start).toBeGreaterThanOrEqual(0);
  expect(span.end).toBeGreaterThanOrEqual(span.start);
  expect(span.end).toBeLessThanOrEqual(text.text.length);
  expect({ line: span.line, column: span.column }).toEqual(text.lineColumn(span.start));
  expect({ line: span.endLine, column: span.endColumn }).toEqual(text.lineColumn(span.end));
}

/** Every node's span is valid and lies inside its parent's (literal arrays included). */
function checkTree(text: SourceText, root: Node) {
  let count = 0;
  walk(root, (node, parent) => {
    count++;
    checkSpan(text, node.span);
    if (parent !== undefined) {
      expect(node.span.start).toBeGreaterThanOrEqual(parent.span.start);
      expect(node.span.end).toBeLessThanOrEqual(parent.span.end);
    }
    if (node.kind === "Variable" || node.kind === "Declaration") {
      expect(text.text.slice(node.span.start, node.span.end)).toBe(node.name);
    }
    if ("selectorParts" in node) {
      const parts = node.selectorParts.map((p) => text.text.slice(p.start, p.end).replaceAll("!!", "!"));
      expect(parts.join("")).toBe(node.selector);
    }
  });
  return count;
}

function unitNodes(unit: SourceUnit): Node[] {
  if (unit.kind === "MethodDefinition") return [unit.method];
  if (unit.kind === "DoIt") return [unit];
  if ((unit.kind === "ClassDefinition" || unit.kind === "ClassInstanceVariables") && unit.definition) {
    return [unit.definition];
  }
  return [];
}

const slice = (source: string, span: SourceSpan) => source.slice(span.start, span.end);

describe("spans in do-its and methods", () => {
  test("a do-it: statement, send, argument and selector spans", () => {
    const source = "| a |\na := 3 + 4.\nTranscript show: a printString; cr";
    const r = parseDoIt(source, { fileName: "w.st" });
    const ast = r.ast!;
    expect(checkTree(new SourceText(source, "w.st"), ast)).toBeGreaterThan(10);
    const [assign, cascade] = ast.statements;
    expect(slice(source, assign!.span)).toBe("a := 3 + 4");
    expect(assign!.span).toMatchObject({ line: 2, column: 1, endLine: 2, endColumn: 11 });
    expect(slice(source, cascade!.span)).toBe("Transcript show: a printString; cr");
    if (cascade!.kind !== "Cascade") throw new Error("cascade expected");
    expect(slice(source, cascade.receiver.span)).toBe("Transcript");
    expect(cascade.messages.map((m) => slice(source, m.span))).toEqual(["show: a printString", "cr"]);
    expect(ast.temporaries[0]!.span).toMatchObject({ line: 1, column: 3 });
  });

  test("a method: pattern parts, params, pragmas, temporaries", () => {
    const source = "at: index put: value\n\t<primitive: 61>\n\t| old |\n\t^ old := value";
    const m = parseMethod(source).ast!;
    checkTree(new SourceText(source, "<input>"), m);
    expect(m.selectorParts.map((p) => slice(source, p))).toEqual(["at:", "put:"]);
    expect(m.params.map((p) => slice(source, p.span))).toEqual(["index", "value"]);
    expect(slice(source, m.pragmas[0]!.span)).toBe("<primitive: 61>");
    expect(m.span).toMatchObject({ start: 0, end: source.length, line: 1, column: 1, endLine: 4 });
  });

  test("literal values inside literal arrays have spans", () => {
    const source = "#(1 $a #(foo 'x'))";
    const ast = parseDoIt(source).ast!;
    const seen: string[] = [];
    walk(ast, (n) => {
      if (n.kind === "Literal") seen.push(slice(source, n.span));
    });
    expect(seen).toEqual(["#(1 $a #(foo 'x'))", "1", "$a", "#(foo 'x')", "foo", "'x'"]);
  });

  test("CR and CR LF line ends count as lines", () => {
    const source = "x := 1.\ry := 2.\r\nz := 3";
    const ast = parseDoIt(source).ast!;
    expect(ast.statements.map((s) => [s.span.line, s.span.column])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
    ]);
  });
});

describe("spans in fileIn chunks", () => {
  test("positions after !! are mapped back into the file", () => {
    const source = "!Foo methodsFor: 'x'!\nbang\n\t^ 'a!!b' , 'c!!!!d' size! !\n";
    const r = readFileIn(source);
    expect(r.diagnostics).toEqual([]);
    const unit = r.units[0]!;
    if (unit.kind !== "MethodDefinition") throw new Error("method expected");
    const strings: [string, string][] = [];
    walk(unit.method, (n) => {
      if (n.kind === "Literal" && n.type === "string") strings.push([n.value, slice(source, n.span)]);
    });
    expect(strings).toEqual([
      ["a!b", "'a!!b'"],
      ["c!!d", "'c!!!!d'"],
    ]);
    const text = new SourceText(source, "<input>");
    checkTree(text, unit.method);
    expect(slice(source, unit.method.span)).toBe("bang\n\t^ 'a!!b' , 'c!!!!d' size");
  });

  test("a ! binary selector written !! maps to both characters", () => {
    const source = "x := 3 !! 4!";
    const r = readFileIn(source);
    const doIt = r.units[0]!;
    if (doIt.kind !== "DoIt") throw new Error("do-it expected");
    const assignment = doIt.statements[0]!;
    if (assignment.kind !== "Assignment" || assignment.value.kind !== "Send")
      throw new Error("x := send expected");
    const send = assignment.value;
    expect(slice(source, send.selectorParts[0]!)).toBe("!!");
    expect(slice(source, send.span)).toBe("3 !! 4");
  });

  test.each(["squeak-network.st", "pharo-network.st"])("every node of %s", (name) => {
    const source = fixture(name);
    const r = readFileIn(source, { fileName: name });
    const text = new SourceText(source, name);
    let nodes = 0;
    for (const u of r.units) {
      checkSpan(text, u.span);
      for (const n of unitNodes(u)) nodes += checkTree(text, n);
    }
    expect(nodes).toBeGreaterThan(100);
  });
});

describe("spans in Tonel methods", () => {
  test.each(["NetClient.class.st", "Object.extension.st", "TNetLogging.trait.st", "OldSymbols.class.st"])(
    "every node of %s",
    (name) => {
      const source = fixture(name);
      const r = readTonel(source, { fileName: name });
      expect(r.diagnostics).toEqual([]);
      const text = new SourceText(source, name);
      for (const u of r.units) {
        checkSpan(text, u.span);
        for (const n of unitNodes(u)) checkTree(text, n);
      }
    },
  );

  test("a Tonel body is positioned in the file", () => {
    const source = fixture("NetClient.class.st");
    const r = readSmalltalkSource(source, { fileName: "NetClient.class.st" });
    const hostSetter = r.units.find((u) => u.kind === "MethodDefinition" && u.method.selector === "host:");
    if (hostSetter?.kind !== "MethodDefinition") throw new Error("host: expected");
    const m = hostSetter.method;
    expect(slice(source, m.span)).toBe("host: aString [\n\thost := aString\n]");
    expect(slice(source, m.statements[0]!.span)).toBe("host := aString");
    const line = source.slice(0, m.statements[0]!.span.start).split("\n").length;
    expect(m.statements[0]!.span.line).toBe(line);
    expect(slice(source, hostSetter.span)).toBe(
      "{ #category : 'accessing' }\nNetClient >> host: aString [\n\thost := aString\n]",
    );
  });
});
