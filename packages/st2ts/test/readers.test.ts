// The three readers on fixture files that exercise every construct, and their errors.

import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { canonical } from "../bench/fuzz-lib.mjs";
import type { SourceUnit } from "../src/index.js";
import { detectSourceForm, printAst, readFileIn, readSmalltalkSource, readTonel } from "../src/index.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

/** A one-line summary per unit, for comparing reader output in file order. */
function summary(unit: SourceUnit): string {
  switch (unit.kind) {
    case "ClassDefinition":
      return [
        `class ${unit.name} < ${unit.superclass} ${unit.classKind} ${unit.form}`,
        `iv=${unit.instanceVariables.join(",")}`,
        `cv=${unit.classVariables.join(",")}`,
        `civ=${unit.classInstanceVariables.join(",")}`,
        `pools=${unit.poolDictionaries.join(",")}`,
        `cat=${unit.category} pkg=${unit.package} tag=${unit.tag} traits=${unit.traitComposition}`,
      ].join(" ");
    case "ClassInstanceVariables":
      return `class-side ${unit.className} iv=${unit.instanceVariables.join(",")}`;
    case "MethodDefinition":
      return `method ${unit.className}${unit.side === "class" ? " class" : ""}>>${unit.method.selector} [${unit.category}]`;
    case "ClassComment":
      return `comment ${unit.className} ${JSON.stringify(unit.text)}`;
    case "Organization":
      return `organization ${unit.className}`;
    case "ClassExtension":
      return `extension ${unit.className}`;
    case "PackageDefinition":
      return `package ${unit.name}`;
    case "DoIt":
      return `doit ${printAst(unit)}`;
  }
}

describe("fileIn (chunk format)", () => {
  test("Squeak fileOut: class definitions, class side, comment, methods, reorganize, do-its", () => {
    const r = readFileIn(fixture("squeak-network.st"), { fileName: "squeak-network.st" });
    expect(r.form).toBe("fileIn");
    expect(r.diagnostics).toEqual([]);
    expect(r.units.map(summary)).toEqual([
      "doit 'From Squeak6.0 of 5 July 2022 [latest update: #22104] on 1 December 2026 at 10:00:00 am'",
      "class NetClient < Object normal squeak iv=socket,host,port,buffer cv=DefaultPort,Registry civ= pools= cat=Network-Client pkg=undefined tag=undefined traits=undefined",
      "class NetBuffer < NetClient variableByte squeak iv= cv= civ= pools= cat=Network-Client pkg=undefined tag=undefined traits=undefined",
      "class NetRegistry < Object weak squeak iv=clients cv= civ= pools=NetConstants cat=Network-Client pkg=undefined tag=undefined traits=TNetLogging",
      "class-side NetClient iv=instances",
      `comment NetClient "I am a client of a line-based protocol. Say \\"hello\\"! to me: I answer 'hi'."`,
      "method NetClient>>host [accessing]",
      "method NetClient>>host: [accessing]",
      "method NetClient>>port [accessing]",
      "method NetClient>>connect [connecting]",
      "method NetClient>>send: [connecting]",
      "method NetClient>>= [connecting]",
      "method NetClient>>bytesOf: [connecting]",
      "method NetClient class>>host:port: [instance creation]",
      "organization NetClient",
      "doit (NetClient initialize)",
      "doit |c|. (c := (NetClient host: 'localhost' port: 8080)). (cascade Transcript (show: (c printString)) (cr))",
    ]);
    const methods = r.units.filter((u) => u.kind === "MethodDefinition");
    expect(methods[0]).toMatchObject({
      stamp: "jd 12/1/2026 10:00",
      method: { comment: "Answer the host name." },
    });
    expect(methods[4]?.kind === "MethodDefinition" && methods[4].method.comment).toBe(
      "Send aString followed by an exclamation mark!",
    );
  });

  test("a Squeak file with CR line ends reads the same, with CR-based line numbers", () => {
    const lf = fixture("squeak-network.st");
    const cr = lf.replaceAll("\n", "\r");
    const a = readFileIn(lf);
    const b = readFileIn(cr);
    expect(b.diagnostics).toEqual([]);
    expect(b.units.map(summary)).toEqual(a.units.map(summary));
    const lines = (r: typeof a) => r.units.map((u) => [u.span.line, u.span.column, u.span.endLine]);
    expect(lines(b)).toEqual(lines(a));
  });

  test("Pharo 9 and Pharo 10+ fluid class definitions", () => {
    const r = readFileIn(fixture("pharo-network.st"));
    expect(r.diagnostics).toEqual([]);
    expect(r.units.map(summary)).toEqual([
      "class PharoServer < Object normal pharo iv=listener,clients cv=Instance civ= pools= cat=undefined pkg=Network-Server tag=undefined traits=undefined",
      "class PharoSession < Object normal pharo iv=socket,peer cv=Count civ= pools= cat=undefined pkg=Network-Server tag=undefined traits=undefined",
      "class FluidHandler < Object normal fluid iv=request,response cv=Handlers civ= pools=NetConstants cat=undefined pkg=Network-Server tag=Handlers traits=undefined",
      "class FluidBuffer < Object variableByte fluid iv= cv= civ= pools= cat=undefined pkg=Network-Server tag=undefined traits=undefined",
      "class TFluidLogging < null trait fluid iv= cv= civ= pools= cat=undefined pkg=Network-Server tag=undefined traits=undefined",
      "class-side FluidHandler iv=registry",
      "doit (Smalltalk at: #ServerPort put: 8080)",
      "method PharoServer>>start [running]",
      "method PharoServer>>stop [running]",
      "method PharoServer class>>instance [accessing]",
    ]);
  });

  test("class-definition variants", () => {
    const variants: [string, string][] = [
      [
        "Object variableSubclass: #A instanceVariableNames: '' classVariableNames: '' poolDictionaries: '' category: 'C'!",
        "variable",
      ],
      [
        "Object variableWordSubclass: #A instanceVariableNames: '' classVariableNames: '' poolDictionaries: '' category: 'C'!",
        "variableWord",
      ],
      [
        "Object ephemeronSubclass: #A instanceVariableNames: 'k v' classVariableNames: '' package: 'P'!",
        "ephemeron",
      ],
      [
        "Object immediateSubclass: #A instanceVariableNames: '' classVariableNames: '' poolDictionaries: '' category: 'C'!",
        "immediate",
      ],
      ["Object weakSubclass: #A instanceVariableNames: '' classVariableNames: '' category: 'C'!", "weak"],
      ["Object subclass: #A!", "normal"],
      [
        "nil subclass: #A instanceVariableNames: '' classVariableNames: '' poolDictionaries: '' category: 'C'!",
        "normal",
      ],
      ["Object << #A layout: VariableLayout; package: 'P'!", "variable"],
      ["Object << #A package: 'P'!", "normal"],
    ];
    for (const [source, kind] of variants) {
      const r = readFileIn(source);
      expect(r.diagnostics).toEqual([]);
      expect(r.units[0]).toMatchObject({ kind: "ClassDefinition", name: "A", classKind: kind });
    }
    expect(readFileIn("nil subclass: #A!").units[0]).toMatchObject({ superclass: null });
  });

  test("a definition with a non-literal argument stays a do-it, with a warning", () => {
    const r = readFileIn(
      "Object subclass: name instanceVariableNames: '' classVariableNames: '' category: 'C'!",
    );
    expect(r.units.map((u) => u.kind)).toEqual(["DoIt"]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.column])).toEqual([["ST1104", "warning", 18]]);
  });

  test("ordinary sends are not mistaken for definitions", () => {
    const r = readFileIn("Transcript << 'hi'; cr!\nstream << #foo!\nx subclass: #Y with: 3!");
    expect(r.units.map((u) => u.kind)).toEqual(["DoIt", "DoIt", "DoIt"]);
    expect(r.diagnostics).toEqual([]);
  });

  test("several errors in one file, and the good chunks are still read", () => {
    const source = [
      "!Foo methodsFor: 'a'!",
      "good ^ 1!",
      "bad ^ 1 +!",
      "3 + 4!",
      "alsoGood ^ 2! !",
      "x := .!",
      "Transcript show: 'ok'!",
      "!Foo commentStamp: 'x' prior: 0!",
    ].join("\n");
    const r = readFileIn(source, { fileName: "f.st" });
    expect(r.units.map(summary)).toEqual([
      "method Foo>>good [a]",
      "method Foo>>alsoGood [a]",
      "doit (Transcript show: 'ok')",
    ]);
    expect(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual([
      "3:10 ST1001",
      "4:1 ST1101",
      "6:6 ST1001",
      "8:2 ST1103",
    ]);
  });

  test("!! escapes in method chunks and in comment chunks", () => {
    const r = readFileIn("!A commentStamp: '' prior: 0!\nWow!!!\n\n!A methodsFor: 'x'!\nbang ^ 'hi!!'! !");
    expect(r.units.map(summary)).toEqual(['comment A "Wow!"', "method A>>bang [x]"]);
    const m = r.units[1]!;
    expect(m.kind === "MethodDefinition" && printAst(m.method)).toBe("(method bang (^ 'hi!'))");
  });

  test("Amber-style commentStamp and style chunks", () => {
    const r = readFileIn("!A commentStamp!\nA comment.!\n!A methodsFor: 'x'!\nfoo ^ 1! ]style[(3 1)f1! !");
    expect(r.units.map(summary)).toEqual(['comment A "A comment."', "method A>>foo [x]"]);
    expect(r.diagnostics).toEqual([]);
  });

  test("a file that ends inside a methodsFor: section", () => {
    const r = readFileIn("!A methodsFor: 'x'!\nfoo ^ 1!\nbar ^ 2");
    expect(r.units.map(summary)).toEqual(["method A>>foo [x]", "method A>>bar [x]"]);
  });
});

describe("Tonel", () => {
  test("a class with comment, class-side and extension-style methods", () => {
    const r = readTonel(fixture("NetClient.class.st"));
    expect(r.diagnostics).toEqual([]);
    expect(r.units.map(summary)).toEqual([
      "class NetClient < Object normal tonel iv=socket,host cv=DefaultPort civ=instances pools= cat=Network-Tonel pkg=Network-Tonel tag=Client traits=undefined",
      "method NetClient>>host [accessing]",
      "method NetClient>>host: [accessing]",
      "method NetClient>>tricky [tricky]",
      "method NetClient class>>host: [instance creation]",
      "method NetClient class>>default [undefined]",
      "method NetClient>>, [operators]",
    ]);
    const def = r.units[0]!;
    expect(def.kind === "ClassDefinition" && def.comment).toBe(
      "\nI am a network client in Tonel format.\n\nComments may contain \"doubled quotes\", brackets ] [ and 'quotes'.\n",
    );
    const tricky = r.units[3]!;
    expect(tricky.kind === "MethodDefinition" && printAst(tricky.method)).toBe(
      "(method tricky |a| (a := (Array with: $] with: $' with: $\" with: ']' with: '[')) (a := (a , #($] $[ ']'))) (^ ((block (:x) (block x)) value: a)))",
    );
  });

  test("old-style symbol STON values and #type", () => {
    const r = readTonel(fixture("OldSymbols.class.st"));
    expect(r.units.map(summary)).toEqual([
      "class OldSymbols < Object variable tonel iv=a,b cv= civ= pools= cat=Old-Tonel pkg=undefined tag=undefined traits=undefined",
      "method OldSymbols>>a [accessing]",
    ]);
  });

  test("extensions, traits and packages", () => {
    expect(readTonel(fixture("Object.extension.st")).units.map(summary)).toEqual([
      "extension Object",
      "method Object>>isNetClient [*Network-Tonel]",
      "method Object class>>netDefault [*Network-Tonel]",
    ]);
    expect(readTonel(fixture("TNetLogging.trait.st")).units.map(summary)).toEqual([
      "class TNetLogging < null trait tonel iv= cv= civ= pools= cat=Network-Tonel pkg=undefined tag=undefined traits=undefined",
      "method TNetLogging>>log: [logging]",
    ]);
    expect(readTonel(fixture("package.st")).units.map(summary)).toEqual(["package Network-Tonel"]);
  });

  test("bracket matching skips strings, comments and character literals", () => {
    const source = [
      "Class { #name : 'A', #superclass : 'Object' }",
      "A >> a [ ^ $] ]",
      "A >> b [ ^ ']' ]",
      'A >> c [ "]" ^ 1 ]',
      "A >> d [ ^ $' ]",
      'A >> e [ ^ $" ]',
      "A >> f [ ^ #($] ']' $[) ]",
      "A >> g [ ^ [[]] ]",
    ].join("\n");
    const r = readTonel(source);
    expect(r.diagnostics).toEqual([]);
    expect(r.units.slice(1).map((u) => u.kind === "MethodDefinition" && printAst(u.method))).toEqual([
      "(method a (^ $]))",
      "(method b (^ ']'))",
      "(method c (^ 1))",
      "(method d (^ $'))",
      '(method e (^ $"))',
      "(method f (^ #($] ']' $[)))",
      "(method g (^ (block (block))))",
    ]);
  });

  test("errors: unbalanced brackets, bad header, bad method lines; good methods still read", () => {
    const source = [
      "Class { #name : 'A', #superclass : 'Object' }",
      "A >> good [ ^ 1 ]",
      "this is not a method",
      "A >> bad [ ^ 1 + ]",
      "A >> alsoGood [ ^ 2 ]",
      "A >> open [ ^ [ 1 ",
    ].join("\n");
    const r = readTonel(source, { fileName: "A.class.st" });
    expect(r.units.map(summary).slice(1)).toEqual([
      "method A>>good [undefined]",
      "method A>>alsoGood [undefined]",
    ]);
    expect(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual([
      "3:1 ST1203",
      "4:18 ST1001",
      "6:11 ST1201",
    ]);
    expect(readTonel("Class { #name : 'A', #superclass }").diagnostics.map((d) => d.code)).toEqual([
      "ST1202",
    ]);
    expect(readTonel("Class { #superclass : 'Object' }").diagnostics.map((d) => d.code)).toEqual(["ST1202"]);
    expect(readTonel("Foo { #name : 'A' }").diagnostics.map((d) => d.code)).toEqual(["ST1204"]);
    expect(readTonel('"unterminated').diagnostics.map((d) => d.code)).toEqual(["ST1003"]);
    expect(readTonel("Class { #name : 'A' }\nA >> s [ ^ 'x ]").diagnostics.map((d) => d.code)).toEqual([
      "ST1002",
    ]);
  });
});

describe("form detection", () => {
  test.each([
    ["Class { #name : 'A' }", "tonel"],
    ["\"comment\"\nTrait { #name : 'T' }", "tonel"],
    ["  Extension {#name : 'Object'}", "tonel"],
    ["Package { #name : 'P' }", "tonel"],
    ["Object subclass: #A!", "fileIn"],
    ["!A methodsFor: 'x'!\nfoo! !", "fileIn"],
    ["x := 'a!b'. y := $!. \"!\" z", "doIt"],
    ["Transcript show: 'hi'", "doIt"],
    ["Class := 3", "doIt"],
    ["", "doIt"],
  ])("%j is %s", (source, form) => {
    expect(detectSourceForm(source)).toBe(form);
    expect(readSmalltalkSource(source).form).toBe(form);
  });

  test("every fixture is read without diagnostics in its own form", () => {
    const forms: Record<string, string> = {
      "squeak-network.st": "fileIn",
      "pharo-network.st": "fileIn",
      "workspace.st": "doIt",
      "NetClient.class.st": "tonel",
      "OldSymbols.class.st": "tonel",
      "Object.extension.st": "tonel",
      "TNetLogging.trait.st": "tonel",
      "package.st": "tonel",
    };
    for (const [name, form] of Object.entries(forms)) {
      const r = readSmalltalkSource(fixture(name), { fileName: name });
      expect([name, r.form, r.diagnostics]).toEqual([name, form, []]);
      expect(r.units.length).toBeGreaterThan(0);
      // The fast path and the Ohm grammar read every fixture identically.
      expect(canonical(readSmalltalkSource(fixture(name), { fileName: name, engine: "ohm" }))).toBe(
        canonical(r),
      );
    }
  });
});
