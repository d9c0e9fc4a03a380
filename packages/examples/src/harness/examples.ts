import type { Example } from "./example.js";
import { gallery } from "./gallery.js";
import { seedSnippets } from "./seed-snippets.js";

/** Every example, in the order the report shows them: the seed's snippets, then the gallery. */
export const examples: readonly Example[] = [...seedSnippets, ...gallery];
