import { printString } from "@smalltalk-sockets/runtime";
import type { TestCaseClass } from "./test-case.js";
import { resetResources, runTest, setUpResources, type TestOutcome, testCaseClassesIn } from "./test-run.js";

/** The counts of a test run (Squeak's TestResult). */
export interface TestRunSummary {
  readonly run: number;
  readonly passes: number;
  readonly expectedFailures: number;
  readonly failures: number;
  readonly errors: number;
  readonly unexpectedPasses: number;
  readonly skipped: number;
}

/** What an outcome prints after the test's name. */
function describeOutcome(outcome: TestOutcome): string {
  switch (outcome.kind) {
    case "passed":
      return "passed";
    case "failed":
      return `failed: ${String(outcome.failure.messageText())}`;
    case "error":
      return `error: ${outcome.error instanceof Error ? printString(outcome.error) : String(outcome.error)}`;
    case "skipped":
      return outcome.reason === null ? "skipped" : `skipped: ${outcome.reason}`;
    case "expectedFailure":
      return "failed, as expected";
    case "unexpectedPass":
      return "passed unexpectedly";
  }
}

/** `12 run, 11 passes, 0 expected failures, 1 failures, 0 errors, 0 unexpected passes` (Squeak's TestResult), then the skipped tests. */
export function summaryText(summary: TestRunSummary): string {
  const skipped = summary.skipped > 0 ? `, ${summary.skipped} skipped` : "";
  return `${summary.run} run, ${summary.passes} passes, ${summary.expectedFailures} expected failures, ${summary.failures} failures, ${summary.errors} errors, ${summary.unexpectedPasses} unexpected passes${skipped}`;
}

/**
 * Runs every test of the concrete TestCase classes found in `sources` (classes or module
 * namespaces), one class after the other with its resources set up, writing one line per test
 * (`SetTest>>#testIncludes: passed`) and answers the counts.
 */
export async function runTestCases(
  sources: Iterable<unknown>,
  write: (line: string) => void,
): Promise<TestRunSummary> {
  const counts = {
    run: 0,
    passes: 0,
    expectedFailures: 0,
    failures: 0,
    errors: 0,
    unexpectedPasses: 0,
    skipped: 0,
  };
  for (const testCaseClass of testCaseClassesIn(sources)) await runClass(testCaseClass, write, counts);
  return counts;
}

async function runClass(
  testCaseClass: TestCaseClass,
  write: (line: string) => void,
  counts: { -readonly [K in keyof TestRunSummary]: number },
): Promise<void> {
  const unavailable = await setUpResources(testCaseClass);
  try {
    for (const selector of testCaseClass.allTestSelectors().map(String)) {
      const outcome: TestOutcome =
        unavailable.length > 0
          ? { kind: "error", error: `resource ${unavailable.join(", ")} could not be initialized` }
          : await runTest(testCaseClass, selector);
      write(`${testCaseClass.$stName}>>#${selector}: ${describeOutcome(outcome)}`);
      if (outcome.kind === "skipped") {
        counts.skipped += 1;
        continue;
      }
      counts.run += 1;
      if (outcome.kind === "passed") counts.passes += 1;
      else if (outcome.kind === "failed") counts.failures += 1;
      else if (outcome.kind === "error") counts.errors += 1;
      else if (outcome.kind === "expectedFailure") counts.expectedFailures += 1;
      else counts.unexpectedPasses += 1;
    }
  } finally {
    await resetResources(testCaseClass);
  }
}
