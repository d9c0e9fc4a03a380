import { describe, expect, it } from "vitest";
import {
  ArithmeticError,
  DomainError,
  MessageNotUnderstood,
  StError,
  send,
  ZeroDivide,
} from "../src/index.js";
import { caught, character, className, f, n, printed, q, two } from "./numbers-helpers.js";

describe("sqrt, squared and raisedTo:", () => {
  it.each([
    ["16 sqrt", 16, "4", "SmallInteger"],
    ["10 sqrt", 10, "3.1622776601683795", "Float"],
    ["2 sqrt", 2, "1.4142135623730951", "Float"],
    ["(2^100) sqrt", two(100), "1125899906842624", "SmallInteger"],
    ["(2^101) sqrt", two(101), "1.5922629181314433e15", "Float"],
    ["(10^40 + 1) sqrt", send(send(10, "raisedTo:", 40), "+", 1), "1.0e20", "Float"],
    ["4.0 sqrt", f(4), "2.0", "Float"],
    ["-0.0 sqrt", f(-0), "-0.0", "Float"],
    ["(1/4) sqrt", q(1, 4), "(1/2)", "Fraction"],
    ["(1/2) sqrt", q(1, 2), "0.7071067811865475", "Float"],
    ["2.25s2 sqrt", n("2.25s2"), "1.50s2", "ScaledDecimal"],
    ["2s2 sqrt", n("2s2"), "1.4142135623730951", "Float"],
  ])("%s is %s, a %s", (_label, value, expected, kind) => {
    const root = send(value, "sqrt");
    expect(printed(root)).toBe(expected);
    expect(className(root)).toBe(kind);
  });

  it("answers the correctly rounded root of a large non-square", () => {
    const value = send(send(10n ** 30n, "*", 2), "+", 1);
    expect(send(send(value, "sqrt"), "=", f(Math.sqrt(2e30)))).toBe(true);
  });

  it.each([
    ["-1 sqrt", () => send(-1, "sqrt")],
    ["-4.0 sqrt", () => send(f(-4), "sqrt")],
    ["-(2^70) sqrt", () => send(send(two(70), "negated"), "sqrt")],
  ])("%s signals DomainError", (_label, compute) => {
    expect(caught<DomainError>(compute, DomainError).messageText()).toBe(
      "sqrt undefined for number less than zero.",
    );
  });

  it.each([
    ["2 ** 10", () => send(2, "**", 10), "1024"],
    ["2 raisedTo: 100", () => send(2, "raisedTo:", 100), "1267650600228229401496703205376"],
    ["2 raisedTo: -2", () => send(2, "raisedTo:", -2), "(1/4)"],
    ["(2/3) raisedTo: 2", () => send(q(2, 3), "raisedTo:", 2), "(4/9)"],
    ["2.0 raisedTo: 10", () => send(f(2), "raisedTo:", 10), "1024.0"],
    ["1.1 raisedTo: 3", () => send(f(1.1), "raisedTo:", 3), "1.3310000000000004"],
    ["4 raisedTo: 1/2", () => send(4, "raisedTo:", q(1, 2)), "2"],
    ["8 raisedTo: 2/3", () => send(8, "raisedTo:", q(2, 3)), "4"],
    ["-8 raisedTo: 1/3", () => send(-8, "raisedTo:", q(1, 3)), "-2"],
    ["2 raisedTo: 1/2", () => send(2, "raisedTo:", q(1, 2)), "1.414213562373095"],
    ["2 raisedTo: 0.5", () => send(2, "raisedTo:", f(0.5)), "1.414213562373095"],
    ["5 raisedTo: 0.0", () => send(5, "raisedTo:", f(0)), "1"],
    ["5.0 raisedTo: 0", () => send(f(5), "raisedTo:", 0), "1.0"],
    ["0 raisedTo: 0.5", () => send(0, "raisedTo:", f(0.5)), "0"],
    ["1.5s2 raisedTo: 2", () => send(n("1.5s2"), "raisedTo:", 2), "2.25s2"],
    ["3 squared", () => send(3, "squared"), "9"],
    ["(2/3) squared", () => send(q(2, 3), "squared"), "(4/9)"],
    ["1.5 squared", () => send(f(1.5), "squared"), "2.25"],
  ])("%s is %s", (_label, compute, expected) => {
    expect(printed(compute())).toBe(expected);
  });

  it("signals ZeroDivide for 0 to a negative power, ArithmeticError for a negative base and a Float power", () => {
    expect(printed(caught<ZeroDivide>(() => send(0, "raisedTo:", -1), ZeroDivide).dividend())).toBe("1");
    expect(caught<ArithmeticError>(() => send(-8, "raisedTo:", f(0.5)), ArithmeticError).messageText()).toBe(
      "Negative numbers can't be raised to float powers.",
    );
    expect(caught<ArithmeticError>(() => send(-8, "raisedTo:", q(1, 2)), ArithmeticError).messageText()).toBe(
      "Negative numbers don't have even roots.",
    );
  });
});

describe("a non-number argument of raisedTo: and the logarithms", () => {
  it.each([
    ["2 raisedTo: nil", "isZero", () => send(2, "raisedTo:", null)],
    ["2 ** nil", "isZero", () => send(2, "**", null)],
    ["2 raisedToInteger: nil", "negative", () => send(2, "raisedToInteger:", null)],
    ["2 raisedToInteger: 1.5", "highBit", () => send(2, "raisedToInteger:", f(1.5))],
    ["8 log: nil", "isPowerOfTwo", () => send(8, "log:", null)],
    ["8 floorLog: nil", "isPowerOfTwo", () => send(8, "floorLog:", null)],
  ])("%s is sent %s, which it does not understand (as in Squeak)", (_label, selector, compute) => {
    const ex = caught<MessageNotUnderstood>(compute, MessageNotUnderstood);
    expect(String(send((ex.message$() as { selector(): unknown }).selector(), "asString"))).toBe(selector);
  });
});

describe("truncation and round-off", () => {
  it.each([
    // value, truncated, rounded, floor, ceiling
    [f(3.7), 3, 4, 3, 4],
    [f(-3.7), -3, -4, -4, -3],
    [f(3.5), 3, 4, 3, 4],
    [f(-2.5), -2, -3, -3, -2],
    [f(2.5), 2, 3, 2, 3],
    [f(0.49999999999999994), 0, 0, 0, 1],
    [q(7, 2), 3, 4, 3, 4],
    [q(-7, 2), -3, -4, -4, -3],
    [q(1, 3), 0, 0, 0, 1],
    [n("2.50s2"), 2, 3, 2, 3],
    [42, 42, 42, 42, 42],
  ])("%s: truncated %s, rounded %s, floor %s, ceiling %s", (value, truncated, rounded, floor, ceiling) => {
    expect(["truncated", "rounded", "floor", "ceiling"].map((selector) => send(value, selector))).toEqual([
      truncated,
      rounded,
      floor,
      ceiling,
    ]);
  });

  it("answers a LargeInteger for a large Float", () => {
    expect(send(f(1e20), "truncated")).toBe(10n ** 20n);
    expect(send(f(-1e20), "asInteger")).toBe(-(10n ** 20n));
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])(
    "signals Error: Cannot truncate this number for %s",
    (x) => {
      expect(caught<StError>(() => send(f(x), "truncated"), StError).messageText()).toBe(
        "Cannot truncate this number",
      );
    },
  );

  it.each([
    ["3.7 roundTo: 0.5", () => send(f(3.7), "roundTo:", f(0.5)), "3.5"],
    ["17 roundTo: 5", () => send(17, "roundTo:", 5), "15"],
    ["(7/3) roundTo: (1/2)", () => send(q(7, 3), "roundTo:", q(1, 2)), "(5/2)"],
    ["1923 truncateTo: 10", () => send(1923, "truncateTo:", 10), "1920"],
    ["-1923 truncateTo: 10", () => send(-1923, "truncateTo:", 10), "-1920"],
    ["3.1479 truncateTo: 0.01", () => send(f(3.1479), "truncateTo:", f(0.01)), "3.14"],
    ["-3.5 fractionPart", () => send(f(-3.5), "fractionPart"), "-0.5"],
    ["-3.0 fractionPart", () => send(f(-3), "fractionPart"), "-0.0"],
    ["-3.5 integerPart", () => send(f(-3.5), "integerPart"), "-3.0"],
    ["(7/2) fractionPart", () => send(q(7, 2), "fractionPart"), "(1/2)"],
    ["(7/2) integerPart", () => send(q(7, 2), "integerPart"), "3"],
    ["3.75s2 fractionPart", () => send(n("3.75s2"), "fractionPart"), "0.75s2"],
    ["3.75s2 integerPart", () => send(n("3.75s2"), "integerPart"), "3.00s2"],
    ["5 fractionPart", () => send(5, "fractionPart"), "0"],
  ])("%s is %s", (_label, compute, expected) => {
    expect(printed(compute())).toBe(expected);
  });
});

describe("logarithms and other Float functions", () => {
  it.each([
    ["1000 log", () => send(1000, "log"), "2.9999999999999996"],
    ["100 log: 10", () => send(100, "log:", 10), "2.0"],
    ["8 log: 2", () => send(8, "log:", 2), "3.0"],
    ["1024 log2", () => send(1024, "log2"), "10.0"],
    ["1 exp", () => send(1, "exp"), "2.718281828459045"],
    ["1 ln", () => send(1, "ln"), "0.0"],
    ["0.0 ln", () => send(f(0), "ln"), "-Infinity"],
    ["1000 floorLog: 10", () => send(1000, "floorLog:", 10), "3"],
    ["999 floorLog: 10", () => send(999, "floorLog:", 10), "2"],
    ["0.75 floorLog: 2", () => send(f(0.75), "floorLog:", 2), "-1"],
    ["180 degreesToRadians", () => send(180, "degreesToRadians"), "3.141592653589793"],
    ["45 degreesToRadians", () => send(45, "degreesToRadians"), "0.7853981633974483"],
    ["Float pi radiansToDegrees", () => send(f(Math.PI), "radiansToDegrees"), "180.0"],
    ["0 sin", () => send(0, "sin"), "0.0"],
    ["0 cos", () => send(0, "cos"), "1.0"],
  ])("%s is %s", (_label, compute, expected) => {
    expect(printed(compute())).toBe(expected);
  });

  it("answers ln of an Integer beyond the Float range", () => {
    const logarithm = send(send(10, "raisedTo:", 400), "ln") as { valueOf(): number };
    expect(Math.abs(Number(logarithm) - 400 * Math.LN10)).toBeLessThan(1e-12);
  });

  it.each([
    ["0 ln", () => send(0, "ln"), "ln is only defined for x > 0"],
    ["-1 ln", () => send(-1, "ln"), "ln is only defined for x > 0"],
    ["0 log", () => send(0, "log"), "log is only defined for x > 0"],
    ["0 floorLog: 10", () => send(0, "floorLog:", 10), "floorLog: is only defined for x > 0.0"],
  ])("%s signals DomainError", (_label, compute, text) => {
    expect(caught<DomainError>(compute, DomainError).messageText()).toBe(text);
  });
});

describe("Integer protocol", () => {
  it.each([
    ["12 gcd: 18", () => send(12, "gcd:", 18), 6],
    ["-12 gcd: 18", () => send(-12, "gcd:", 18), 6],
    ["0 gcd: 5", () => send(0, "gcd:", 5), 5],
    ["(2^70) gcd: (2^68 * 3)", () => send(two(70), "gcd:", send(two(68), "*", 3)), 2n ** 68n],
    ["4 lcm: 6", () => send(4, "lcm:", 6), 12],
    ["12 bitAnd: 10", () => send(12, "bitAnd:", 10), 8],
    ["12 bitOr: 3", () => send(12, "bitOr:", 3), 15],
    ["12 bitXor: 10", () => send(12, "bitXor:", 10), 6],
    ["-1 bitAnd: 255", () => send(-1, "bitAnd:", 255), 255],
    ["(2^70) bitOr: 1", () => send(two(70), "bitOr:", 1), 2n ** 70n + 1n],
    ["-(2^40) bitAnd: (2^41 - 1)", () => send(-(2 ** 40), "bitAnd:", 2 ** 41 - 1), 2 ** 40],
    ["5 bitInvert", () => send(5, "bitInvert"), -6],
    ["1 bitShift: 70", () => send(1, "bitShift:", 70), 2n ** 70n],
    ["(2^70) bitShift: -68", () => send(two(70), "bitShift:", -68), 4],
    ["-1 bitShift: -3", () => send(-1, "bitShift:", -3), -1],
    ["-9 bitShift: -1", () => send(-9, "bitShift:", -1), -5],
    ["1 << 4", () => send(1, "<<", 4), 16],
    ["256 >> 4", () => send(256, ">>", 4), 16],
    ["1 << 60", () => send(1, "<<", 60), 2n ** 60n],
    ["255 highBit", () => send(255, "highBit"), 8],
    ["(2^70) highBit", () => send(two(70), "highBit"), 71],
    ["12 lowBit", () => send(12, "lowBit"), 3],
    ["5 bitAt: 3", () => send(5, "bitAt:", 3), 1],
    ["258 digitAt: 2", () => send(258, "digitAt:", 2), 1],
    ["7 allMask: 5", () => send(7, "allMask:", 5), true],
    ["4 anyMask: 3", () => send(4, "anyMask:", 3), false],
    ["4 noMask: 3", () => send(4, "noMask:", 3), true],
    ["64 isPowerOfTwo", () => send(64, "isPowerOfTwo"), true],
    ["0 factorial", () => send(0, "factorial"), 1],
    ["20 factorial", () => send(20, "factorial"), 2432902008176640000n],
  ])("%s is %s", (_label, compute, expected) => {
    expect(compute()).toBe(expected);
  });

  it.each([
    [0, false],
    [1, false],
    [2, true],
    [97, true],
    [91, false],
    [1000000007, true],
    [1073741827, true],
    [2n ** 61n - 1n, true],
    [2n ** 64n + 1n, false],
    [2n ** 127n - 1n, true],
    [-7, false],
  ])("%s isPrime is %s", (value, prime) => {
    expect(send(value, "isPrime")).toBe(prime);
  });

  it("signals Errors for a negative factorial, a negative shift and highBit of a negative", () => {
    expect(caught<StError>(() => send(-1, "factorial"), StError).messageText()).toBe(
      "Not valid for negative integers",
    );
    expect(caught<StError>(() => send(1, "<<", -1), StError).messageText()).toBe("negative arg");
    expect(caught<StError>(() => send(-1, "highBit"), StError).messageText()).toBe(
      "highBit is not defined for negative integers",
    );
  });

  it("answers atRandom in 1 to n, 0 for 0, and negated for a negative receiver", () => {
    const seen = new Set<unknown>();
    for (let draw = 0; draw < 600; draw += 1) seen.add(send(6, "atRandom"));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(send(0, "atRandom")).toBe(0);
    for (let draw = 0; draw < 50; draw += 1) {
      const negative = send(-3, "atRandom") as number;
      expect(negative >= -3 && negative <= -1).toBe(true);
      const large = send(two(100), "atRandom");
      expect(send(large, "between:and:", 1, two(100))).toBe(true);
    }
  });

  it("answers the Character of a code point", () => {
    expect(send(65, "asCharacter")).toBe(character(65));
  });
});

describe("testing and converting", () => {
  it.each([
    // value, isNumber, isInteger, isFloat, isFraction, even, sign, isZero
    [3, true, true, false, true, false, 1, false],
    [two(70), true, true, false, true, true, 1, false],
    [f(4), true, false, true, false, true, 1, false],
    [f(-0), true, false, true, false, true, 0, true],
    [q(1, 2), true, false, false, true, false, 1, false],
    [n("-1.5s2"), true, false, false, false, false, -1, false],
    [0, true, true, false, true, true, 0, true],
  ])("%s", (value, isNumber, isInteger, isFloat, isFraction, even, sign, isZero) => {
    const selectors = ["isNumber", "isInteger", "isFloat", "isFraction", "even", "sign", "isZero"];
    expect(selectors.map((selector) => send(value, selector))).toEqual([
      isNumber,
      isInteger,
      isFloat,
      isFraction,
      even,
      sign,
      isZero,
    ]);
    expect(send(value, "odd")).toBe(!even);
  });

  it.each([
    ["3 asFloat", () => send(3, "asFloat"), "3.0"],
    ["(1/4) asFloat", () => send(q(1, 4), "asFloat"), "0.25"],
    ["(2^70) asFloat", () => send(two(70), "asFloat"), "1.1805916207174113e21"],
    ["0.1 asFraction", () => send(f(0.1), "asFraction"), "(3602879701896397/36028797018963968)"],
    ["0.5 asFraction", () => send(f(0.5), "asFraction"), "(1/2)"],
    ["1.5 asScaledDecimal: 2", () => send(f(1.5), "asScaledDecimal:", 2), "1.50s2"],
    ["3 asScaledDecimal: 1", () => send(3, "asScaledDecimal:", 1), "3.0s1"],
    ["3 reciprocal", () => send(3, "reciprocal"), "(1/3)"],
    ["(1/3) reciprocal", () => send(q(1, 3), "reciprocal"), "3"],
    ["4.0 reciprocal", () => send(f(4), "reciprocal"), "0.25"],
    ["1.5s2 reciprocal", () => send(n("1.5s2"), "reciprocal"), "0.66s2"],
    ["7.9 asInteger", () => send(f(7.9), "asInteger"), "7"],
    ["-5 abs", () => send(-5, "abs"), "5"],
  ])("%s is %s", (_label, compute, expected) => {
    expect(printed(compute())).toBe(expected);
  });

  it("answers isNaN, isInfinite and isFinite", () => {
    expect([send(f(Number.NaN), "isNaN"), send(f(1), "isNaN"), send(1, "isNaN")]).toEqual([
      true,
      false,
      false,
    ]);
    expect([send(f(-Infinity), "isInfinite"), send(3, "isInfinite")]).toEqual([true, false]);
    expect([send(f(1), "isFinite"), send(f(Number.POSITIVE_INFINITY), "isFinite")]).toEqual([true, false]);
  });
});

describe("iteration", () => {
  it("to:do: evaluates the block with each number and answers the receiver", () => {
    const seen: unknown[] = [];
    expect(send(1, "to:do:", 4, (i: unknown) => seen.push(i))).toBe(1);
    expect(seen).toEqual([1, 2, 3, 4]);
  });

  it("to:by:do: steps up, down and by Fractions", () => {
    const down: unknown[] = [];
    send(10, "to:by:do:", 1, -3, (i: unknown) => down.push(i));
    expect(down).toEqual([10, 7, 4, 1]);
    const halves: string[] = [];
    send(0, "to:by:do:", 1, q(1, 2), (i: unknown) => halves.push(printed(i)));
    expect(halves).toEqual(["0", "(1/2)", "1"]);
    const floats: string[] = [];
    send(f(0.5), "to:do:", 2, (i: unknown) => floats.push(printed(i)));
    expect(floats).toEqual(["0.5", "1.5"]);
  });

  it("to:by:do: with a zero step signals an Error", () => {
    expect(caught<StError>(() => send(1, "to:by:do:", 5, 0, () => null), StError).messageText()).toBe(
      "step must be non-zero",
    );
  });

  it("timesRepeat: evaluates the block n times and answers the receiver", () => {
    let count = 0;
    expect(send(3, "timesRepeat:", () => (count += 1))).toBe(3);
    expect(count).toBe(3);
    expect(send(0, "timesRepeat:", () => (count += 1))).toBe(0);
    expect(count).toBe(3);
  });

  it("waits for blocks that suspend, strictly in order, and then answers a Promise", async () => {
    const log: string[] = [];
    const result = send(1, "to:do:", 3, async (i: number) => {
      await new Promise((resolve) => setTimeout(resolve, 4 - i));
      log.push(`to:do: ${i}`);
    });
    expect(result).toBeInstanceOf(Promise);
    expect(await result).toBe(1);
    const repeated = send(2, "timesRepeat:", async () => {
      await null;
      log.push("timesRepeat:");
    });
    expect(await repeated).toBe(2);
    expect(log).toEqual(["to:do: 1", "to:do: 2", "to:do: 3", "timesRepeat:", "timesRepeat:"]);
  });

  it("evaluates a non-block as Squeak does: timesRepeat: sends value, to:do: sends value:", () => {
    expect(send(2, "timesRepeat:", 5)).toBe(2);
    const ex = caught<MessageNotUnderstood>(() => send(1, "to:do:", 3, 5), MessageNotUnderstood);
    expect(String(send((ex.message$() as { selector(): unknown }).selector(), "asString"))).toBe("value:");
  });

  it("to: and to:by: answer Intervals", () => {
    expect(printed(send(1, "to:", 5))).toBe("(1 to: 5)");
    expect(printed(send(1, "to:by:", 10, 3))).toBe("(1 to: 10 by: 3)");
    expect(send(send(1, "to:", 5), "size")).toBe(5);
  });
});
