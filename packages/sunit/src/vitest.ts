/**
 * `@smalltalk-sockets/sunit/vitest`: runs SUnit TestCase subclasses under vitest, one vitest test
 * per test method (`describe` per class). Abstract classes (`isAbstract`) are skipped; a failed
 * assertion fails the test with its Smalltalk message and, when the stack maps to a `.st` file,
 * the Smalltalk position and source of the assertion; `skip` skips it.
 *
 * ```ts
 * // test/echo.test.ts
 * import { registerTestCases } from "@smalltalk-sockets/sunit/vitest";
 * import * as program from "../generated/index.js"; // st2ts output: its entry module
 *
 * registerTestCases(program);
 * ```
 *
 * @module
 */

import { runProcess } from "@smalltalk-sockets/process";
import { type SmalltalkClass, superclassOf } from "@smalltalk-sockets/runtime";
import { afterAll, beforeAll, describe, test } from "vitest";
import { failureError } from "./failure-report.js";
import type { TestCaseClass } from "./test-case.js";
import { resetResources, runTest, setUpResources, testCaseClassesIn } from "./test-run.js";

/** Options of {@link registerTestCases}. */
export interface RegisterTestCasesOptions {
  /** The timeout of each test, in milliseconds (vitest's default when absent). */
  readonly timeout?: number;
}

interface ProgramModule {
  initializeClasses(): unknown;
}

function isProgramModule(value: unknown): value is ProgramModule {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Partial<ProgramModule>).initializeClasses === "function"
  );
}

/** Where the test method `selector` of `testCaseClass` (or a superclass) is, if st2ts said. */
function testSource(testCaseClass: TestCaseClass, selector: string): string | undefined {
  for (let cls: SmalltalkClass | null = testCaseClass; cls !== null; cls = superclassOf(cls)) {
    const sources = Object.hasOwn(cls, "$testSources") ? (cls as TestCaseClass).$testSources : undefined;
    if (sources !== undefined && Object.hasOwn(sources, selector)) return sources[selector];
  }
  return undefined;
}

/**
 * Registers the tests of every concrete TestCase subclass in `sources`: classes, or module
 * namespaces (st2ts's entry module of a transpiled program, whose `initializeClasses` runs
 * first, in a Smalltalk process). Each test runs in a Smalltalk process of its own; the
 * class's TestResources are made available before its tests and reset after them.
 */
export function registerTestCases(sources: unknown, options: RegisterTestCasesOptions = {}): void {
  const list: unknown[] = Array.isArray(sources) ? sources : [sources];
  const programs = list.filter(isProgramModule);
  if (programs.length > 0) {
    beforeAll(async () => {
      for (const program of programs) await runProcess(() => program.initializeClasses());
    });
  }
  for (const testCaseClass of testCaseClassesIn(list)) {
    describe(testCaseClass.$stName, () => {
      let unavailable: string[] = [];
      beforeAll(async () => {
        unavailable = await setUpResources(testCaseClass);
      });
      afterAll(() => resetResources(testCaseClass));
      for (const selector of testCaseClass.allTestSelectors().map(String)) {
        const name = `${testCaseClass.$stName}>>#${selector}`;
        test(
          selector,
          async (context) => {
            if (unavailable.length > 0)
              throw new Error(`${name}: resource ${unavailable.join(", ")} is not available`);
            const outcome = await runTest(testCaseClass, selector);
            switch (outcome.kind) {
              case "failed":
                throw failureError(outcome.failure, name, testSource(testCaseClass, selector));
              case "error":
                throw outcome.error instanceof Error
                  ? outcome.error
                  : new Error(`${name}: ${String(outcome.error)}`);
              case "unexpectedPass":
                throw new Error(`${name}: passed, but it is listed in expectedFailures`);
              case "skipped":
                context.skip(outcome.reason ?? undefined);
                return;
              default:
                return;
            }
          },
          options.timeout,
        );
      }
    });
  }
}
