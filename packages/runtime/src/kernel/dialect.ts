/** The two dialects whose behaviour the runtime reproduces (design rule 5). */
export type Dialect = "squeak" | "pharo";

let current: Dialect = "squeak";

/** The dialect in force (`Smalltalk dialect`): Squeak 6 by default. */
export function dialect(): Dialect {
  return current;
}

/** Selects the dialect whose behaviour the runtime reproduces (`Smalltalk dialect: #pharo`). */
export function setDialect(value: Dialect): void {
  current = value;
}

/** Whether Pharo's behaviour is in force. */
export function isPharo(): boolean {
  return current === "pharo";
}
