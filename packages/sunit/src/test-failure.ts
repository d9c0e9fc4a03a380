import { Exception, registerClass } from "@smalltalk-sockets/runtime";

/**
 * The exceptions SUnit signals:
 *
 * ```
 * Exception
 * ├── TestFailure            a failed assertion (not resumable)
 * │   └── ResumableTestFailure
 * └── TestSkip               `skip`: the test is not run to its end, and does not fail
 * ```
 */

/**
 * `TestFailure`: signalled by a failed assertion. Not resumable; unhandled (a test run outside a
 * test runner), it is reported and ends the process like an Error.
 */
export class TestFailure extends Exception {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "TestFailure";
  /** The Smalltalk category. */
  static override readonly $category: string = "SUnit-Kernel";
  static {
    registerClass(this);
  }

  /** @selector isResumable — false: a failed assertion ends the test. */
  override isResumable(): boolean {
    return false;
  }
}

/** `ResumableTestFailure`: a failure the test may go on after (`assert:description:resumable:`). */
export class ResumableTestFailure extends TestFailure {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "ResumableTestFailure";
  static {
    registerClass(this);
  }

  /** @selector isResumable — true. */
  override isResumable(): boolean {
    return true;
  }
}

/**
 * `TestSkip` (Pharo): signalled by `skip` and `skip:`. A test runner ends the test and counts it
 * as skipped; unhandled, it does nothing (answers nil), as in Pharo.
 */
export class TestSkip extends Exception {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "TestSkip";
  /** The Smalltalk category. */
  static override readonly $category: string = "SUnit-Extensions";
  static {
    registerClass(this);
  }

  /** @selector defaultAction — nothing: answers nil. */
  override defaultAction(): unknown {
    return null;
  }
}
