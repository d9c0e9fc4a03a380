import { expect, type TestContext } from "vitest";
import { type Example, type Launch, runExample } from "../src/harness/index.js";

/**
 * Runs `example` with `launch` and asserts that it did exactly what it should: exit status,
 * Transcript output, errors reported, and what its peers saw. An example that cannot run on this
 * machine is skipped with its reason; a fixed port in use fails the test with a clear message.
 */
export async function expectAsExpected(
  example: Example,
  launch: Launch,
  context: TestContext,
): Promise<void> {
  const verdict = await runExample(example, launch);
  if (verdict.kind === "skipped") return context.skip(verdict.reason);
  if (verdict.kind === "blocked") throw new Error(verdict.reason);
  expect(verdict.outcome.actual).toEqual(verdict.outcome.expected);
}
