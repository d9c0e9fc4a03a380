/**
 * The guide's catalogue of st2ts diagnostics, generated from `DiagnosticCode` as st2ts publishes
 * it (its declaration file, with each code's TSDoc), and the markers that delimit it in a page.
 *
 * @module
 */

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import ts from "typescript";

/** One diagnostic code: `ST1001`, its `DiagnosticCode` key and its TSDoc. */
export interface DiagnosticEntry {
  readonly code: string;
  readonly name: string;
  readonly meaning: string;
}

/** The comment lines the generated table sits between. */
export const TABLE_START = "<!-- diagnostics-table:start -->";
export const TABLE_END = "<!-- diagnostics-table:end -->";

/** Every member of `DiagnosticCode` in st2ts's `dist/index.d.ts`, in declaration order. */
export function diagnosticEntries(): DiagnosticEntry[] {
  const root = dirname(createRequire(import.meta.url).resolve("st2ts/package.json"));
  const path = join(root, "dist", "index.d.ts");
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (declaration.name.getText(source) !== "DiagnosticCode" || declaration.type === undefined) continue;
      if (!ts.isTypeLiteralNode(declaration.type)) break;
      return declaration.type.members.filter(ts.isPropertySignature).map((member) => {
        const literal =
          member.type !== undefined && ts.isLiteralTypeNode(member.type) ? member.type.literal : null;
        const comment = ts
          .getJSDocCommentsAndTags(member)
          .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? "")
          .join(" ");
        return {
          code: literal !== null && ts.isStringLiteral(literal) ? literal.text : "?",
          name: member.name.getText(source),
          meaning: comment.replace(/\s+/g, " ").trim(),
        };
      });
    }
  }
  throw new Error(`no DiagnosticCode declaration in ${path}`);
}

/** The Markdown table of `entries`. */
export function diagnosticsTable(entries: readonly DiagnosticEntry[]): string {
  const rows = entries.map(
    ({ code, name, meaning }) => `| ${code} | \`${name}\` | ${meaning.replace(/\|/g, "\\|")} |`,
  );
  return ["| Code | `DiagnosticCode` | What it means |", "|---|---|---|", ...rows].join("\n");
}

/** The text between the table markers of `page` (trimmed), or null when the page has no markers. */
export function tableIn(page: string): string | null {
  const start = page.indexOf(TABLE_START);
  const end = page.indexOf(TABLE_END);
  if (start < 0 || end < start) return null;
  return page.slice(start + TABLE_START.length, end).trim();
}

/** `page` with `table` put between its markers. */
export function withTable(page: string, table: string): string {
  const start = page.indexOf(TABLE_START) + TABLE_START.length;
  const end = page.indexOf(TABLE_END);
  return `${page.slice(0, start)}\n\n${table}\n\n${page.slice(end)}`;
}
