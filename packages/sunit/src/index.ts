/**
 * `@smalltalk-sockets/sunit`: SUnit for Node.js. `TestCase` (setUp, tearDown, the assertion
 * protocol of Squeak and Pharo), `TestResource`, `TestFailure`, a runner that runs each test in
 * a Smalltalk process of its own, and a text runner (`st2ts run --test`). The vitest adapter is
 * the subpath export `@smalltalk-sockets/sunit/vitest`.
 */

export * from "./failure-report.js";
export * from "./test-asserter.js";
export * from "./test-case.js";
export * from "./test-failure.js";
export * from "./test-resource.js";
export * from "./test-run.js";
export * from "./text-runner.js";
