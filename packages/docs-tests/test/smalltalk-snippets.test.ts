import { formatDiagnostics, hasErrors, transpile } from "st2ts";
import { describe, expect, test } from "vitest";
import { fixedPorts, shownStderr, shownStdout } from "../src/expected-output.js";
import { waitForFreePorts } from "../src/free-ports.js";
import { checkedPages } from "../src/repository.js";
import { runSmalltalk } from "../src/run-smalltalk.js";
import { type SmalltalkSnippet, snippetsOf } from "../src/snippets.js";

const RUN_TIMEOUT_MS = 60_000;
const PORT_WAIT_MS = 30_000;

async function runShown(snippet: SmalltalkSnippet) {
  // Another package's test may hold a fixed port for a while (the seed's 1234 and 8080).
  await waitForFreePorts(fixedPorts(snippet.code), PORT_WAIT_MS);
  const result = await runSmalltalk(snippet.code, {
    dialect: snippet.dialect,
    fileName: snippet.fileName,
    timeoutMs: RUN_TIMEOUT_MS,
  });
  return { stdout: shownStdout(result.stdout), stderr: shownStderr(result.stderr), status: result.status };
}

// Every Smalltalk snippet of the guide: a program runs through `st2ts run` and prints exactly the
// output its page shows; a fragment transpiles without errors.
for (const page of checkedPages()) {
  const snippets = snippetsOf(page.path, page.text).smalltalk;
  if (snippets.length === 0) continue;
  describe(page.path, () => {
    for (const snippet of snippets) {
      const title = `${snippet.kind} at line ${snippet.location.line}${snippet.dialect === "pharo" ? " (pharo)" : ""}`;
      if (snippet.kind === "fragment") {
        test(title, () => {
          const { diagnostics } = transpile(snippet.code, {
            fileName: snippet.fileName,
            dialect: snippet.dialect,
          });
          expect(hasErrors(diagnostics), formatDiagnostics(diagnostics, snippet.code)).toBe(false);
        });
        continue;
      }
      test(
        title,
        async () => {
          const expected = { stdout: snippet.stdout ?? "", stderr: shownStderr(snippet.stderr ?? "") };
          let shown = await runShown(snippet);
          const matches = shown.stdout === expected.stdout && shown.stderr === expected.stderr;
          // A port taken between the wait and the run: once more.
          if (!matches && fixedPorts(snippet.code).length > 0) shown = await runShown(snippet);
          expect({ stdout: shown.stdout, stderr: shown.stderr }).toEqual(expected);
          if (snippet.stderr === null) expect(shown.status).toBe(0);
        },
        2 * (RUN_TIMEOUT_MS + PORT_WAIT_MS),
      );
    }
  });
}
