import { describe, expect, it } from "vitest";
import {
  classNamed,
  Float,
  Fraction,
  float,
  Integer,
  identical,
  LargeNegativeInteger,
  LargePositiveInteger,
  Magnitude,
  ScaledDecimal,
  SmallInteger,
  type SmalltalkClass,
  StNumber,
  scaledDecimal,
  send,
  ZeroDivide,
} from "../src/index.js";
import { caught, className, f, n, printed, q, two } from "./numbers-helpers.js";

describe("the classes of the number tower", () => {
  it.each([
    ["Magnitude", "Object"],
    ["Number", "Magnitude"],
    ["Integer", "Number"],
    ["SmallInteger", "Integer"],
    ["LargePositiveInteger", "Integer"],
    ["LargeNegativeInteger", "LargePositiveInteger"],
    ["Float", "Number"],
    ["Fraction", "Number"],
    ["ScaledDecimal", "Number"],
    ["DomainError", "ArithmeticError"],
  ])("%s is registered, a subclass of %s", (name, superclass) => {
    const cls = classNamed(name) as SmalltalkClass;
    expect(cls.$stName).toBe(name);
    expect((send(cls, "superclass") as SmalltalkClass).$stName).toBe(superclass);
  });

  it("exports the classes under their JavaScript names", () => {
    const classes = [Magnitude, StNumber, Integer, SmallInteger, LargePositiveInteger, LargeNegativeInteger];
    expect(classes.map((cls) => cls.$stName)).toEqual([
      "Magnitude",
      "Number",
      "Integer",
      "SmallInteger",
      "LargePositiveInteger",
      "LargeNegativeInteger",
    ]);
    expect([Float, Fraction, ScaledDecimal].map((cls) => cls.$stName)).toEqual([
      "Float",
      "Fraction",
      "ScaledDecimal",
    ]);
  });

  it.each([
    [3, "SmallInteger"],
    [two(70), "LargePositiveInteger"],
    [send(two(70), "negated"), "LargeNegativeInteger"],
    [f(3), "Float"],
    [2.5, "Float"],
    [f(Number.NaN), "Float"],
    [q(1, 3), "Fraction"],
    [n("1.5s2"), "ScaledDecimal"],
  ])("%s is a %s, and isKindOf: Number and Magnitude", (value, name) => {
    expect(className(value)).toBe(name);
    expect(send(value, "isKindOf:", StNumber)).toBe(true);
    expect(send(value, "isKindOf:", Magnitude)).toBe(true);
  });
});

describe("Float", () => {
  it("keeps a whole Float a Float: 3 + 4.0 prints 7.0", () => {
    const sum = send(3, "+", f(4));
    expect(printed(sum)).toBe("7.0");
    expect(sum).toBeInstanceOf(Float);
    expect((sum as Float).$float).toBe(7);
  });

  it("treats a raw non-integer JavaScript number as a Float", () => {
    expect(printed(send(2.5, "+", 1))).toBe("3.5");
    expect(send(2.5, "isFloat")).toBe(true);
    expect(send(2.5, "truncated")).toBe(2);
  });

  it("makes Floats that are identical when equal, as 64-bit Squeak's immediate Floats", () => {
    expect(identical(float(1.5), float(1.5))).toBe(true);
    expect(identical(float(0), float(-0))).toBe(false);
  });

  it.each([
    ["nan", "NaN"],
    ["infinity", "Infinity"],
    ["negativeInfinity", "-Infinity"],
    ["negativeZero", "-0.0"],
    ["zero", "0.0"],
    ["one", "1.0"],
    ["pi", "3.141592653589793"],
    ["e", "2.718281828459045"],
    ["epsilon", "2.220446049250313e-16"],
    ["fmax", "1.7976931348623157e308"],
    ["fminNormalized", "2.2250738585072014e-308"],
    ["fminDenormalized", "5.0e-324"],
  ])("Float %s prints %s", (selector, expected) => {
    expect(printed(send(Float, selector))).toBe(expected);
  });

  it("converts to a JavaScript number and string", () => {
    expect(Number(f(2.5))).toBe(2.5);
    expect(String(f(7))).toBe("7.0");
    expect(Number(q(1, 4))).toBe(0.25);
  });
});

describe("class-side constructors", () => {
  it("SmallInteger maxVal and minVal", () => {
    expect(send(SmallInteger, "maxVal")).toBe(2n ** 60n - 1n);
    expect(send(SmallInteger, "minVal")).toBe(-(2n ** 60n));
  });

  it("Fraction numerator:denominator: does not reduce, but keeps the denominator positive", () => {
    expect(printed(send(Fraction, "numerator:denominator:", 6, 4))).toBe("(6/4)");
    expect(printed(send(Fraction, "numerator:denominator:", 1, -3))).toBe("(-1/3)");
    expect(send(send(Fraction, "numerator:denominator:", 6, 4), "=", q(3, 2))).toBe(true);
    expect(
      printed(
        caught<ZeroDivide>(() => send(Fraction, "numerator:denominator:", 1, 0), ZeroDivide).dividend(),
      ),
    ).toBe("1");
  });

  it("ScaledDecimal newFromNumber:scale: keeps the exact value", () => {
    const scaled = send(ScaledDecimal, "newFromNumber:scale:", q(1, 3), 2);
    expect(printed(scaled)).toBe("0.33s2");
    expect(send(send(scaled, "*", 3), "=", 1)).toBe(true);
    expect(send(scaled, "scale")).toBe(2);
  });

  it("scaledDecimal(numerator, denominator, scale) makes the ScaledDecimal of a literal such as 1.5s2", () => {
    expect(printed(scaledDecimal(3, 2, 2))).toBe("1.50s2");
    expect(printed(scaledDecimal(-(2n ** 70n), 4, 0))).toBe("-295147905179352825856s0");
    expect(printed(scaledDecimal(2, 6, 3))).toBe("0.333s3");
  });

  it("answers numerator and denominator", () => {
    expect([send(q(-6, 4), "numerator"), send(q(-6, 4), "denominator")]).toEqual([-3, 2]);
    expect([send(7, "numerator"), send(7, "denominator")]).toEqual([7, 1]);
    expect([send(n("1.5s2"), "numerator"), send(n("1.5s2"), "denominator")]).toEqual([3, 2]);
  });
});
