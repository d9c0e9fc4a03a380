import { describe, expect, it } from "vitest";
import {
  Exception,
  IdentityDictionary,
  isPharo,
  OrderedCollection,
  onDo,
  printString,
  Smalltalk,
  SmalltalkImage,
  StError,
  SystemDictionary,
  send,
  symbol,
} from "../src/index.js";

/** The description (`KeyNotFound: ...`) of the Smalltalk exception `body` signals unhandled. */
function failure(body: () => unknown): string {
  try {
    body();
  } catch (thrown) {
    if (thrown instanceof Exception)
      return `${(thrown.constructor as unknown as { $stName: string }).$stName}: ${thrown.messageText()}`;
    throw thrown;
  }
  throw new Error("no exception was signalled");
}

describe("the global Smalltalk", () => {
  it("is a SmalltalkImage whose globals are a SystemDictionary (an IdentityDictionary)", () => {
    expect(Smalltalk).toBeInstanceOf(SmalltalkImage);
    expect(printString(send(Smalltalk, "class"))).toBe("SmalltalkImage");
    expect(send(Smalltalk, "globals")).toBeInstanceOf(SystemDictionary);
    expect(Smalltalk.globals()).toBeInstanceOf(IdentityDictionary);
  });

  it("at:put: stores a global that at:, at:ifAbsent: and includesKey: find, by Symbol", () => {
    const key = symbol("ExamplePortForTest");
    expect(send(Smalltalk, "includesKey:", key)).toBe(false);
    expect(send(Smalltalk, "at:ifAbsent:", key, () => "absent")).toBe("absent");
    expect(send(Smalltalk, "at:put:", key, 8080)).toBe(8080);
    expect(send(Smalltalk, "at:", key)).toBe(8080);
    expect(send(Smalltalk, "at:ifAbsent:", key, () => "absent")).toBe(8080);
    expect(send(Smalltalk, "includesKey:", key)).toBe(true);
    expect(send(Smalltalk.globals(), "at:", key)).toBe(8080);
  });

  it("keys are told apart by identity: a String is not the Symbol of the same name", () => {
    send(Smalltalk, "at:put:", symbol("ExampleIdentityKey"), 1);
    expect(send(Smalltalk, "includesKey:", "ExampleIdentityKey")).toBe(false);
  });

  it("every class is a global: at: #OrderedCollection answers the class", () => {
    expect(send(Smalltalk, "at:", symbol("OrderedCollection"))).toBe(OrderedCollection);
    expect(send(Smalltalk, "includesKey:", symbol("SystemDictionary"))).toBe(true);
  });

  it("at: an unknown name signals KeyNotFound", () => {
    expect(failure(() => send(Smalltalk, "at:", symbol("NoSuchGlobalHere")))).toBe(
      "KeyNotFound: Key not found: NoSuchGlobalHere",
    );
  });
});

describe("Smalltalk dialect", () => {
  it("answers the dialect in force and selects another (design rule 5)", () => {
    expect(printString(send(Smalltalk, "dialect"))).toBe("#squeak");
    try {
      send(Smalltalk, "dialect:", symbol("pharo"));
      expect(isPharo()).toBe(true);
      expect(printString(send(Smalltalk, "dialect"))).toBe("#pharo");
    } finally {
      send(Smalltalk, "dialect:", symbol("squeak"));
    }
    expect(isPharo()).toBe(false);
  });

  it("refuses an unknown dialect", () => {
    const value = onDo(
      () => send(Smalltalk, "dialect:", symbol("gnu")),
      StError,
      (ex: StError) => ex.messageText(),
    );
    expect(value).toBe("Unknown dialect: gnu (use #squeak or #pharo)");
  });
});
