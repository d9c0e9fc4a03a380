import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { failureError, smalltalkPosition, TestFailure } from "../src/index.js";

const directory = mkdtempSync(join(tmpdir(), "sunit-report-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const source = join(directory, "Sample.class.st");
writeFileSync(source, "Class { #name : 'Sample' }\n\nSample >> testIt [\n\tself assert: 1 equals: 2\n]\n");

function failure(text: string, stack: string): TestFailure {
  const exception = new TestFailure();
  exception.messageText$(text);
  exception.stack = stack;
  return exception;
}

describe("failure reports", () => {
  test.each([
    [
      `Error: x\n    at Sample.testIt (${source}:4:2)\n    at run (/a/b.ts:1:1)`,
      { file: source, line: 4, column: 2 },
    ],
    [`Error: x\n    at ${pathToFileURL(source).href}:4:2`, { file: source, line: 4, column: 2 }],
    ["Error: x\n    at run (/a/b.ts:1:1)", undefined],
  ])("the innermost .st position of a stack", (stack, expected) => {
    expect(smalltalkPosition(stack)).toEqual(expected);
  });

  test("the message, then the assertion's position and source, then the stack's frames", () => {
    const error = failureError(
      failure("Expected 1 but was 2.", `TestFailure: x\n    at Sample.testIt (${source}:4:2)`),
      "Sample>>#testIt",
    );
    expect(error.message).toBe(
      `Sample>>#testIt: Expected 1 but was 2.\n    at ${source}:4:2: self assert: 1 equals: 2`,
    );
    expect(error.name).toBe("TestFailure");
    expect(error.stack).toBe(`TestFailure: ${error.message}\n    at Sample.testIt (${source}:4:2)`);
  });

  test("without a .st frame (no source maps), where the test method is, as st2ts's $testSources says", () => {
    const error = failureError(
      failure("Assertion failed", "TestFailure: x\n    at run (/a/b.ts:1:1)"),
      "Sample>>#testIt",
      "Sample.class.st:3:11",
    );
    expect(error.message).toBe(
      "Sample>>#testIt: Assertion failed\n    in Sample>>#testIt, at Sample.class.st:3:11",
    );
  });
});
