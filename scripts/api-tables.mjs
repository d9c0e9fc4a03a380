#!/usr/bin/env node
// Writes (or with --check, verifies) the API table in each runtime package's README from st2ts's
// type catalogue, which is read from the packages' own declarations: every class the package
// exports, with each Squeak selector and the TypeScript member that implements it. The table
// sits between `<!-- api-table:start -->` and `<!-- api-table:end -->`.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const catalogue = JSON.parse(readFileSync(join(root, "packages/st2ts/src/catalogue/catalogue.json"), "utf8"));
const START = "<!-- api-table:start -->";
const END = "<!-- api-table:end -->";
const check = process.argv.includes("--check");

function cell(entries) {
  return Object.values(entries)
    .map((method) =>
      `\`${method.selector.replaceAll("|", "\\|")}\` ${method.name === method.selector ? "" : `→ \`${method.name}\``}`.trim(),
    )
    .join(", ");
}

function table(module) {
  const classes = Object.values(catalogue.classes).filter((entry) => entry.module === module);
  const rows = classes.map((entry) => {
    const name =
      entry.exportName === entry.name ? `\`${entry.name}\`` : `\`${entry.name}\` (\`${entry.exportName}\`)`;
    const superclass = entry.superclass === null ? "—" : `\`${entry.superclass}\``;
    return `| ${name} | ${superclass} | ${cell(entry.classSide) || "—"} | ${cell(entry.instance) || "—"} |`;
  });
  const globals = Object.values(catalogue.globals).filter((entry) => entry.module === module);
  const lines = [
    START,
    "",
    "Generated from the package's declarations by `scripts/api-tables.mjs` (each selector, then the TypeScript member that implements it when its name differs).",
    "",
    "| class (export) | superclass | class side | instance side |",
    "|---|---|---|---|",
    ...rows,
  ];
  if (globals.length > 0) {
    lines.push(
      "",
      "| global | class |",
      "|---|---|",
      ...globals.map((entry) => `| \`${entry.name}\` | \`${entry.className}\` |`),
    );
  }
  lines.push("", END);
  return lines.join("\n");
}

let stale = 0;
for (const module of Object.keys(catalogue.packages)) {
  const readme = join(root, "packages", module.replace("@smalltalk-sockets/", ""), "README.md");
  if (!existsSync(readme)) {
    console.error(`${module}: no README.md`);
    stale += 1;
    continue;
  }
  const text = readFileSync(readme, "utf8");
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) {
    console.error(`${readme}: no ${START} ... ${END} section`);
    stale += 1;
    continue;
  }
  const next = `${text.slice(0, start)}${table(module)}${text.slice(end + END.length)}`;
  if (next === text) continue;
  if (check) {
    console.error(`stale API table: ${readme} (run node scripts/api-tables.mjs)`);
    stale += 1;
  } else {
    writeFileSync(readme, next);
    console.log(`wrote the API table of ${readme}`);
  }
}
process.exit(stale > 0 ? 1 : 0);
