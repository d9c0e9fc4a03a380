// The committed type catalogue is what the runtime packages' current declarations give.
// When this fails: build the packages (turbo run build) and run `pnpm generate:catalogue`.

import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { catalogueJson } from "../scripts/catalogue-builder.mjs";

test("src/catalogue/catalogue.json is up to date", async () => {
  const committed = readFileSync(new URL("../src/catalogue/catalogue.json", import.meta.url), "utf8");
  expect(await catalogueJson()).toBe(committed);
}, 120_000);
