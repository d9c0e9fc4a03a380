import { describe, expect, it } from "vitest";
import { displayString, printString, requireClass, StError, send, storeString } from "../src/index.js";
import { shortestDigits } from "../src/numbers/float-printing.js";
import { caught, character, f, n, printed, q, two, underPharo } from "./numbers-helpers.js";

describe("Float printString (Squeak's absPrintExactlyOn:base:)", () => {
  it.each([
    [0.1, "0.1"],
    [1, "1.0"],
    [100, "100.0"],
    [1e6, "1.0e6"],
    [999999.9999, "999999.9999"],
    [123456.789, "123456.789"],
    [12345678.9, "1.23456789e7"],
    [1e15, "1.0e15"],
    [2 ** 53, "9.007199254740992e15"],
    [1e100, "1.0e100"],
    [0.0001, "0.0001"],
    [0.001, "0.001"],
    [1e-5, "1.0e-5"],
    [2.5e-5, "2.5e-5"],
    [-2.5, "-2.5"],
    [0.1 + 0.2, "0.30000000000000004"],
    [1 / 3, "0.3333333333333333"],
    [5e-324, "5.0e-324"],
    [Number.MAX_VALUE, "1.7976931348623157e308"],
    [0, "0.0"],
    [-0, "-0.0"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "Infinity"],
    [Number.NEGATIVE_INFINITY, "-Infinity"],
  ])("%s prints %s", (value, expected) => {
    expect(printed(f(value))).toBe(expected);
  });

  it("rounds an exact tie between two shortest candidates up, as Squeak does (JavaScript picks the even one)", () => {
    const tie = 2247921665674648 + 0.25;
    expect(tie.toExponential()).toBe("2.2479216656746482e+15");
    expect(printed(f(tie))).toBe("2.2479216656746483e15");
  });

  it("gives JavaScript's shortest round-trip digits for every other double", () => {
    // A fixed pseudo-random sequence of bit patterns across the whole exponent range.
    let seed = 0x2545f491;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed;
    };
    const view = new DataView(new ArrayBuffer(8));
    let compared = 0;
    for (let index = 0; index < 20000; index += 1) {
      view.setUint32(0, next() % 0x7ff00000);
      view.setUint32(4, next());
      const x = view.getFloat64(0);
      if (!(x > 0)) continue;
      const [mantissa, exponent] = x.toExponential().split("e") as [string, string];
      const { digits, point } = shortestDigits(x, 10);
      const ours = digits.join("");
      const theirs = mantissa.replace(".", "");
      if (ours !== theirs) {
        // The only difference allowed: an exact tie, which Squeak rounds up.
        expect(BigInt(ours) - BigInt(theirs)).toBe(1n);
        expect(theirs.endsWith("0") || Number(theirs.at(-1)) % 2 === 0).toBe(true);
      }
      expect(point - 1).toBe(Number(exponent));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(19000);
  });

  it("prints in other bases with upper-case digits", () => {
    expect(send(f(0.5), "printString:", 2)).toBe("0.1");
    expect(send(f(255.5), "printStringBase:", 16)).toBe("FF.8");
    expect(send(f(-0.75), "printStringBase:", 2)).toBe("-0.11");
  });

  it("accepts a raw non-integer JavaScript number as a Float", () => {
    expect(printed(2.5)).toBe("2.5");
    expect(printString(0.1)).toBe("0.1");
  });
});

describe("Integer printString", () => {
  it.each([
    [0, "0"],
    [42, "42"],
    [-42, "-42"],
    [2 ** 53 - 1, "9007199254740991"],
    [two(100), "1267650600228229401496703205376"],
    [send(two(100), "negated"), "-1267650600228229401496703205376"],
    [
      send(100, "factorial"),
      String(Array.from({ length: 100 }, (_, i) => BigInt(i + 1)).reduce((a, b) => a * b)),
    ],
  ])("%s prints in full", (value, expected) => {
    expect(printed(value)).toBe(expected);
  });

  it("prints 100 factorial with 158 digits", () => {
    expect(printed(send(100, "factorial")).length).toBe(158);
  });

  it.each([
    ["printString:", 255, 16, "FF"],
    ["printString:", -255, 16, "-FF"],
    ["printStringBase:", 10, 2, "1010"],
    ["printStringBase:", 35, 36, "Z"],
    ["radix:", 255, 16, "FF"],
    ["printStringRadix:", 255, 16, "16rFF"],
    ["printStringRadix:", -255, 16, "-16rFF"],
    ["printStringRadix:", 255, 10, "10r255"],
    ["storeStringBase:", 255, 16, "16rFF"],
    ["storeStringBase:", -255, 16, "-16rFF"],
    ["storeStringBase:", 255, 10, "255"],
    ["printString:", two(64), 16, "10000000000000000"],
  ])("%s %s %s is %s", (selector, value, base, expected) => {
    expect(send(value, selector, base)).toBe(expected);
  });

  it.each([
    ["printStringHex", 255, "FF"],
    ["storeStringHex", 255, "16rFF"],
    ["hex", 255, "16rFF"],
    ["storeString", 255, "255"],
    ["storeString", -5, "-5"],
    ["asStringWithCommas", 1234567, "1,234,567"],
    ["asStringWithCommas", -1234567, "-1,234,567"],
    ["asStringWithCommas", 123, "123"],
    ["asStringWithCommas", two(70), "1,180,591,620,717,411,303,424"],
  ])("%s of %s is %s", (selector, value, expected) => {
    expect(send(value, selector)).toBe(expected);
  });

  it("pads with a Character on the left, before the sign as in Squeak", () => {
    const zero = character(48);
    expect(send(5, "printPaddedWith:to:", zero, 3)).toBe("005");
    expect(send(-5, "printPaddedWith:to:", zero, 3)).toBe("0-5");
    expect(send(12345, "printPaddedWith:to:", zero, 3)).toBe("12345");
    expect(send(7, "printPaddedWith:to:", character(32), 4)).toBe("   7");
  });

  it("stores a negative Integer with a leading space under Pharo", () => {
    expect(underPharo(() => send(-5, "storeString"))).toBe(" -5");
    expect(underPharo(() => send(-5, "storeStringBase:", 10))).toBe("-5");
  });

  it("signals an Error for a base outside 2 to 36", () => {
    expect(caught<StError>(() => send(10, "printString:", 37), StError).messageText()).toBe(
      "Invalid base: 37",
    );
  });
});

describe("Fraction and ScaledDecimal printString", () => {
  it.each([
    [q(1, 3), "(1/3)"],
    [q(-1, 3), "(-1/3)"],
    [q(2, -4), "(-1/2)"],
    [q(2n ** 70n, 3), "(1180591620717411303424/3)"],
    [n("1.5s2"), "1.50s2"],
    [n("3s2"), "3.00s2"],
    [n("3s"), "3s0"],
    [n("-1.5s2"), "-1.50s2"],
    [n("1.5s"), "1.5s1"],
    [send(q(2, 3), "asScaledDecimal:", 2), "0.66s2"],
    [send(q(-1, 300), "asScaledDecimal:", 2), "-0.00s2"],
    [send(q(7, 2), "asScaledDecimal:", 0), "3s0"],
  ])("%s prints %s", (value, expected) => {
    expect(printed(value)).toBe(expected);
  });

  it("rounds a ScaledDecimal's last digit under Pharo (Squeak truncates)", () => {
    expect(underPharo(() => printed(send(q(2, 3), "asScaledDecimal:", 2)))).toBe("0.67s2");
  });

  it.each([
    [q(1, 3), "(1/3)"],
    [n("1.5s2"), "1.50s2"],
    [send(q(1, 3), "asScaledDecimal:", 2), "(1/3s2)"],
  ])("%s stores as %s", (value, expected) => {
    expect(send(value, "storeString")).toBe(expected);
  });

  it("prints a Fraction in another base without, and stores it with, radix prefixes", () => {
    expect(send(q(255, 256), "printString:", 16)).toBe("(FF/100)");
    expect(send(q(1, 3), "storeStringBase:", 16)).toBe("(16r1/16r3)");
  });
});

describe("Float storeString", () => {
  it.each([
    [f(Number.NaN), "Float nan"],
    [f(Number.POSITIVE_INFINITY), "Float infinity"],
    [f(Number.NEGATIVE_INFINITY), "Float infinity negated"],
    [f(-0), "-0.0"],
    [f(1.5), "1.5"],
  ])("%s stores as %s", (value, expected) => {
    expect(send(value, "storeString")).toBe(expected);
  });

  it("adds the radix in another base, and Pharo's space before a minus sign", () => {
    expect(send(f(1.5), "storeStringBase:", 16)).toBe("16r1.8");
    expect(underPharo(() => send(f(-0.5), "storeString"))).toBe(" -0.5");
  });
});

describe("printString through printOn: and a WriteStream", () => {
  const values: unknown[] = [3, -7, two(80), f(7), f(Number.NaN), q(1, 3), n("1.5s2"), 2.5];

  it.each(values.map((value) => [printed(value), value]))("printOn: writes %s", (expected, value) => {
    expect(printString(value)).toBe(expected);
    expect(displayString(value)).toBe(expected);
    expect(send(value, "asString")).toBe(expected);
  });

  it("writes printOn:base:, storeOn: and storeOn:base: on the stream", () => {
    const stream = send(requireClass("WriteStream"), "on:", "");
    send(255, "printOn:base:", stream, 16);
    send(stream, "space");
    send(255, "storeOn:base:", stream, 16);
    send(stream, "space");
    send(f(Number.NaN), "storeOn:", stream);
    expect(send(stream, "contents")).toBe("FF 16rFF Float nan");
    expect(storeString(q(1, 3))).toBe("(1/3)");
  });
});

describe("printShowingDecimalPlaces:", () => {
  it.each([
    [23, 2, "23.00"],
    [f(23.5698), 2, "23.57"],
    [f(-234.567), 5, "-234.56700"],
    [f(23.4567), 0, "23"],
    [f(-23.5567), 0, "-24"],
    [100000000, 1, "100000000.0"],
    [f(0.98), 5, "0.98000"],
    [f(-0.98), 2, "-0.98"],
    [f(2.675), 2, "2.67"],
    [f(0.125), 2, "0.13"],
    [f(0.1), 20, "0.10000000000000000000"],
    [f(-0.001), 2, "-0.00"],
    [0, 2, "0.00"],
    [q(2, 3), 3, "0.667"],
    [q(-1, 3000), 2, "0.00"],
    [n("1.005s3"), 2, "1.01"],
  ])("%s printShowingDecimalPlaces: %s is %s", (value, places, expected) => {
    expect(send(value, "printShowingDecimalPlaces:", places)).toBe(expected);
  });
});
