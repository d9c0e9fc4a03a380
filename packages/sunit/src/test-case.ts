import {
  andThen,
  ensure,
  type MaybePromise,
  type PrintStream,
  perform,
  registerClass,
  type SmalltalkClass,
  type StSymbol,
  superclassOf,
  symbol,
} from "@smalltalk-sockets/runtime";
import { TestAsserter } from "./test-asserter.js";

/** A TestCase class as the class-side protocol sees it (`this` of the static methods). */
export type TestCaseClass = typeof TestCase;

/** The selectors of `cls`'s own test methods: unary methods whose names begin with `test`, sorted. */
function ownTestSelectors(cls: TestCaseClass): string[] {
  const prototype = cls.prototype as unknown as Record<string, unknown>;
  const selectors = new Set<string>();
  for (const name of Object.getOwnPropertyNames(prototype)) {
    const member = Object.getOwnPropertyDescriptor(prototype, name)?.value;
    if (!name.startsWith("test") || typeof member !== "function" || member.length !== 0) continue;
    // A unary method is named by its selector, or with a `$` when a keyword selector took the name.
    selectors.add(name.endsWith("$") ? name.slice(0, -1) : name);
  }
  return [...selectors].sort();
}

/**
 * `TestCase`: one test, the method named by its selector, run between `setUp` and `tearDown`.
 * Subclass it and write methods whose selectors begin with `test`; `@smalltalk-sockets/sunit/vitest`
 * runs each one as a vitest test (and `st2ts run --test` as a Smalltalk test runner does).
 *
 * ```ts
 * class SetTest extends TestCase {
 *   static override readonly $stName: string = "SetTest";
 *   static { registerClass(this); }
 *   testIncludes() { return this.assert(Set.new().add(5).includes(5)); }
 * }
 * ```
 */
export class TestCase extends TestAsserter {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "TestCase";
  /** The Smalltalk category. */
  static override readonly $category: string = "SUnit-Kernel";
  static {
    registerClass(this);
  }

  /**
   * Where each test method is in the Smalltalk source (`file.st:line:column`, by selector): st2ts
   * writes it for the TestCase subclasses it generates; a test runner shows it when a failure's
   * stack names no `.st` position (modules without source maps).
   */
  static readonly $testSources: Readonly<Record<string, string>> = {};

  #testSelector: string | null = null;

  /** @selector isAbstract — whether the class only shares tests with its subclasses (TestCase itself). */
  static isAbstract(): boolean {
    return this === TestCase;
  }

  /** @selector selector: — a test case that runs the test method `aSymbol`. */
  static selector(aSymbol: unknown): TestCase {
    return new this().setTestSelector(aSymbol);
  }

  /** @selector testSelectors — the selectors of this class's own test methods, sorted. */
  static testSelectors(): StSymbol[] {
    return ownTestSelectors(this).map(symbol);
  }

  /**
   * @selector shouldInheritSelectors — whether the class also runs its superclasses' tests:
   * when the superclass is abstract or the class has no tests of its own (Squeak).
   */
  static shouldInheritSelectors(): boolean {
    if (this === TestCase) return false;
    const superclass = superclassOf(this) as TestCaseClass | null;
    return superclass?.isAbstract() === true || ownTestSelectors(this).length === 0;
  }

  /** @selector allTestSelectors — the tests the class runs (its own, and inherited ones when it inherits), sorted. */
  static allTestSelectors(): StSymbol[] {
    const selectors = new Set(ownTestSelectors(this));
    if (this.shouldInheritSelectors()) {
      for (let cls = superclassOf(this) as TestCaseClass | null; cls !== null && cls !== TestCase; ) {
        for (const selector of ownTestSelectors(cls)) selectors.add(selector);
        cls = superclassOf(cls as unknown as SmalltalkClass) as TestCaseClass | null;
      }
    }
    return [...selectors].sort().map(symbol);
  }

  /** @selector resources — the TestResource classes the tests need (none). */
  static resources(): unknown[] {
    return [];
  }

  /** @selector setTestSelector: — sets the test method this case runs. */
  setTestSelector(aSymbol: unknown): this {
    this.#testSelector = aSymbol === null ? null : String(aSymbol);
    return this;
  }

  /** @selector selector — the selector of the test method, or nil. */
  selector(): StSymbol | null {
    return this.#testSelector === null ? null : symbol(this.#testSelector);
  }

  /** @selector expectedFailures — the selectors of tests expected to fail (none). */
  expectedFailures(): unknown[] {
    return [];
  }

  /** @selector resources — the class's resources. */
  resources(): unknown[] {
    return (this.constructor as TestCaseClass).resources();
  }

  /** @selector setUp — prepares the fixture before each test (nothing). */
  setUp(): MaybePromise<unknown> {
    return this;
  }

  /** @selector tearDown — releases the fixture after each test, however it ended (nothing). */
  tearDown(): MaybePromise<unknown> {
    return this;
  }

  /** @selector performTest — runs the test method. */
  performTest(): MaybePromise<unknown> {
    if (this.#testSelector === null) return this.signalFailure("No test selector");
    return perform(this, this.#testSelector, []) as MaybePromise<unknown>;
  }

  /** @selector runCase — `setUp`, the test method, then `tearDown` (also when the test fails). */
  runCase(): MaybePromise<unknown> {
    return andThen(
      ensure(
        () => andThen(this.setUp(), () => this.performTest()),
        () => this.tearDown(),
      ),
      () => this,
    );
  }

  /** @selector printOn: — `SetTest>>#testIncludes`. */
  override printOn(stream: PrintStream): unknown {
    if (this.#testSelector === null) return super.printOn(stream);
    stream.nextPutAll(`${(this.constructor as SmalltalkClass).$stName}>>#${this.#testSelector}`);
    return this;
  }
}
