// Builds st2ts's type catalogue (src/catalogue/catalogue.json) from the runtime packages:
// their built `.d.ts` (read with ts-morph: selectors from `@selector` TSDoc tags, parameter
// and return types, which methods answer Promises) and their built modules (Smalltalk class
// names, superclasses and global objects, read by reflection). Run by
// `pnpm generate:catalogue`; test/catalogue.test.ts fails when the committed file is stale.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Node, Project } from "ts-morph";

/** The runtime packages, in dependency order. */
export const CATALOGUED_PACKAGES = [
  "@smalltalk-sockets/runtime",
  "@smalltalk-sockets/process",
  "@smalltalk-sockets/transcript",
  "@smalltalk-sockets/resolver",
  "@smalltalk-sockets/socket-core",
  "@smalltalk-sockets/sunit",
];

const require = createRequire(import.meta.url);

function packageDir(name) {
  return dirname(require.resolve(`${name}/package.json`));
}

/**
 * Whether a member's TSDoc has the `@suspends` tag: it may suspend on its own (it waits, or lets
 * a waiter in), not only through the blocks it is given.
 */
function suspendsOnItsOwn(member) {
  return member.getJsDocs().some((doc) => doc.getTags().some((tag) => tag.getTagName() === "suspends"));
}

/** The selector named by a member's `@selector` TSDoc tag, or undefined. */
function selectorTag(member) {
  for (const doc of member.getJsDocs()) {
    for (const tag of doc.getTags()) {
      if (tag.getTagName() !== "selector") continue;
      const text = tag.getCommentText()?.trim() ?? "";
      const selector = text.split(/\s+/)[0];
      if (selector) return selector;
    }
  }
  return undefined;
}

const UNKNOWN = { kind: "unknown" };

function union(members) {
  const flat = [];
  for (const member of members) {
    for (const each of member.kind === "union" ? member.members : [member]) {
      if (!flat.some((known) => JSON.stringify(known) === JSON.stringify(each))) flat.push(each);
    }
  }
  if (flat.some((member) => member.kind === "unknown")) return UNKNOWN;
  return flat.length === 1 ? flat[0] : { kind: "union", members: flat };
}

/** Converts a TypeScript type into a catalogue TypeRef; `classNames` maps TS class names to Smalltalk names. */
function typeRef(type, classNames, seen = new Set()) {
  if (type.isAny() || type.isUnknown() || type.isTypeParameter()) return UNKNOWN;
  if (type.isVoid()) return { kind: "void" };
  if (type.isNull() || type.isUndefined()) return { kind: "nil" };
  if (type.isBoolean() || type.isBooleanLiteral()) return { kind: "boolean" };
  if (type.isNumber() || type.isNumberLiteral()) return { kind: "number" };
  if (type.isBigInt() || type.isBigIntLiteral()) return { kind: "bigint" };
  if (type.isString() || type.isStringLiteral() || type.isTemplateLiteral()) return { kind: "string" };
  if (type.isUnion()) {
    const members = type.getUnionTypes();
    return union(members.map((member) => typeRef(member, classNames, seen)));
  }
  if (type.isArray() || type.isReadonlyArray?.()) return { kind: "array" };
  const symbol = type.getSymbol() ?? type.getAliasSymbol();
  const name = symbol?.getName();
  if (name === "Uint8Array" || name === "Buffer") return { kind: "bytes" };
  if (name === "Promise") return UNKNOWN;
  if (type.getConstructSignatures().length > 0 && name !== undefined) {
    const className = classNames.get(name);
    return className === undefined ? UNKNOWN : { kind: "class", className };
  }
  if (type.getCallSignatures().length > 0) return { kind: "block" };
  if (name !== undefined && classNames.has(name))
    return { kind: "instance", className: classNames.get(name) };
  return UNKNOWN;
}

/**
 * The answer type and suspension of a signature's return type. `MaybePromise<T>` is recognised
 * by name, because TypeScript folds `unknown | Promise<unknown>` into `unknown`.
 */
function returnInfo(type, classNames, hasBlockParameter, declaredText) {
  if (/^MaybePromise</.test(declaredText ?? "")) {
    const [argument] = type.getAliasTypeArguments?.() ?? [];
    const inner =
      argument === undefined ? UNKNOWN : returnInfo(argument, classNames, hasBlockParameter).returns;
    return { returns: inner, suspends: hasBlockParameter ? "blocks" : "maybe" };
  }
  const members = type.isUnion() ? type.getUnionTypes() : [type];
  const promises = members.filter((member) => member.getSymbol()?.getName() === "Promise");
  const plain = members.filter((member) => member.getSymbol()?.getName() !== "Promise");
  const awaited = [
    ...plain.map((member) => typeRef(member, classNames)),
    ...promises.map((promise) => {
      const [argument] = promise.getTypeArguments();
      return argument === undefined ? UNKNOWN : typeRef(argument, classNames);
    }),
  ];
  let suspends = "never";
  if (promises.length > 0) suspends = plain.length === 0 ? "always" : hasBlockParameter ? "blocks" : "maybe";
  const returns = awaited.length === 0 ? { kind: "void" } : union(awaited);
  return {
    returns: returns.kind === "void" && promises.length > 0 && plain.length === 0 ? { kind: "nil" } : returns,
    suspends,
  };
}

function methodEntry(member, selector, classNames, owner) {
  const signature = member.getSignature?.() ?? member.getType().getCallSignatures()[0];
  const parameters = member.getParameters().filter((parameter) => parameter.getName() !== "this");
  const params = parameters.map((parameter) => {
    const type = parameter.getType();
    return type.isThisType?.() ? { kind: "instance", className: owner } : typeRef(type, classNames);
  });
  const hasBlockParameter = params.some((param) => param.kind === "block");
  const returnType = signature.getReturnType();
  const info = returnType.isThisType?.()
    ? { returns: { kind: "instance", className: owner }, suspends: "never" }
    : returnInfo(returnType, classNames, hasBlockParameter, member.getReturnTypeNode?.()?.getText());
  const suspends = info.suspends === "blocks" && suspendsOnItsOwn(member) ? "maybe" : info.suspends;
  return { selector, name: member.getName(), params, returns: info.returns, suspends };
}

/**
 * The names a class declaration takes on one side besides its selector methods (fields,
 * internal `$` members, accessors, untagged methods), sorted.
 */
function reservedNames(declaration, statics) {
  const names = new Set();
  for (const member of declaration?.getMembers() ?? []) {
    if (Node.isConstructorDeclaration(member) || Node.isClassStaticBlockDeclaration(member)) continue;
    if (Node.isMethodDeclaration(member) && selectorTag(member) !== undefined) continue;
    if ((member.isStatic?.() ?? false) !== statics) continue;
    const name = member.getName?.();
    if (typeof name === "string" && !name.startsWith("#")) names.add(name);
  }
  return [...names].sort();
}

function sortedRecord(entries) {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Builds the catalogue object (deterministic: every table sorted by key). */
export async function buildCatalogue(packageNames = CATALOGUED_PACKAGES) {
  const runtime = await import(
    pathToFileURL(join(packageDir("@smalltalk-sockets/runtime"), "dist/index.js")).href
  );
  const project = new Project({
    skipAddingFilesFromTsConfig: true,
    compilerOptions: { strict: true, skipLibCheck: true },
  });
  const packages = {};
  const classes = [];
  const globals = [];
  const reflected = [];
  for (const packageName of packageNames) {
    const dir = packageDir(packageName);
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    packages[packageName] = manifest.version;
    const module = await import(pathToFileURL(join(dir, "dist/index.js")).href);
    const sourceFile = project.addSourceFileAtPath(join(dir, "dist/index.d.ts"));
    reflected.push({ packageName, module, sourceFile });
  }
  const classNames = new Map();
  for (const { module } of reflected) {
    for (const [exportName, value] of Object.entries(module)) {
      if (runtime.isSmalltalkClass(value)) classNames.set(exportName, value.$stName);
    }
  }
  for (const { packageName, module, sourceFile } of reflected) {
    const declarations = sourceFile.getExportedDeclarations();
    for (const [exportName, value] of Object.entries(module)) {
      if (runtime.isSmalltalkClass(value)) {
        const declaration = declarations.get(exportName)?.find((node) => Node.isClassDeclaration(node));
        const instance = [];
        const classSide = [];
        for (const member of declaration?.getMethods() ?? []) {
          const selector = selectorTag(member);
          if (selector === undefined) continue;
          const entry = methodEntry(member, selector, classNames, value.$stName);
          (member.isStatic() ? classSide : instance).push([selector, entry]);
        }
        const superclass = runtime.superclassOf(value);
        const reserved = reservedNames(declaration, false);
        const reservedStatic = reservedNames(declaration, true);
        classes.push([
          value.$stName,
          {
            name: value.$stName,
            module: packageName,
            exportName,
            superclass: superclass?.$stName ?? null,
            ...(superclass !== null && Object.getPrototypeOf(value) !== superclass ? { detached: true } : {}),
            ...(reserved.length > 0 ? { reserved } : {}),
            ...(reservedStatic.length > 0 ? { reservedStatic } : {}),
            typeParameters:
              declaration?.getTypeParameters().filter((parameter) => parameter.getDefault() === undefined)
                .length ?? 0,
            instance: sortedRecord(instance),
            classSide: sortedRecord(classSide),
          },
        ]);
      } else if (value instanceof runtime.StObject && /^[A-Z]/.test(exportName)) {
        const cls = runtime.classOf(value);
        if (cls.$stName !== "JavaScriptObject") {
          globals.push([
            exportName,
            { name: exportName, module: packageName, exportName, className: cls.$stName },
          ]);
        }
      }
    }
  }
  return {
    packages: sortedRecord(Object.entries(packages)),
    classes: sortedRecord(classes),
    globals: sortedRecord(globals),
  };
}

/** The catalogue as the JSON text committed in src/catalogue/catalogue.json. */
export async function catalogueJson(packageNames) {
  return `${JSON.stringify(await buildCatalogue(packageNames), null, 1)}\n`;
}
