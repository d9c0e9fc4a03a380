import { onDo, type SmalltalkClass, StError, setDialect, superclassOf } from "@smalltalk-sockets/runtime";
import { afterEach, describe, expect, it } from "vitest";
import {
  ConnectionClosed,
  ConnectionRefused,
  ConnectionTimedOut,
  InvalidSocketStatusException,
  NameLookupFailure,
  NetworkError,
  NoBroadcastAllowed,
  NoNetworkError,
  SocketError,
  SocketPrimitiveFailed,
} from "../src/index.js";

afterEach(() => setDialect("squeak"));

function superclassNames(cls: SmalltalkClass): string[] {
  const names: string[] = [];
  for (let c = superclassOf(cls); c !== null; c = superclassOf(c)) names.push(c.$stName);
  return names;
}

describe("the NetworkError hierarchy (reference section 4)", () => {
  const hierarchy: [SmalltalkClass, string[]][] = [
    [NetworkError, ["Error", "Exception", "Object"]],
    [ConnectionClosed, ["NetworkError", "Error", "Exception", "Object"]],
    [ConnectionRefused, ["NetworkError", "Error", "Exception", "Object"]],
    [ConnectionTimedOut, ["NetworkError", "Error", "Exception", "Object"]],
    [NameLookupFailure, ["NetworkError", "Error", "Exception", "Object"]],
    [NoNetworkError, ["NetworkError", "Error", "Exception", "Object"]],
    [SocketPrimitiveFailed, ["NetworkError", "Error", "Exception", "Object"]],
    [NoBroadcastAllowed, ["SocketPrimitiveFailed", "NetworkError", "Error", "Exception", "Object"]],
    [InvalidSocketStatusException, ["Error", "Exception", "Object"]],
    [SocketError, ["Error", "Exception", "Object"]],
  ];
  it.each(hierarchy.map(([cls, expected]) => [cls.$stName, cls, expected] as const))(
    "%s has the superclasses %j",
    (_name, cls, expected) => {
      expect(superclassNames(cls)).toEqual(expected);
    },
  );

  it("are Errors: not resumable", () => {
    for (const cls of [
      NetworkError,
      ConnectionClosed,
      NoBroadcastAllowed,
      InvalidSocketStatusException,
      SocketError,
    ]) {
      expect(new cls().isResumable()).toBe(false);
    }
  });

  it("a handler for NetworkError catches ConnectionClosed, but not InvalidSocketStatusException", async () => {
    expect(
      await onDo(
        () => new ConnectionClosed("gone").signal(),
        NetworkError,
        (ex: NetworkError) => ex.messageText(),
      ),
    ).toBe("gone");
    const escaping = () =>
      onDo(
        () => new InvalidSocketStatusException("bad").signal(),
        NetworkError,
        () => "caught",
      );
    expect(escaping).toThrow(InvalidSocketStatusException);
  });

  it("without a text, Squeak's messageText is the class name and Pharo's is empty", () => {
    expect(new ConnectionTimedOut().messageText()).toBe("ConnectionTimedOut");
    setDialect("pharo");
    expect(new ConnectionTimedOut().messageText()).toBe("");
    expect(new ConnectionTimedOut("Data receive timed out.").description()).toBe(
      "ConnectionTimedOut: Data receive timed out.",
    );
  });
});

describe("ConnectionRefused", () => {
  it("carries host and port (host:port:, class and instance side)", () => {
    const refused = ConnectionRefused.hostPort("example", 80);
    expect([refused.host(), refused.port()]).toEqual(["example", 80]);
    expect(new ConnectionRefused().hostPort(Uint8Array.of(127, 0, 0, 1), 7).port()).toBe(7);
    expect(new ConnectionRefused().host()).toBeNull();
  });
});

describe("NameLookupFailure", () => {
  it("carries the host name (hostName:, class and instance side)", () => {
    expect(NameLookupFailure.hostName("nowhere").hostName()).toBe("nowhere");
    expect(new NameLookupFailure().hostName$("x").hostName()).toBe("x");
  });

  it("under Pharo defaults its text to 'cannot resolve ''name'''", () => {
    setDialect("pharo");
    const failure = NameLookupFailure.hostName("no'where");
    expect(failure.messageText()).toBe("cannot resolve 'no''where'");
    expect(failure.description()).toBe("NameLookupFailure: cannot resolve 'no''where'");
    expect(NameLookupFailure.hostName("x").messageText$("given").messageText()).toBe("given");
  });

  it("under Squeak has no text of its own, and unhandled answers nil (the menu's Give Up)", async () => {
    const failure = NameLookupFailure.hostName("nowhere");
    expect(failure.messageText()).toBe("NameLookupFailure");
    expect(failure.standardMessageText()).toBe("cannot resolve 'nowhere'");
    expect(failure.defaultAction()).toBeNull();
    expect(await NameLookupFailure.hostName("nowhere").signal()).toBeNull();
  });

  it("under Pharo unhandled is an unhandled Error (signalFor:)", () => {
    setDialect("pharo");
    expect(() => NameLookupFailure.signalFor("nowhere")).toThrow(/cannot resolve 'nowhere'/);
  });

  it("is caught as a NetworkError and as an Error", async () => {
    const text = await onDo(
      () => NameLookupFailure.hostName("h").signal$("Could not resolve the server named: h"),
      StError,
      (ex: NameLookupFailure) => ex.messageText(),
    );
    expect(text).toBe("Could not resolve the server named: h");
  });
});
