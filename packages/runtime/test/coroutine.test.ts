import { describe, expect, test } from "vitest";
import { drive, onDo, StError } from "../src/index.js";

describe("drive (st2ts's methods that suspend only through their blocks)", () => {
  test("answers at once while everything yielded is a plain value", () => {
    const seen: unknown[] = [];
    const result = drive(
      (function* (): Generator<unknown, number, any> {
        seen.push(yield 1);
        seen.push(yield "two");
        return 3;
      })(),
    );
    expect(result).toBe(3);
    expect(seen).toEqual([1, "two"]);
  });

  test("from the first Promise on, awaits each value in order", async () => {
    const seen: unknown[] = [];
    const result = drive(
      (function* (): Generator<unknown, string, any> {
        seen.push(yield 1);
        seen.push(yield Promise.resolve(2));
        seen.push(yield 3);
        seen.push(yield new Promise((resolve) => setTimeout(() => resolve(4), 1)));
        return "done";
      })(),
    );
    expect(result).toBeInstanceOf(Promise);
    expect(seen).toEqual([1]);
    expect(await result).toBe("done");
    expect(seen).toEqual([1, 2, 3, 4]);
  });

  test("a rejection is thrown into the generator at its yield", async () => {
    const result = drive(
      (function* (): Generator<unknown, string, any> {
        try {
          yield Promise.reject(new Error("boom"));
          return "not reached";
        } catch (error) {
          return `caught ${(error as Error).message}`;
        }
      })(),
    );
    expect(await result).toBe("caught boom");
    await expect(
      drive(
        (function* (): Generator<unknown, never, any> {
          yield Promise.resolve(1);
          throw new Error("later");
        })(),
      ),
    ).rejects.toThrow("later");
  });
});

describe("drive keeps the execution context", () => {
  test("a handler installed around drive is found after the generator awaited", async () => {
    const answer = await onDo(
      () =>
        drive(
          (function* (): Generator<unknown, unknown, any> {
            yield new Promise((resolve) => setTimeout(resolve, 1));
            return new StError("after the await").signal();
          })(),
        ),
      StError,
      (error: StError) => error.return$(`handled: ${error.messageText()}`),
    );
    expect(answer).toBe("handled: after the await");
  });
});
