import { describe, expect, it } from "vitest";
import {
  add,
  divide,
  intDiv,
  MessageNotUnderstood,
  mod,
  multiply,
  onDo,
  quo,
  registerClass,
  rem,
  SmallInteger,
  StObject,
  send,
  subtract,
  ZeroDivide,
} from "../src/index.js";
import { caught, className, f, n, printed, q, two } from "./numbers-helpers.js";

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

describe("SmallInteger arithmetic", () => {
  it("stays a JavaScript number while the result is a safe integer", () => {
    expect(add(3, 4)).toBe(7);
    expect(subtract(3, 10)).toBe(-7);
    expect(multiply(-6, 7)).toBe(-42);
    expect(divide(6, 3)).toBe(2);
    expect(className(divide(6, 3))).toBe("SmallInteger");
  });

  it("never answers -0 for an Integer", () => {
    expect(Object.is(multiply(0, -5), 0)).toBe(true);
    expect(Object.is(divide(0, -5), 0)).toBe(true);
    expect(Object.is(intDiv(0, -5), 0)).toBe(true);
    expect(Object.is(mod(-5, 5), 0)).toBe(true);
    expect(Object.is(rem(-5, 5), 0)).toBe(true);
    expect(Object.is(quo(-1, 5), 0)).toBe(true);
    expect(Object.is(send(0, "negated"), 0)).toBe(true);
  });

  it.each([
    ["+", () => add(MAX_SAFE, 1), 2n ** 53n],
    ["+", () => add(MAX_SAFE, MAX_SAFE), 2n ** 54n - 2n],
    ["-", () => subtract(-MAX_SAFE, 2), -(2n ** 53n) - 1n],
    ["*", () => multiply(2 ** 30, 2 ** 30), 2n ** 60n],
    ["*", () => multiply(MAX_SAFE, -MAX_SAFE), -((2n ** 53n - 1n) ** 2n)],
  ])("overflows exactly into a bigint (%s)", (_selector, compute, expected) => {
    expect(compute()).toBe(expected);
  });

  it("comes back to a JavaScript number when a bigint result fits", () => {
    expect(subtract(2n ** 53n, 1)).toBe(MAX_SAFE);
    expect(add(two(64), send(two(64), "negated"))).toBe(0);
    expect(divide(two(100), two(98))).toBe(4);
    expect(intDiv(two(70), two(68))).toBe(4);
  });
});

describe("Integer classes at the boundaries", () => {
  it.each([
    [2 ** 53 - 1, "SmallInteger"],
    [2n ** 53n, "SmallInteger"],
    [2n ** 53n + 1n, "SmallInteger"],
    [2n ** 60n - 1n, "SmallInteger"],
    [2n ** 60n, "LargePositiveInteger"],
    [-(2n ** 60n), "SmallInteger"],
    [-(2n ** 60n) - 1n, "LargeNegativeInteger"],
    [2n ** 64n, "LargePositiveInteger"],
    [-(2n ** 64n), "LargeNegativeInteger"],
  ])("%s is a %s", (value, expected) => {
    expect(className(value)).toBe(expected);
  });

  it("SmallInteger maxVal is 2^60 - 1, and one more is a LargePositiveInteger", () => {
    const max = SmallInteger.maxVal();
    expect(printed(max)).toBe("1152921504606846975");
    expect(className(max)).toBe("SmallInteger");
    expect(className(add(max, 1))).toBe("LargePositiveInteger");
    expect(className(subtract(SmallInteger.minVal(), 1))).toBe("LargeNegativeInteger");
    expect(className(two(64))).toBe("LargePositiveInteger");
  });
});

describe("arithmetic across kinds (Squeak's generality)", () => {
  it.each([
    ["3 + 4.0", () => add(3, f(4)), "7.0", "Float"],
    ["3 - 4.5", () => subtract(3, f(4.5)), "-1.5", "Float"],
    ["0.1 + 0.2", () => add(f(0.1), f(0.2)), "0.30000000000000004", "Float"],
    ["6 / 3", () => divide(6, 3), "2", "SmallInteger"],
    ["1 / 3", () => divide(1, 3), "(1/3)", "Fraction"],
    ["-6 / 4", () => divide(-6, 4), "(-3/2)", "Fraction"],
    ["6 / -4", () => divide(6, -4), "(-3/2)", "Fraction"],
    ["(1/3) + (2/3)", () => add(q(1, 3), q(2, 3)), "1", "SmallInteger"],
    ["(1/3) * 3", () => multiply(q(1, 3), 3), "1", "SmallInteger"],
    ["(1/2) - (1/3)", () => subtract(q(1, 2), q(1, 3)), "(1/6)", "Fraction"],
    ["(1/2) / (1/4)", () => divide(q(1, 2), q(1, 4)), "2", "SmallInteger"],
    ["(1/2) + 0.5", () => add(q(1, 2), f(0.5)), "1.0", "Float"],
    ["(2^70) / 3", () => divide(two(70), 3), "(1180591620717411303424/3)", "Fraction"],
    ["2^64 + 1.0", () => add(two(64), f(1)), "1.8446744073709552e19", "Float"],
    ["1.5s2 + 1", () => add(n("1.5s2"), 1), "2.50s2", "ScaledDecimal"],
    ["1 + 1.5s2", () => add(1, n("1.5s2")), "2.50s2", "ScaledDecimal"],
    ["1.5s2 + 1.25s3", () => add(n("1.5s2"), n("1.25s3")), "2.750s3", "ScaledDecimal"],
    ["1.5s2 + (1/3)", () => add(n("1.5s2"), q(1, 3)), "1.83s2", "ScaledDecimal"],
    ["(1/2) + 0.5s2", () => add(q(1, 2), n("0.5s2")), "1.00s2", "ScaledDecimal"],
    ["1.5s2 + 1.0", () => add(n("1.5s2"), f(1)), "2.5", "Float"],
    ["1.5s2 * 2", () => multiply(n("1.5s2"), 2), "3.00s2", "ScaledDecimal"],
    ["1.5s2 / 3", () => divide(n("1.5s2"), 3), "0.50s2", "ScaledDecimal"],
    ["1s2 / 3", () => divide(n("1s2"), 3), "0.33s2", "ScaledDecimal"],
  ])("%s is %s, a %s", (_label, compute, expected, kind) => {
    const value = compute();
    expect(printed(value)).toBe(expected);
    expect(className(value)).toBe(kind);
  });
});

describe("// \\\\ rem: quo: in every sign combination", () => {
  it.each([
    // dividend, divisor, //, \\, rem:, quo:
    [7, 2, 3, 1, 1, 3],
    [-7, 2, -4, 1, -1, -3],
    [7, -2, -4, -1, 1, -3],
    [-7, -2, 3, -1, -1, 3],
    [6, 3, 2, 0, 0, 2],
    [-6, 3, -2, 0, 0, -2],
    [0, 5, 0, 0, 0, 0],
    [1, 5, 0, 1, 1, 0],
    [-1, 5, -1, 4, -1, 0],
  ])("%s and %s (SmallIntegers)", (a, b, floored, modulo, remainder, quotient) => {
    expect([intDiv(a, b), mod(a, b), rem(a, b), quo(a, b)]).toEqual([floored, modulo, remainder, quotient]);
    expect([send(a, "//", b), send(a, "\\\\", b), send(a, "rem:", b), send(a, "quo:", b)]).toEqual([
      floored,
      modulo,
      remainder,
      quotient,
    ]);
  });

  it.each([
    [2n ** 70n + 1n, 2n, 2n ** 69n, 1],
    [-(2n ** 70n) - 1n, 2n, -(2n ** 69n) - 1n, 1],
    [2n ** 70n + 1n, -2n, -(2n ** 69n) - 1n, -1],
    [-(2n ** 70n) - 1n, -2n, 2n ** 69n, -1],
  ])("%s // and \\\\ %s (LargeIntegers)", (a, b, floored, modulo) => {
    expect(intDiv(a, b)).toBe(floored);
    expect(mod(a, b)).toBe(modulo);
    expect(add(multiply(intDiv(a, b), b), mod(a, b))).toBe(a);
    expect(add(multiply(quo(a, b), b), rem(a, b))).toBe(a);
  });

  it.each([
    ["5.5 // 2", () => intDiv(f(5.5), 2), "2", "SmallInteger"],
    ["-5.5 // 2", () => intDiv(f(-5.5), 2), "-3", "SmallInteger"],
    ["5.5 \\\\ 2", () => mod(f(5.5), 2), "1.5", "Float"],
    ["-5.5 \\\\ 2", () => mod(f(-5.5), 2), "0.5", "Float"],
    ["5.5 rem: -2", () => rem(f(5.5), -2), "1.5", "Float"],
    ["5.5 quo: -2", () => quo(f(5.5), -2), "-2", "SmallInteger"],
    ["(7/2) // 1", () => intDiv(q(7, 2), 1), "3", "SmallInteger"],
    ["(7/2) \\\\ 1", () => mod(q(7, 2), 1), "(1/2)", "Fraction"],
    ["(-7/2) \\\\ 1", () => mod(q(-7, 2), 1), "(1/2)", "Fraction"],
    ["(-7/2) rem: 1", () => rem(q(-7, 2), 1), "(-1/2)", "Fraction"],
    ["7 \\\\ (2/3)", () => mod(7, q(2, 3)), "(1/3)", "Fraction"],
    ["3.5s1 \\\\ 2", () => mod(n("3.5s1"), 2), "1.5s1", "ScaledDecimal"],
    ["3.5s1 // 2", () => intDiv(n("3.5s1"), 2), "1", "SmallInteger"],
  ])("%s is %s, a %s", (_label, compute, expected, kind) => {
    const value = compute();
    expect(printed(value)).toBe(expected);
    expect(className(value)).toBe(kind);
  });
});

describe("ZeroDivide", () => {
  it.each([
    ["1 / 0", () => divide(1, 0), "1"],
    ["1 // 0", () => intDiv(1, 0), "1"],
    ["1 \\\\ 0", () => mod(1, 0), "1"],
    ["1 rem: 0", () => rem(1, 0), "1"],
    ["1 quo: 0", () => quo(1, 0), "1"],
    ["1.0 / 0", () => divide(f(1), 0), "1.0"],
    ["1.0 / 0.0", () => divide(f(1), f(0)), "1.0"],
    ["1 / -0.0", () => divide(1, f(-0)), "1"],
    ["(1/2) / 0", () => divide(q(1, 2), 0), "(1/2)"],
    ["1.5s2 / 0", () => divide(n("1.5s2"), 0), "1.50s2"],
    ["(2^70) // 0", () => intDiv(two(70), 0), "1180591620717411303424"],
    ["1 / 0 by send", () => send(1, "/", 0), "1"],
  ])("%s signals ZeroDivide with the dividend", (_label, compute, dividend) => {
    expect(printed(caught<ZeroDivide>(compute, ZeroDivide).dividend())).toBe(dividend);
  });

  it("is resumable: the resumption value is the answer of the division", () => {
    const resumeWith = (value: unknown) => (ex: ZeroDivide) => ex.resume$(value);
    expect(onDo(() => divide(1, 0), ZeroDivide, resumeWith(5))).toBe(5);
    expect(onDo(() => add(divide(1, 0), 1), ZeroDivide, resumeWith(5))).toBe(6);
    expect(onDo(() => intDiv(7, 0), ZeroDivide, resumeWith(3))).toBe(3);
    expect(printed(onDo(() => divide(f(1), 0), ZeroDivide, resumeWith(f(0.5))))).toBe("0.5");
  });

  it("resumes \\\\ and rem: as Squeak does, through their // and quo: (self - (resumed * 0))", () => {
    expect(
      onDo(
        () => mod(7, 0),
        ZeroDivide,
        (ex: ZeroDivide) => ex.resume$(5),
      ),
    ).toBe(7);
    expect(
      onDo(
        () => rem(7, 0),
        ZeroDivide,
        (ex: ZeroDivide) => ex.resume$(5),
      ),
    ).toBe(7);
  });

  it("answers the handler's value from on:do: when the handler returns", () => {
    expect(
      onDo(
        () => divide(1, 0),
        ZeroDivide,
        () => "none",
      ),
    ).toBe("none");
  });
});

describe("a non-number argument", () => {
  it.each([
    ["+", () => add(3, null)],
    ["-", () => subtract(f(1.5), null)],
    ["*", () => multiply(q(1, 2), null)],
    ["/", () => divide(3, null)],
    ["//", () => intDiv(3, null)],
    ["<", () => send(3, "<", null)],
    [">=", () => send(f(3), ">=", null)],
  ])(
    "%s with nil signals MessageNotUnderstood: nil does not understand adaptToNumber:andSend:",
    (_s, compute) => {
      const ex = caught<MessageNotUnderstood>(compute, MessageNotUnderstood);
      expect(ex.receiver()).toBeNull();
      expect(String(send((ex.message$() as { selector(): unknown }).selector(), "asString"))).toBe(
        "adaptToNumber:andSend:",
      );
    },
  );

  it("a ScaledDecimal asks adaptToScaledDecimal:andSend:, which Object lacks (as in Squeak)", () => {
    const ex = caught<MessageNotUnderstood>(() => add(n("1.5s2"), null), MessageNotUnderstood);
    expect(String(send((ex.message$() as { selector(): unknown }).selector(), "asString"))).toBe(
      "adaptToScaledDecimal:andSend:",
    );
  });

  it("answers false for = and true for ~=", () => {
    expect(send(3, "=", null)).toBe(false);
    expect(send(3, "=", "3")).toBe(false);
    expect(send(f(3), "~=", null)).toBe(true);
  });

  it("is asked to adapt, and what it answers is the result", () => {
    class Meters extends StObject {
      static override readonly $stName: string = "TestMeters";
      static {
        registerClass(this);
      }
      /** @selector adaptToNumber:andSend: — answers what the number does with 10. */
      adaptToNumberAndSend(receiver: unknown, selector: unknown): unknown {
        return send(receiver, String(send(selector, "asString")), 10);
      }
    }
    expect(add(3, new Meters())).toBe(13);
    expect(printed(multiply(f(1.5), new Meters()))).toBe("15.0");
    expect(send(3, "<", new Meters())).toBe(true);
  });

  it("resuming the MessageNotUnderstood answers the resumption value", () => {
    expect(
      onDo(
        () => add(3, null),
        MessageNotUnderstood,
        (ex: MessageNotUnderstood) => ex.resume$(0),
      ),
    ).toBe(0);
  });
});

describe("negated and abs", () => {
  it.each([
    [5, "-5", "5"],
    [-5, "5", "5"],
    [f(2.5), "-2.5", "2.5"],
    [f(-0), "0.0", "0.0"],
    [f(0), "-0.0", "0.0"],
    [q(-1, 3), "(1/3)", "(1/3)"],
    [n("-1.5s2"), "1.50s2", "1.50s2"],
    [send(two(70), "negated"), "1180591620717411303424", "1180591620717411303424"],
  ])("%s negated is %s, abs is %s", (value, negation, magnitude) => {
    expect(printed(send(value, "negated"))).toBe(negation);
    expect(printed(send(value, "abs"))).toBe(magnitude);
  });

  it("keeps -(2^53 - 1) a SmallInteger number and 2^53 a bigint", () => {
    expect(send(MAX_SAFE, "negated")).toBe(-MAX_SAFE);
    expect(send(2n ** 53n, "negated")).toBe(-(2n ** 53n));
  });
});
