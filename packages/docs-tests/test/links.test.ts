import { describe, expect, test } from "vitest";
import { brokenLinks } from "../src/links.js";
import { linksOf, parseMarkdown } from "../src/markdown.js";
import { guidePages, readmes } from "../src/repository.js";

describe("links", () => {
  test.each([...guidePages(), ...readmes()].map((file) => [file.path, file] as const))(
    "every relative link of %s leads to a file and heading that exist",
    (_path, file) => {
      expect(brokenLinks(file)).toEqual([]);
    },
  );

  test("the table of contents (docs/README.md) links every page of the guide", () => {
    const pages = guidePages();
    const contents = pages.find((page) => page.path === "docs/README.md")!;
    const linked = new Set(linksOf(parseMarkdown(contents.text)).map(({ target }) => target.split("#")[0]));
    const missing = pages
      .map((page) => page.path.slice("docs/".length))
      .filter((name) => name !== "README.md" && !linked.has(name));
    expect(missing).toEqual([]);
  });

  test.each(readmes().map((file) => [file.path, file] as const))("%s links into the guide", (_path, file) => {
    const guide = linksOf(parseMarkdown(file.text)).filter(({ target }) =>
      /(^|\/)docs\/[\w.-]*\.md/.test(target),
    );
    expect(guide.length).toBeGreaterThan(0);
  });
});
