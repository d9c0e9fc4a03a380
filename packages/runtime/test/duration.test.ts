import { describe, expect, it } from "vitest";
import { Duration, printString, send } from "../src/index.js";

describe("Duration", () => {
  it.each([
    [Duration.seconds(5), "0:00:00:05"],
    [Duration.milliSeconds(50), "0:00:00:00.05"],
    [Duration.daysHoursMinutesSeconds(1, 2, 3, 4), "1:02:03:04"],
    [Duration.seconds(-90), "-0:00:01:30"],
    [Duration.nanoSeconds(1), "0:00:00:00.000000001"],
  ])("prints %s as Squeak does", (duration, text) => {
    expect(printString(duration)).toBe(text);
  });

  it("is made by Number>>milliSeconds and friends, and converts back", () => {
    expect(send(send(50, "milliSeconds"), "asMilliSeconds")).toBe(50);
    expect(send(send(2, "minutes"), "asSeconds")).toBe(120);
    expect(send(send(3, "hours"), "hours")).toBe(3);
    expect(send(send(1, "days"), "asMilliSeconds")).toBe(86_400_000);
  });

  it("compares and adds", () => {
    expect(send(send(1, "seconds"), "<", send(2, "seconds"))).toBe(true);
    expect(send(send(1, "seconds"), "=", send(1000, "milliSeconds"))).toBe(true);
    expect(printString(send(send(1, "seconds"), "+", send(500, "milliSeconds")))).toBe("0:00:00:01.5");
    expect(printString(send(send(10, "seconds"), "/", 4))).toBe("0:00:00:02.5");
  });
});
