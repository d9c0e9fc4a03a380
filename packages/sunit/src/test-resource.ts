import {
  andThen,
  ensure,
  type MaybePromise,
  type PrintStream,
  printString,
  registerClass,
  type SmalltalkClass,
  sequence,
} from "@smalltalk-sockets/runtime";
import { TestAsserter } from "./test-asserter.js";

/** A TestResource class as the class-side protocol sees it. */
export type TestResourceClass = typeof TestResource;

/**
 * Each resource class's `current` (a class-instance variable in Smalltalk): the available
 * instance, `false` while one is being made available, or absent.
 */
const currents = new WeakMap<TestResourceClass, TestResource | false>();

/** Runs `each` on the elements of `items` one after the other (waiting for each that suspends). */
function inOrder<T>(items: readonly T[], each: (item: T) => unknown): MaybePromise<unknown> {
  return items.reduce<MaybePromise<unknown>>((previous, item) => andThen(previous, () => each(item)), null);
}

/**
 * `TestResource`: an expensive fixture shared by the tests of the TestCase classes that list it
 * in their class-side `resources`. Set up once (lazily, `current`), reset after those tests.
 * Subclasses override the instance-side `setUp`, `tearDown` and `isAvailable`.
 */
export class TestResource extends TestAsserter {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "TestResource";
  /** The Smalltalk category. */
  static override readonly $category: string = "SUnit-Kernel";
  static {
    registerClass(this);
  }

  #name: unknown = null;
  #description: unknown = null;

  /** @selector isAbstract — whether the class is only a superclass of resources (TestResource itself). */
  static isAbstract(): boolean {
    return this === TestResource;
  }

  /** @selector resources — the resources this resource needs first (none). */
  static resources(): unknown[] {
    return [];
  }

  /** @selector current — the available instance, made available when needed; fails when it cannot be. */
  static current(): MaybePromise<unknown> {
    return andThen(this.isAvailable(), (available) =>
      andThen(
        this.assertDescription(available, `Sent #current to unavailable resource ${this.$stName}.`),
        () => currents.get(this) || null,
      ),
    );
  }

  /** @selector current: — sets the available instance. */
  static current$(aTestResource: unknown): TestResourceClass {
    if (aTestResource instanceof TestResource) currents.set(this, aTestResource);
    else currents.delete(this);
    return this;
  }

  /** @selector isAlreadyAvailable — whether an instance has been set up and is available. */
  static isAlreadyAvailable(): boolean {
    const current = currents.get(this);
    return current instanceof TestResource && current.constructor === this;
  }

  /** @selector isAvailable — whether the resource is available, making it available the first time. */
  static isAvailable(): MaybePromise<boolean> {
    if (currents.has(this)) return this.isAlreadyAvailable();
    return andThen(this.makeAvailable(), () => this.isAlreadyAvailable());
  }

  /** @selector isUnavailable — the negation of `isAvailable`. */
  static isUnavailable(): MaybePromise<boolean> {
    return andThen(this.isAvailable(), (available) => !available);
  }

  /** @selector availableFor: — makes the resource available for `aTestAsserter`, or fails it. */
  static availableFor(aTestAsserter: TestAsserter): MaybePromise<unknown> {
    return andThen(this.isAvailable(), (available) =>
      aTestAsserter.assertDescription(
        available,
        () => `Unavailable resource ${this.$stName} requested by ${printString(aTestAsserter)}`,
      ),
    );
  }

  /**
   * @selector makeAvailable — sets up a new instance (after the resources it needs) and keeps it
   * when it is available; tears it down otherwise.
   */
  static makeAvailable(): MaybePromise<unknown> {
    currents.set(this, false);
    const candidate = new this();
    return sequence(
      inOrder(this.resources() as TestResourceClass[], (each) => each.availableFor(candidate)),
      () =>
        ensure(
          () =>
            andThen(candidate.setUp(), () =>
              andThen(candidate.isAvailable(), (available) => {
                if (available === true) currents.set(this, candidate);
                return null;
              }),
            ),
          () => (currents.get(this) === candidate ? null : candidate.tearDown()),
        ),
    );
  }

  /** @selector reset — tears the available instance down and forgets it. */
  static reset(): MaybePromise<unknown> {
    return ensure(
      () => (this.isAlreadyAvailable() ? (currents.get(this) as TestResource).tearDown() : null),
      () => currents.delete(this),
    );
  }

  /** @selector setUp — sets the resource up (nothing). */
  setUp(): MaybePromise<unknown> {
    return this;
  }

  /** @selector tearDown — releases the resource (nothing). */
  tearDown(): MaybePromise<unknown> {
    return this;
  }

  /** @selector isAvailable — whether `setUp` made the resource ready (true). */
  isAvailable(): MaybePromise<unknown> {
    return true;
  }

  /** @selector isUnavailable — the negation of `isAvailable`. */
  isUnavailable(): MaybePromise<unknown> {
    return andThen(this.isAvailable(), (available) => available !== true);
  }

  /** @selector resources — the class's resources. */
  resources(): unknown[] {
    return (this.constructor as TestResourceClass).resources();
  }

  /** @selector name — the name given, else the printString. */
  name(): unknown {
    return this.#name ?? printString(this);
  }

  /** @selector name: — sets the name. */
  name$(aString: unknown): this {
    this.#name = aString;
    return this;
  }

  /** @selector description — the description given, else an empty String. */
  description(): unknown {
    return this.#description ?? "";
  }

  /** @selector description: — sets the description. */
  description$(aString: unknown): this {
    this.#description = aString;
    return this;
  }

  /** @selector printOn: — the class name. */
  override printOn(stream: PrintStream): unknown {
    stream.nextPutAll((this.constructor as SmalltalkClass).$stName);
    return this;
  }
}
