import type { Catalogue } from "../src/catalogue/types.js";

/** The runtime packages the catalogue is built from, in dependency order. */
export declare const CATALOGUED_PACKAGES: readonly string[];

/** Builds the catalogue from the built runtime packages (deterministic). */
export declare function buildCatalogue(packageNames?: readonly string[]): Promise<Catalogue>;

/** The catalogue as the JSON text committed in src/catalogue/catalogue.json. */
export declare function catalogueJson(packageNames?: readonly string[]): Promise<string>;
