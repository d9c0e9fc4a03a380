import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DiagnosticCode } from "st2ts";
import { expect, test } from "vitest";
import { diagnosticEntries, diagnosticsTable, tableIn, withTable } from "../src/diagnostics-table.js";
import { DOCS } from "../src/repository.js";
import { UPDATE } from "../src/update-mode.js";

const PAGE = join(DOCS, "09-st2ts.md");

test("the declaration st2ts publishes lists the codes st2ts uses", () => {
  const entries = diagnosticEntries();
  expect(Object.fromEntries(entries.map(({ name, code }) => [name, code]))).toEqual({ ...DiagnosticCode });
  expect(entries.every(({ meaning }) => meaning.length > 0)).toBe(true);
});

test("the guide's catalogue of diagnostics is the table generated from DiagnosticCode", () => {
  const page = readFileSync(PAGE, "utf8");
  const table = diagnosticsTable(diagnosticEntries());
  if (UPDATE && tableIn(page) !== table) writeFileSync(PAGE, withTable(page, table));
  else expect(tableIn(page)).toBe(table);
});
