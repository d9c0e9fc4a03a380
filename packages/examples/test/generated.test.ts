// The TypeScript st2ts generates for every example is committed in src/generated and current.
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { examples } from "../src/harness/index.js";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");

function names(directory: string, extension: string): string[] {
  return readdirSync(join(packageDir, directory))
    .filter((file) => file.endsWith(extension))
    .map((file) => file.slice(0, -extension.length))
    .sort();
}

describe("generated TypeScript", () => {
  test("every smalltalk/*.st has its src/generated/*.ts, and the harness runs every one", () => {
    const sources = names("smalltalk", ".st");
    expect(names("src/generated", ".ts")).toEqual(sources);
    expect(examples.map((example) => example.name).sort()).toEqual(sources);
  });

  test("the README describes every example and links its source", () => {
    const readme = readFileSync(join(packageDir, "README.md"), "utf8");
    for (const example of examples) expect(readme).toContain(`(smalltalk/${example.name}.st)`);
  });

  test("st2ts --check, file by file: the committed output is what st2ts generates now", async () => {
    const result = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [join(packageDir, "scripts", "generate.mjs"), "--check"],
        { cwd: packageDir },
        (error, _stdout, stderr) => resolve({ code: error === null ? 0 : (error.code as number), stderr }),
      );
    });
    expect(result).toEqual({ code: 0, stderr: "" });
  });
});
