import { runProcess } from "@smalltalk-sockets/process";
import {
  type Exception,
  type ExceptionSelector,
  inheritsFromOrIs,
  isSmalltalkClass,
  onDo,
  printString,
  type SmalltalkClass,
  StError,
} from "@smalltalk-sockets/runtime";
import { TestCase, type TestCaseClass } from "./test-case.js";
import { ResumableTestFailure, TestFailure, TestSkip } from "./test-failure.js";
import type { TestResourceClass } from "./test-resource.js";

/** How one test ended. */
export type TestOutcome =
  | { readonly kind: "passed" }
  /** A failed assertion (TestFailure): the exception says what and where. */
  | { readonly kind: "failed"; readonly failure: Exception }
  /** An Error nobody handled (or a JavaScript error), or a process that ended abnormally. */
  | { readonly kind: "error"; readonly error: unknown }
  /** `skip` or `skip:`; `reason` is the comment, if any. */
  | { readonly kind: "skipped"; readonly reason: string | null }
  /** A test listed in `expectedFailures` that failed, as expected (counts as a pass). */
  | { readonly kind: "expectedFailure" }
  /** A test listed in `expectedFailures` that passed (counts as a failure). */
  | { readonly kind: "unexpectedPass" };

/** What the test runner handles: failures, skips and Errors. */
const HANDLED: ExceptionSelector = {
  handles: (exception) =>
    exception instanceof TestFailure || exception instanceof TestSkip || exception instanceof StError,
};

/**
 * Runs one test case as SUnit's `TestResult>>runCase:` does (`setUp`, the test method, `tearDown`
 * however it ends), in the calling Smalltalk process, and answers its outcome. A resumable
 * failure is recorded and the test goes on.
 */
export function runCase(testCase: TestCase): Promise<TestOutcome> {
  let outcome: TestOutcome = { kind: "passed" };
  // An async protected block: the handlers stay installed across the test's awaits.
  const ran = onDo(
    async () => testCase.runCase(),
    HANDLED,
    (exception: Exception) => {
      if (exception instanceof TestSkip) {
        const text = exception.messageText();
        outcome = { kind: "skipped", reason: text === exception.description() || text === "" ? null : text };
      } else if (exception instanceof TestFailure) {
        if (outcome.kind === "passed") outcome = { kind: "failed", failure: exception };
        if (exception instanceof ResumableTestFailure) return exception.resume$(false);
      } else {
        outcome = { kind: "error", error: exception };
      }
      return exception.return$(null);
    },
  );
  return Promise.resolve(ran).then((): TestOutcome => {
    const expected = testCase
      .expectedFailures()
      .some((selector) => String(selector) === String(testCase.selector()));
    if (!expected) return outcome;
    if (outcome.kind === "failed" || outcome.kind === "error") return { kind: "expectedFailure" };
    return outcome.kind === "passed" ? { kind: "unexpectedPass" } : outcome;
  });
}

/**
 * Runs the test `selector` of `testCaseClass` in a Smalltalk process of its own (at
 * `userSchedulingPriority`, as a test runner does) and answers how it ended.
 */
export async function runTest(testCaseClass: TestCaseClass, selector: string): Promise<TestOutcome> {
  const testCase = testCaseClass.selector(selector);
  try {
    return await runProcess(() => runCase(testCase), { name: printString(testCase) });
  } catch (error) {
    return { kind: "error", error };
  }
}

/** Whether `value` is a subclass of TestCase whose tests run (not abstract). */
export function isConcreteTestCase(value: unknown): value is TestCaseClass {
  return (
    isSmalltalkClass(value) &&
    value !== TestCase &&
    inheritsFromOrIs(value, TestCase as unknown as SmalltalkClass) &&
    !(value as unknown as TestCaseClass).isAbstract()
  );
}

/**
 * The concrete TestCase subclasses among `sources` (classes, or module namespaces such as a
 * transpiled program's entry module, whose exported classes are searched), in order, each once.
 */
export function testCaseClassesIn(sources: Iterable<unknown>): TestCaseClass[] {
  const found: TestCaseClass[] = [];
  const add = (value: unknown) => {
    if (isConcreteTestCase(value) && !found.includes(value)) found.push(value);
  };
  for (const source of sources) {
    if (isSmalltalkClass(source)) add(source);
    else if (typeof source === "object" && source !== null)
      for (const value of Object.values(source)) add(value);
  }
  return found;
}

/** The resources `testCaseClass` needs, made available in a process; answers those that are not. */
export async function setUpResources(testCaseClass: TestCaseClass): Promise<string[]> {
  const resources = testCaseClass.resources() as TestResourceClass[];
  return runProcess(async () => {
    const unavailable: string[] = [];
    for (const resource of resources)
      if ((await resource.isAvailable()) !== true) unavailable.push(resource.$stName);
    return unavailable;
  });
}

/** Resets the resources `testCaseClass` needs, in reverse order. */
export async function resetResources(testCaseClass: TestCaseClass): Promise<void> {
  const resources = [...(testCaseClass.resources() as TestResourceClass[])].reverse();
  await runProcess(async () => {
    for (const resource of resources) await resource.reset();
  });
}
