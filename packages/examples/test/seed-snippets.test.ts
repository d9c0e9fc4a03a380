// The seed's snippets. They listen on fixed ports (8080, 1234), so every test that runs one is in
// this file and the tests run one after another.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { transpile } from "st2ts";
import { describe, expect, test } from "vitest";
import {
  launchChild,
  runExample,
  taeumelCorrected,
  taeumelVerbatim,
  wikiAccept,
  wikiTwoInspectors,
} from "../src/harness/index.js";
import { launchInProcess } from "./in-process.js";
import { expectAsExpected } from "./run.js";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");

function source(name: string): string {
  return readFileSync(join(packageDir, "smalltalk", `${name}.st`), "utf8");
}

function warnings(name: string): string[] {
  return transpile(source(name), { fileName: `${name}.st` }).diagnostics.map(
    (each) => `${each.line}:${each.column} ${each.severity} ${each.code}`,
  );
}

describe("the Squeak wiki's walkthrough (port 8080)", () => {
  test("two inspectors: listenOn:, connectTo:port:, sendData:, receiveData, closeAndDestroy", (context) =>
    expectAsExpected(wikiTwoInspectors, launchInProcess(wikiTwoInspectors.name), context));

  test("the variant: listenOn:backlogSize: and accept", (context) =>
    expectAsExpected(wikiAccept, launchInProcess(wikiAccept.name), context));

  test("port 8080 taken: the example fails with a clear message, the runner exits 1", async () => {
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(8080, "127.0.0.1", resolve));
    try {
      const verdict = await runExample(wikiTwoInspectors, launchInProcess(wikiTwoInspectors.name), 500);
      expect(verdict).toEqual({
        kind: "blocked",
        reason:
          "port 8080 on 127.0.0.1 is not available (EADDRINUSE, for 0.5 s): wiki-two-inspectors listens on it, as the seed's snippet does. Stop whatever uses port 8080 and run it again.",
      });
      const run = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
        execFile(
          process.execPath,
          [join(packageDir, "scripts", "run-examples.mjs"), "wiki-two-inspectors"],
          { cwd: packageDir, env: { ...process.env, EXAMPLES_PORT_WAIT_MS: "500" } },
          (error, stdout) => resolve({ code: error === null ? 0 : (error.code as number), stdout }),
        );
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain("FAILED: port 8080 on 127.0.0.1 is not available (EADDRINUSE, for 0.5 s)");
      expect(run.stdout).toContain("0 as expected, 1 failed, 0 skipped");
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  });
});

describe("Marcel Taeumel's example (port 1234)", () => {
  test("verbatim: st2ts warns about the undeclared data (ST2001) and addressFromString: (ST2101)", () => {
    expect(warnings("taeumel-verbatim")).toEqual(["5:1 warning ST2001", "23:14 warning ST2101"]);
    const [, addressWarning] = transpile(source("taeumel-verbatim"), { fileName: "t.st" }).diagnostics;
    expect(addressWarning?.message).toContain("Use addressForName: to resolve a name");
  });

  test("verbatim, run as Squeak would: no Transcript line, both errors reported, exit status 1", (context) =>
    // A child process (the real CLI): the snippet leaves its listening socket behind.
    expectAsExpected(taeumelVerbatim, launchChild(packageDir, taeumelVerbatim.name), context));

  test("corrected: the one change is addressForName:, and only the undeclared data is warned about", () => {
    const verbatim = source("taeumel-verbatim").split("\n");
    const corrected = source("taeumel-corrected").split("\n");
    const changed = corrected.flatMap((line, index) =>
      line === verbatim[index] ? [] : [[verbatim[index], line]],
    );
    expect(corrected.length).toBe(verbatim.length);
    expect(changed).toEqual([
      [
        "\tconnectTo: (NetNameResolver addressFromString: hostName)",
        "\tconnectTo: (NetNameResolver addressForName: hostName)",
      ],
    ]);
    expect(warnings("taeumel-corrected")).toEqual(["5:1 warning ST2001"]);
  });

  test("corrected: the client's lines first, then the server's, which receives Hello World! after the client closed", (context) =>
    expectAsExpected(taeumelCorrected, launchInProcess(taeumelCorrected.name), context));
});
