/**
 * The imports a generated module needs, collected while emitting it.
 *
 * @module
 */

/** The module every generated file imports as `rt`. */
export const RUNTIME_MODULE = "@smalltalk-sockets/runtime";

/** Collects named imports per module; the runtime is always imported as the namespace `rt`. */
export class Imports {
  readonly #modules = new Map<string, Map<string, { local: string; valueUsed: boolean }>>();
  readonly #locals = new Set<string>(["rt"]);

  /**
   * The local name of `exportName` from `module`, recording the import. `asValue` false records a
   * type-only use (it becomes `import type` unless the name is also used as a value).
   */
  use(module: string, exportName: string, asValue = true): string {
    if (module === RUNTIME_MODULE) return `rt.${exportName}`;
    let names = this.#modules.get(module);
    if (names === undefined) {
      names = new Map();
      this.#modules.set(module, names);
    }
    const known = names.get(exportName);
    if (known !== undefined) {
      known.valueUsed ||= asValue;
      return known.local;
    }
    let local = exportName;
    while (this.#locals.has(local)) local = `${local}$`;
    this.#locals.add(local);
    names.set(exportName, { local, valueUsed: asValue });
    return local;
  }

  /** Whether `name` is taken by an import (variables must then be renamed). */
  has(name: string): boolean {
    return this.#locals.has(name);
  }

  /**
   * The import declarations, sorted by module and name (deterministic); type-only ones only in
   * TypeScript. `specifier` rewrites module names (`st2ts run` imports absolute URLs).
   */
  declarations(typescript = true, specifier: (module: string) => string = (module) => module): string[] {
    const lines = [`import * as rt from ${JSON.stringify(specifier(RUNTIME_MODULE))};`];
    for (const module of [...this.#modules.keys()].sort()) {
      const names = [...this.#modules.get(module)!.entries()].sort(([a], [b]) =>
        a < b ? -1 : a > b ? 1 : 0,
      );
      const values = names
        .filter(([, use]) => use.valueUsed)
        .map(([name, use]) => (name === use.local ? name : `${name} as ${use.local}`));
      const types = names
        .filter(([, use]) => !use.valueUsed)
        .map(([name, use]) => (name === use.local ? name : `${name} as ${use.local}`));
      const from = JSON.stringify(specifier(module));
      if (values.length > 0) lines.push(`import { ${values.join(", ")} } from ${from};`);
      if (types.length > 0 && typescript) lines.push(`import type { ${types.join(", ")} } from ${from};`);
    }
    return lines;
  }
}
