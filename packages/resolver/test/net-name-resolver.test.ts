import { hostname } from "node:os";
import { forkAt, Processor, runProcess } from "@smalltalk-sockets/process";
import { onDo, printString, send, setDialect } from "@smalltalk-sockets/runtime";
import { afterEach, describe, expect, it } from "vitest";
import {
  type NameLookup,
  NameLookupFailure,
  NetNameResolver,
  type ResolvedAddress,
  SocketAddress,
  setNameLookup,
  systemNameLookup,
} from "../src/index.js";

afterEach(() => {
  setDialect("squeak");
  setNameLookup(systemNameLookup);
  NetNameResolver.resolveLocalHostName$(false);
});

/** A resolver that knows only `names` (name -> addresses) and `reverse` (address -> name), after `delayMs`. */
function fakeLookup(
  names: Record<string, ResolvedAddress[]>,
  reverse: Record<string, string> = {},
  delayMs = 0,
): NameLookup & { readonly asked: string[] } {
  const asked: string[] = [];
  const later = <T>(value: () => T) =>
    new Promise<T>((resolve, reject) =>
      setTimeout(() => {
        try {
          resolve(value());
        } catch (error) {
          reject(error);
        }
      }, delayMs),
    );
  return {
    asked,
    addressesOf(hostName, family) {
      asked.push(hostName);
      return later(() => (names[hostName] ?? []).filter((each) => family === 0 || each.family === family));
    },
    nameOf(address) {
      asked.push(address);
      return later(() => {
        const name = reverse[address];
        if (name === undefined) throw Object.assign(new Error("not found"), { code: "ENOTFOUND" });
        return name;
      });
    },
  };
}

/** A resolver whose answers never come. */
const silentLookup: NameLookup = {
  addressesOf: () => new Promise(() => {}),
  nameOf: () => new Promise(() => {}),
};

const v4 = (address: string): ResolvedAddress => ({ address, family: 4 });
const v6 = (address: string): ResolvedAddress => ({ address, family: 6 });

describe("NetNameResolver: the network and the local host", () => {
  it("initializeNetwork answers true once the resolver is ready; resolverStatus is then 1", () => {
    NetNameResolver.initializeNetwork();
    expect(NetNameResolver.initializeNetwork()).toBe(true);
    expect(NetNameResolver.resolverStatus()).toBe(1);
    setDialect("pharo");
    expect(NetNameResolver.initializeNetwork()).toBe(true);
  });

  it("localHostName is the host name", () => {
    expect(NetNameResolver.localHostName()).toBe(hostname());
  });

  it("localHostAddress is the loopback address by default, in both dialects", async () => {
    setNameLookup(silentLookup);
    expect((await NetNameResolver.localHostAddress())?.eq(SocketAddress.loopback4())).toBe(true);
    expect(await NetNameResolver.localAddressString()).toBe("127.0.0.1");
    setDialect("pharo");
    expect(printString(await NetNameResolver.localHostAddress())).toBe("127.0.0.1");
    expect(await NetNameResolver.localAddressString()).toBe("127.0.0.1");
  });

  it("resolveLocalHostName: true makes Squeak look the host name up (nil when it does not resolve)", async () => {
    NetNameResolver.resolveLocalHostName$(true);
    expect(NetNameResolver.resolveLocalHostName()).toBe(true);
    const lookup = fakeLookup({ [hostname()]: [v4("127.0.1.1")] });
    setNameLookup(lookup);
    expect((await NetNameResolver.localHostAddress())?.hostNumber()).toBe("127.0.1.1");
    expect(lookup.asked).toEqual([hostname()]);
    setNameLookup(fakeLookup({}));
    expect(await NetNameResolver.localHostAddress()).toBeNull();
  });

  it("resolveLocalHostName: true makes Pharo answer an IPv4 interface address (127.0.0.1 when none)", async () => {
    setDialect("pharo");
    NetNameResolver.resolveLocalHostName$(true);
    const address = await NetNameResolver.localHostAddress();
    expect(address?.family()).toBe(4);
  });

  it("loopBackName is 'localhost' and loopBackAddress its address", async () => {
    expect(NetNameResolver.loopBackName()).toBe("localhost");
    expect((await NetNameResolver.loopBackAddress())?.hostNumber()).toBe("127.0.0.1");
  });
});

describe("NetNameResolver: address text", () => {
  it("addressFromString: parses without looking anything up; a host name answers nil", () => {
    setNameLookup(silentLookup);
    expect(NetNameResolver.addressFromString("1,2,3,4")).toEqual(Uint8Array.of(1, 2, 3, 4));
    expect(NetNameResolver.addressFromString(hostname())).toBeNull();
    expect(NetNameResolver.addressFromString("localhost")).toBeNull();
    expect(NetNameResolver.addressFromString("::1")).toHaveLength(16);
  });

  it("addressFromIPv6String: and stringFromIPv6Address: (Pharo's NetworkIPv6StringTest)", () => {
    const bytes = Uint8Array.of(32, 1, 13, 184, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1);
    expect(NetNameResolver.addressFromIPv6String("2001:db8::1:0:0:1")).toEqual(bytes);
    expect(NetNameResolver.stringFromIPv6Address(bytes)).toBe("2001:db8::1:0:0:1");
    expect(NetNameResolver.stringFromIPv6Address(new Uint8Array(16))).toBe("::");
  });

  it("stringFromAddress: writes a SocketAddress, four bytes or sixteen bytes", () => {
    expect(NetNameResolver.stringFromAddress(SocketAddress.loopback4().port$(99))).toBe("127.0.0.1");
    expect(NetNameResolver.stringFromAddress(Uint8Array.of(10, 0, 0, 7))).toBe("10.0.0.7");
    expect(NetNameResolver.stringFromAddress(SocketAddress.loopback6().asByteArray())).toBe("::1");
  });
});

describe("NetNameResolver: lookups", () => {
  it("addressForName: answers the first address, port 0 (localhost, a literal)", async () => {
    const localhost = await NetNameResolver.addressForName("localhost");
    expect([localhost?.hostNumber(), localhost?.port()]).toEqual(["127.0.0.1", 0]);
    expect((await NetNameResolver.addressForName("127.0.0.1"))?.hostNumber()).toBe("127.0.0.1");
    expect((await NetNameResolver.addressForName("::1"))?.hostNumber()).toBe("::1");
  });

  it("addressForName: takes any family under Squeak, in the resolver's order", async () => {
    setNameLookup(fakeLookup({ both: [v6("::1"), v4("127.0.0.1")] }));
    expect((await NetNameResolver.addressForName("both"))?.hostNumber()).toBe("::1");
  });

  it("a name that does not resolve: Squeak answers nil, resolverStatus 3", async () => {
    setNameLookup(fakeLookup({}));
    expect(await NetNameResolver.addressForName("nowhere")).toBeNull();
    expect(await NetNameResolver.addressForNameTimeout("nowhere", 5)).toBeNull();
    expect([NetNameResolver.resolverStatus(), NetNameResolver.resolverError()]).toEqual([3, 1]);
    setNameLookup(fakeLookup({ somewhere: [v4("127.0.0.2")] }));
    await NetNameResolver.addressForName("somewhere");
    expect([NetNameResolver.resolverStatus(), NetNameResolver.resolverError()]).toEqual([1, 0]);
  });

  it("a name that does not resolve: Pharo signals NameLookupFailure 'cannot resolve ''nowhere'''", async () => {
    setDialect("pharo");
    setNameLookup(fakeLookup({}));
    const caught = await onDo(
      async () => await NetNameResolver.addressForName("nowhere"),
      NameLookupFailure,
      (ex: NameLookupFailure) => [ex.messageText(), ex.hostName()],
    );
    expect(caught).toEqual(["cannot resolve 'nowhere'", "nowhere"]);
  });

  it("Pharo takes IPv4 answers only, and answers a numeric address without a lookup", async () => {
    setDialect("pharo");
    const lookup = fakeLookup({ both: [v6("::1"), v4("127.0.0.3")] });
    setNameLookup(lookup);
    expect((await NetNameResolver.addressForName("both"))?.hostNumber()).toBe("127.0.0.3");
    expect((await NetNameResolver.addressForNameTimeout("10.0.0.1", 1))?.hostNumber()).toBe("10.0.0.1");
    expect(lookup.asked).toEqual(["both"]);
  });

  it("Pharo's timeout gives up with NameLookupFailure; Squeak's is not used", async () => {
    setDialect("pharo");
    setNameLookup(silentLookup);
    const started = Date.now();
    const caught = await onDo(
      async () => await NetNameResolver.addressForNameTimeout("slow", 0.05),
      NameLookupFailure,
      () => "gave up",
    );
    expect(caught).toBe("gave up");
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    setDialect("squeak");
    setNameLookup(fakeLookup({ slow: [v4("127.0.0.4")] }, {}, 80));
    expect((await NetNameResolver.addressForNameTimeout("slow", 0.01))?.hostNumber()).toBe("127.0.0.4");
  });

  it("addressesForName: answers an OrderedCollection of SocketAddressInformation", async () => {
    setNameLookup(fakeLookup({ both: [v4("127.0.0.1"), v6("::1")] }));
    const infos = (await NetNameResolver.addressesForName("both")) as { asArray(): unknown[] };
    expect(printString(infos)).toBe(
      "an OrderedCollection(127.0.0.1(localhost),0(0)-inet4-stream-tcp ::1(::1),0(0)-inet6-stream-tcp)",
    );
    setNameLookup(fakeLookup({}));
    expect(send(await NetNameResolver.addressesForName("nowhere"), "isEmpty")).toBe(true);
  });

  it("nameForAddress:timeout: answers the name, or nil when unknown or too slow", async () => {
    expect(await NetNameResolver.nameForAddressTimeout(SocketAddress.loopback4(), 5)).toBe("localhost");
    setNameLookup(fakeLookup({}, { "127.0.0.9": "nine" }));
    expect(await NetNameResolver.nameForAddressTimeout(Uint8Array.of(127, 0, 0, 9), 5)).toBe("nine");
    expect(await NetNameResolver.nameForAddress(Uint8Array.of(127, 0, 0, 8))).toBeNull();
    setNameLookup(silentLookup);
    expect(await NetNameResolver.nameForAddressTimeout(Uint8Array.of(127, 0, 0, 9), 0.02)).toBeNull();
  });

  it("a lookup parks only the asking process: lower-priority processes run meanwhile", async () => {
    setNameLookup(fakeLookup({ slow: [v4("127.0.0.5")] }, {}, 30));
    const log: string[] = [];
    await runProcess(async () => {
      await forkAt(() => {
        log.push("background ran");
      }, Processor.userBackgroundPriority());
      log.push("lookup starts");
      const address = await NetNameResolver.addressForName("slow");
      log.push(`lookup answered ${address?.hostNumber()}`);
    });
    expect(log).toEqual(["lookup starts", "background ran", "lookup answered 127.0.0.5"]);
  });

  it("terminate releases a process waiting for a lookup", async () => {
    setNameLookup(silentLookup);
    const log: string[] = [];
    await runProcess(async () => {
      const waiter = await forkAt(async () => {
        try {
          await NetNameResolver.addressForName("never");
          log.push("answered");
        } finally {
          log.push("unwound");
        }
      }, Processor.userInterruptPriority());
      await waiter.terminate();
      log.push(`terminated: ${waiter.isTerminated()}`);
    });
    expect(log).toEqual(["unwound", "terminated: true"]);
  });
});
