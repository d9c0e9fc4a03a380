import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/loopback-only.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
