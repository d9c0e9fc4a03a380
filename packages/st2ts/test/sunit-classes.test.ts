// SUnit TestCase subclasses written in Smalltalk (test/fixtures/sunit, a Tonel package: an echo
// server guarded by a re-entrant Mutex, a SocketStream line protocol, a class hierarchy with
// class and class-instance variables), transpiled by st2ts and run under vitest by
// @smalltalk-sockets/sunit/vitest: one vitest test per test method, on the loopback interface.

import { registerTestCases } from "@smalltalk-sockets/sunit/vitest";
import { expect, test } from "vitest";
import { generatedDirectory, generateProgram } from "./helpers/generate-program.js";
import { typeCheckDirectory } from "./helpers/type-check-directory.js";

registerTestCases(await import(generateProgram("sunit")), { timeout: 20_000 });

test("the generated TestCases and classes type-check strictly", () => {
  expect(typeCheckDirectory(generatedDirectory("sunit"))).toEqual([]);
}, 120_000);
