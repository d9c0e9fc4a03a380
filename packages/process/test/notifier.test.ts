import { StError } from "@smalltalk-sockets/runtime";
import { describe, expect, test } from "vitest";
import { smalltalkSourcePosition, unhandledErrorReport } from "../src/index.js";

describe("the unhandled-error report", () => {
  test("names the process, the exception and its message text", () => {
    expect(unhandledErrorReport("worker", 30, new StError("boom"))).toBe(
      "Unhandled error in process 'worker' (priority 30): Error: boom\n",
    );
  });

  test("adds the first .st source position of the stack when there is one", () => {
    const error = new TypeError("x is not a function");
    error.stack = [
      "TypeError: x is not a function",
      "    at helper (/app/node_modules/lib/index.js:3:9)",
      "    at DoIt (/app/snippets/taeumel.st:12:7)",
      "    at other (/app/snippets/other.st:1:1)",
    ].join("\n");
    expect(smalltalkSourcePosition(error)).toBe("/app/snippets/taeumel.st:12:7");
    expect(unhandledErrorReport("main", 40, error)).toBe(
      "Unhandled error in process 'main' (priority 40): TypeError: x is not a function\n    at /app/snippets/taeumel.st:12:7\n",
    );
  });

  test("has no position when no frame is in a .st file", () => {
    expect(smalltalkSourcePosition(new Error("plain"))).toBeNull();
  });
});
