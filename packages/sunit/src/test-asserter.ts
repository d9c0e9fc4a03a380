import {
  andThen,
  type Block,
  type ExceptionSelector,
  isPharo,
  type MaybePromise,
  mustBeBoolean,
  onDo,
  printString,
  printStringLimitedTo,
  registerClass,
  StObject,
  send,
  valueWithArguments,
} from "@smalltalk-sockets/runtime";
import { ResumableTestFailure, TestFailure, TestSkip } from "./test-failure.js";

/** `aBooleanOrBlock value`: a block's value, or the object itself (`Object>>value`). */
function evaluate(value: unknown): MaybePromise<unknown> {
  return typeof value === "function" ? valueWithArguments(value as Block, []) : send(value, "value");
}

/** Signals a failure with `description` (a String, or a block answering one). */
function fail(description: unknown, resumable: boolean): MaybePromise<unknown> {
  return andThen(evaluate(description), (text) =>
    (resumable ? new ResumableTestFailure() : new TestFailure()).signal$(String(text)),
  );
}

/** Checks `condition` (a Boolean or a block answering one) and fails with `description` unless true. */
function check(
  self: unknown,
  condition: unknown,
  description: unknown,
  resumable: boolean,
  expected: boolean,
): MaybePromise<unknown> {
  return andThen(evaluate(condition), (value) =>
    mustBeBoolean(value) === expected ? self : andThen(fail(description, resumable), () => self),
  );
}

const AsyncFunction = (async () => {}).constructor;

/**
 * `[aBlock value. false] on: anExceptionalEvent do: [:ex | ex return: true]` (`executeShould:inScopeOf:`).
 * A block that may suspend is an async function; the protected block is one too then, so that
 * the handler stays installed across the block's awaits.
 */
function raises(block: Block, exceptional: unknown, onException?: Block): MaybePromise<unknown> {
  return onDo(
    block instanceof AsyncFunction
      ? async () => {
          await valueWithArguments(block, []);
          return false;
        }
      : () => andThen(valueWithArguments(block, []), () => false),
    exceptional as ExceptionSelector,
    (exception: unknown) =>
      onException === undefined
        ? send(exception, "return:", true)
        : andThen(valueWithArguments(onException, [exception]), () => send(exception, "return:", true)),
  );
}

/**
 * `TestAsserter` (Pharo's superclass of TestCase and TestResource): the assertion protocol. A
 * failed assertion signals {@link TestFailure} with the text Squeak gives (`Assertion failed`,
 * `Expected 3 but was 4.`), or Pharo's under the Pharo dialect (`Denial failed`,
 * `Got 4 instead of 3.`). Conditions and descriptions may be blocks; a block that suspends makes
 * the assertion answer a Promise.
 */
export class TestAsserter extends StObject {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "TestAsserter";
  /** The Smalltalk category. */
  static override readonly $category: string = "SUnit-Kernel";
  static {
    registerClass(this);
  }

  /** @selector assert:description: — (class side) fails with `aString` unless `aBoolean` is true. */
  static assertDescription(aBoolean: unknown, aString: unknown): MaybePromise<unknown> {
    return check(this, aBoolean, aString, false, true);
  }

  /** @selector assert: — fails (`Assertion failed`) unless `aBooleanOrBlock` is (or answers) true. */
  override assert(aBooleanOrBlock: unknown): MaybePromise<unknown> {
    return check(this, aBooleanOrBlock, "Assertion failed", false, true);
  }

  /** @selector assert:description: — fails with `aStringOrBlock` unless `aBooleanOrBlock` is true. */
  assertDescription(aBooleanOrBlock: unknown, aStringOrBlock: unknown): MaybePromise<unknown> {
    return check(this, aBooleanOrBlock, aStringOrBlock, false, true);
  }

  /** @selector assert:description:resumable: — as `assert:description:`, resumable when asked. */
  assertDescriptionResumable(
    aBooleanOrBlock: unknown,
    aStringOrBlock: unknown,
    resumable: unknown,
  ): MaybePromise<unknown> {
    return check(this, aBooleanOrBlock, aStringOrBlock, resumable === true, true);
  }

  /**
   * @selector assert:equals: — fails unless the arguments are equal (`=`). Squeak's order is
   * `assert: expected equals: actual` (`Expected 3 but was 4.`); Pharo's is
   * `assert: actual equals: expected` (`Got 4 instead of 3.`).
   */
  assertEquals(first: unknown, second: unknown): MaybePromise<unknown> {
    return andThen(send(first, "=", second), (equal) =>
      check(
        this,
        equal,
        () =>
          isPharo()
            ? `Got ${printString(first)} instead of ${printString(second)}.`
            : `Expected ${printStringLimitedTo(first, 50)} but was ${printStringLimitedTo(second, 50)}.`,
        false,
        true,
      ),
    );
  }

  /** @selector assert:identicalTo: — fails unless the arguments are the same object (`==`). */
  assertIdenticalTo(actual: unknown, expected: unknown): MaybePromise<unknown> {
    return check(
      this,
      send(expected, "==", actual),
      () => `${printString(actual)} is not identical to ${printString(expected)}.`,
      false,
      true,
    );
  }

  /**
   * @selector deny: — fails unless `aBooleanOrBlock` is (or answers) false (`Assertion failed`;
   * Pharo: `Denial failed`).
   */
  deny(aBooleanOrBlock: unknown): MaybePromise<unknown> {
    return check(this, aBooleanOrBlock, isPharo() ? "Denial failed" : "Assertion failed", false, false);
  }

  /** @selector deny:description: — fails with `aStringOrBlock` unless `aBooleanOrBlock` is false. */
  denyDescription(aBooleanOrBlock: unknown, aStringOrBlock: unknown): MaybePromise<unknown> {
    return check(this, aBooleanOrBlock, aStringOrBlock, false, false);
  }

  /** @selector deny:equals: — fails when the arguments are equal (`Unexpected equality of 3 and 3.`). */
  denyEquals(first: unknown, second: unknown): MaybePromise<unknown> {
    return andThen(send(first, "=", second), (equal) =>
      check(
        this,
        equal,
        () => `Unexpected equality of ${printString(first)} and ${printString(second)}.`,
        false,
        false,
      ),
    );
  }

  /** @selector should: — fails unless `aBlock` answers true. */
  should(aBlock: Block): MaybePromise<unknown> {
    return this.assert(aBlock);
  }

  /** @selector should:description: — fails with `aString` unless `aBlock` answers true. */
  shouldDescription(aBlock: Block, aString: unknown): MaybePromise<unknown> {
    return this.assertDescription(aBlock, aString);
  }

  /** @selector shouldnt: — fails unless `aBlock` answers false. */
  shouldnt(aBlock: Block): MaybePromise<unknown> {
    return this.deny(aBlock);
  }

  /** @selector should:raise: — fails unless evaluating `aBlock` signals `anExceptionalEvent` (a class or an ExceptionSet). */
  shouldRaise(aBlock: Block, anExceptionalEvent: unknown): MaybePromise<unknown> {
    return this.assert(raises(aBlock, anExceptionalEvent));
  }

  /** @selector should:raise:description: — as `should:raise:`, failing with `aString`. */
  shouldRaiseDescription(
    aBlock: Block,
    anExceptionalEvent: unknown,
    aString: unknown,
  ): MaybePromise<unknown> {
    return andThen(raises(aBlock, anExceptionalEvent), (raised) => this.assertDescription(raised, aString));
  }

  /**
   * @selector should:raise:withExceptionDo: — as `should:raise:`, evaluating `anotherBlock` with the
   * exception first (it may assert on it).
   */
  shouldRaiseWithExceptionDo(
    aBlock: Block,
    anException: unknown,
    anotherBlock: Block,
  ): MaybePromise<unknown> {
    return andThen(raises(aBlock, anException, anotherBlock), (raised) => this.assert(raised));
  }

  /** @selector shouldnt:raise: — fails when evaluating `aBlock` signals `anExceptionalEvent`. */
  shouldntRaise(aBlock: Block, anExceptionalEvent: unknown): MaybePromise<unknown> {
    return andThen(raises(aBlock, anExceptionalEvent), (raised) => this.deny(raised));
  }

  /** @selector shouldnt:raise:description: — as `shouldnt:raise:`, failing with `aString`. */
  shouldntRaiseDescription(
    aBlock: Block,
    anExceptionalEvent: unknown,
    aString: unknown,
  ): MaybePromise<unknown> {
    return andThen(raises(aBlock, anExceptionalEvent), (raised) => this.denyDescription(raised, aString));
  }

  /** @selector fail — fails (`Assertion failed`). */
  fail(): MaybePromise<unknown> {
    return this.assert(false);
  }

  /** @selector fail: — fails with `aDescriptionString`. */
  fail$(aDescriptionString: unknown): MaybePromise<unknown> {
    return this.assertDescription(false, aDescriptionString);
  }

  /** @selector signalFailure: — signals a TestFailure with `aString`. */
  signalFailure(aString: unknown): MaybePromise<unknown> {
    return fail(aString, false);
  }

  /** @selector skip — ends the test without running the rest; it counts as skipped, not failed. */
  skip(): MaybePromise<unknown> {
    return new TestSkip().signal();
  }

  /** @selector skip: — as `skip`, with `aComment` saying why. */
  skip$(aComment: unknown): MaybePromise<unknown> {
    return new TestSkip().signal$(String(aComment));
  }
}
