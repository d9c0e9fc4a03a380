import { Delay } from "@smalltalk-sockets/process";
import { registerClass, StError, setDialect, ZeroDivide } from "@smalltalk-sockets/runtime";
import { afterEach, describe, expect, test } from "vitest";
import {
  ResumableTestFailure,
  runTest,
  runTestCases,
  summaryText,
  TestCase,
  TestFailure,
  type TestOutcome,
  TestResource,
  testCaseClassesIn,
} from "../src/index.js";

const log: string[] = [];

class SampleResource extends TestResource {
  static override readonly $stName: string = "SampleResource";
  static {
    registerClass(this);
  }
  override setUp() {
    log.push("resource setUp");
    return this;
  }
  override tearDown() {
    log.push("resource tearDown");
    return this;
  }
}

class SampleTest extends TestCase {
  static override readonly $stName: string = "SampleTest";
  static {
    registerClass(this);
  }
  static override resources() {
    return [SampleResource];
  }
  override setUp() {
    log.push(`setUp ${String(this.selector())}`);
    return this;
  }
  override tearDown() {
    log.push(`tearDown ${String(this.selector())}`);
    return this;
  }
  testPasses() {
    return this.assert(3 > 2);
  }
  testEquals() {
    return this.assertEquals(3, 4);
  }
  testDenyEquals() {
    return this.denyEquals(3, 3);
  }
  testDeny() {
    return this.deny(true);
  }
  testDescription() {
    return this.assertDescription(false, () => "computed text");
  }
  testError() {
    return new ZeroDivide().signal$("boom");
  }
  testSkip() {
    return this.skip$("not today");
  }
  testRaise() {
    return this.shouldRaise(() => new StError("x").signal(), StError);
  }
  testRaiseMissing() {
    return this.shouldRaise(() => 3, StError);
  }
  testShouldntRaise() {
    return this.shouldntRaise(() => new StError("x").signal(), StError);
  }
  testRaiseWithExceptionDo() {
    return this.shouldRaiseWithExceptionDo(
      () => new StError("the text").signal(),
      StError,
      (exception: StError) => this.assertEquals("the text", exception.messageText()),
    );
  }
  async testSuspends() {
    await Delay.forMilliseconds(1).wait();
    return this.assert(async () => {
      await Delay.forMilliseconds(1).wait();
      return false;
    });
  }
  async testResumable() {
    await this.assertDescriptionResumable(false, "first", true);
    log.push("after the resumable failure");
    return this;
  }
  testExpectedFailure() {
    return this.fail();
  }
  testNonBoolean() {
    return this.assert(3);
  }
  override expectedFailures() {
    return ["testExpectedFailure"];
  }
  helperNotATest(_argument: unknown) {
    return this;
  }
}

/** An abstract test class: its tests run in its concrete subclasses only. */
class AbstractSampleTest extends TestCase {
  static override readonly $stName: string = "AbstractSampleTest";
  static {
    registerClass(this);
  }
  static override isAbstract() {
    return this === AbstractSampleTest;
  }
  testInherited() {
    return this.assert(true);
  }
}

class ConcreteSampleTest extends AbstractSampleTest {
  static override readonly $stName: string = "ConcreteSampleTest";
  static {
    registerClass(this);
  }
  testOwn() {
    return this.assert(true);
  }
}

function summary(outcome: TestOutcome): string {
  switch (outcome.kind) {
    case "failed":
      return `${outcome.failure.constructor.name}: ${outcome.failure.messageText()}`;
    case "error":
      return `error: ${outcome.error instanceof StError ? outcome.error.messageText() : String(outcome.error)}`;
    case "skipped":
      return `skipped: ${outcome.reason}`;
    default:
      return outcome.kind;
  }
}

afterEach(() => {
  setDialect("squeak");
  log.length = 0;
});

describe("TestCase", () => {
  test.each([
    ["testPasses", "squeak", "passed"],
    ["testEquals", "squeak", "TestFailure: Expected 3 but was 4."],
    ["testEquals", "pharo", "TestFailure: Got 3 instead of 4."],
    ["testDenyEquals", "squeak", "TestFailure: Unexpected equality of 3 and 3."],
    ["testDeny", "squeak", "TestFailure: Assertion failed"],
    ["testDeny", "pharo", "TestFailure: Denial failed"],
    ["testDescription", "squeak", "TestFailure: computed text"],
    ["testError", "squeak", "error: boom"],
    ["testSkip", "squeak", "skipped: not today"],
    ["testRaise", "squeak", "passed"],
    ["testRaiseMissing", "squeak", "TestFailure: Assertion failed"],
    ["testShouldntRaise", "squeak", "TestFailure: Assertion failed"],
    ["testRaiseWithExceptionDo", "squeak", "passed"],
    ["testSuspends", "squeak", "TestFailure: Assertion failed"],
    ["testResumable", "squeak", "ResumableTestFailure: first"],
    ["testExpectedFailure", "squeak", "expectedFailure"],
    ["testNonBoolean", "squeak", "error: proceed for truth."],
  ] as const)("%s (%s): %s", async (selector, dialect, expected) => {
    setDialect(dialect);
    expect(summary(await runTest(SampleTest, selector))).toBe(expected);
  });

  test("setUp and tearDown run around each test, also when it fails", async () => {
    await runTest(SampleTest, "testEquals");
    expect(log).toEqual(["setUp testEquals", "tearDown testEquals"]);
  });

  test("a resumable failure lets the test go on", async () => {
    await runTest(SampleTest, "testResumable");
    expect(log).toContain("after the resumable failure");
    expect(new ResumableTestFailure().isResumable()).toBe(true);
    expect(new TestFailure().isResumable()).toBe(false);
  });

  test("test selectors: unary methods beginning with test, sorted; inherited from abstract superclasses", () => {
    expect(SampleTest.testSelectors().map(String)).toEqual([
      "testDeny",
      "testDenyEquals",
      "testDescription",
      "testEquals",
      "testError",
      "testExpectedFailure",
      "testNonBoolean",
      "testPasses",
      "testRaise",
      "testRaiseMissing",
      "testRaiseWithExceptionDo",
      "testResumable",
      "testShouldntRaise",
      "testSkip",
      "testSuspends",
    ]);
    expect(ConcreteSampleTest.allTestSelectors().map(String)).toEqual(["testInherited", "testOwn"]);
    expect(SampleTest.allTestSelectors()).toHaveLength(15);
    expect([TestCase.isAbstract(), AbstractSampleTest.isAbstract(), SampleTest.isAbstract()]).toEqual([
      true,
      true,
      false,
    ]);
  });

  test("the concrete TestCase classes of a module", () => {
    const module = { SampleTest, AbstractSampleTest, ConcreteSampleTest, TestCase, other: 3 };
    expect(testCaseClassesIn([module])).toEqual([SampleTest, ConcreteSampleTest]);
  });

  test("printString names the test", () => {
    expect(SampleTest.selector("testPasses").printString()).toBe("SampleTest>>#testPasses");
  });

  test("the text runner prints each test and Squeak's summary, with the resources set up once", async () => {
    const lines: string[] = [];
    const counts = await runTestCases([SampleTest], (line) => lines.push(line));
    expect(lines).toContain("SampleTest>>#testEquals: failed: Expected 3 but was 4.");
    expect(lines).toContain("SampleTest>>#testSkip: skipped: not today");
    expect(lines).toContain("SampleTest>>#testExpectedFailure: failed, as expected");
    expect(summaryText(counts)).toBe(
      "14 run, 3 passes, 1 expected failures, 8 failures, 2 errors, 0 unexpected passes, 1 skipped",
    );
    expect(log.filter((line) => line.startsWith("resource"))).toEqual([
      "resource setUp",
      "resource tearDown",
    ]);
  });
});
