// Regenerates src/catalogue/catalogue.json from the built runtime packages.
import { writeFileSync } from "node:fs";
import { catalogueJson } from "./catalogue-builder.mjs";

const target = new URL("../src/catalogue/catalogue.json", import.meta.url);
writeFileSync(target, await catalogueJson());
console.log(`wrote ${target.pathname}`);
