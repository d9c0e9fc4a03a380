import { describe, expect, it } from "vitest";
import {
  greaterOrEqual,
  greaterThan,
  lessOrEqual,
  lessThan,
  Magnitude,
  numberEquals,
  numberNotEquals,
  registerClass,
  send,
} from "../src/index.js";
import { f, n, q, two } from "./numbers-helpers.js";

const nan = f(Number.NaN);
const infinity = f(Number.POSITIVE_INFINITY);

describe("= and hash across kinds", () => {
  it.each([
    ["3 = 3.0", 3, f(3)],
    ["(1/2) = 0.5", q(1, 2), f(0.5)],
    ["(1/2) = 0.5s1", q(1, 2), n("0.5s1")],
    ["1.50s2 = 1.5s1", n("1.50s2"), n("1.5s1")],
    ["2.00s2 = 2", n("2.00s2"), 2],
    ["0.0 = -0.0", f(0), f(-0)],
    ["2^60 = 2^60 asFloat", two(60), f(2 ** 60)],
    ["a raw JavaScript 2^60 = 2^60", 2 ** 60, two(60)],
    ["(2^70)/(2^69) = 2", send(two(70), "/", two(69)), 2],
    ["raw 2.5 = boxed 2.5", 2.5, f(2.5)],
  ])("%s, with equal hashes", (_label, a, b) => {
    expect(send(a, "=", b)).toBe(true);
    expect(send(b, "=", a)).toBe(true);
    expect(send(a, "~=", b)).toBe(false);
    expect(send(a, "hash")).toBe(send(b, "hash"));
  });

  it.each([
    ["(1/3) = (1/3) asFloat", q(1, 3), send(q(1, 3), "asFloat")],
    ["2^60 + 1 = 2^60 asFloat", send(two(60), "+", 1), f(2 ** 60)],
    ["0.1 = (1/10)", f(0.1), q(1, 10)],
    ["nan = nan", nan, nan],
    ["3 = 'abc'", 3, "abc"],
    ["3 = nil", 3, null],
    ["(1/2) = #(1 2)", q(1, 2), [1, 2]],
  ])("%s is false", (_label, a, b) => {
    expect(send(a, "=", b)).toBe(false);
    expect(send(a, "~=", b)).toBe(true);
  });

  it("hashes Integers to themselves and folds larger ones into a JavaScript number", () => {
    expect(send(42, "hash")).toBe(42);
    expect(send(-42, "hash")).toBe(-42);
    expect(typeof send(two(100), "hash")).toBe("number");
    expect(send(f(1e20), "hash")).toBe(send(10n ** 20n, "hash"));
  });

  it("exports numberEquals and numberNotEquals for generated code", () => {
    expect(numberEquals(3, f(3))).toBe(true);
    expect(numberNotEquals(q(1, 3), f(1 / 3))).toBe(true);
  });
});

describe("ordering across kinds (exact)", () => {
  it.each([
    ["1 < 1.5", 1, f(1.5)],
    ["(1/3) < 0.5", q(1, 3), f(0.5)],
    ["0.3333333333333333 < (1/3)", f(1 / 3), q(1, 3)],
    ["2^60 asFloat < 2^60 + 1", f(2 ** 60), send(two(60), "+", 1)],
    ["1.5s2 < (7/4)", n("1.5s2"), q(7, 4)],
    ["-(2^70) < -1", send(two(70), "negated"), -1],
    ["(10 raisedTo: 400) < infinity", send(10, "raisedTo:", 400), infinity],
    [
      "-infinity < -(10 raisedTo: 400)",
      f(Number.NEGATIVE_INFINITY),
      send(send(10, "raisedTo:", 400), "negated"),
    ],
  ])("%s", (_label, small, large) => {
    expect([lessThan(small, large), lessOrEqual(small, large), greaterThan(small, large)]).toEqual([
      true,
      true,
      false,
    ]);
    expect([send(large, ">", small), send(large, ">=", small), send(large, "<", small)]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it("answers false for every comparison with NaN except ~=", () => {
    for (const other of [1, f(1), q(1, 2), n("1.5s2"), nan, two(70)]) {
      expect([
        lessThan(nan, other),
        greaterThan(other, nan),
        lessOrEqual(nan, other),
        greaterOrEqual(other, nan),
      ]).toEqual([false, false, false, false]);
      expect(send(nan, "=", other)).toBe(false);
      expect(send(nan, "~=", other)).toBe(true);
    }
  });

  it("max:, min: and between:and: compare with <, > and <=", () => {
    expect(send(5, "max:", 7)).toBe(7);
    expect(send(5, "min:", f(7))).toBe(5);
    expect(send(q(1, 2), "max:", f(0.25))).toEqual(q(1, 2));
    expect(send(5, "between:and:", 1, 10)).toBe(true);
    expect(send(f(10.5), "between:and:", 1, 10)).toBe(false);
    expect(send(q(1, 2), "between:and:", f(0.5), n("0.5s1"))).toBe(true);
  });
});

describe("Magnitude", () => {
  class Version extends Magnitude {
    static override readonly $stName: string = "TestVersion";
    static {
      registerClass(this);
    }
    readonly level: number;
    constructor(level: number) {
      super();
      this.level = level;
    }
    /** @selector < — by level. */
    lt(other: Version): boolean {
      return this.level < other.level;
    }
  }

  it("derives >, <=, >=, max:, min: and between:and: from <", () => {
    const [one, two2, three] = [new Version(1), new Version(2), new Version(3)];
    expect([send(two2, ">", one), send(two2, "<=", one), send(two2, ">=", one)]).toEqual([true, false, true]);
    expect(send(one, "max:", three)).toBe(three);
    expect(send(one, "min:", three)).toBe(one);
    expect(send(two2, "between:and:", one, three)).toBe(true);
  });
});
