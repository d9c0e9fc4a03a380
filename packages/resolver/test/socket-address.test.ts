import { onDo, printString, StError, send, setDialect } from "@smalltalk-sockets/runtime";
import { afterEach, describe, expect, it } from "vitest";
import { SocketAddress, SocketAddressInformation } from "../src/index.js";

afterEach(() => setDialect("squeak"));

const dotted = (text: string) => SocketAddress.fromDottedString(text);

function failureText(body: () => unknown): unknown {
  return onDo(body, StError, (ex: StError) => ex.messageText());
}

describe("SocketAddress", () => {
  it("has the loopback and wildcard addresses of both families, port 0", () => {
    expect(SocketAddress.loopback4().hostNumber()).toBe("127.0.0.1");
    expect(SocketAddress.loopback6().hostNumber()).toBe("::1");
    expect(SocketAddress.wildcard4().hostNumber()).toBe("0.0.0.0");
    expect(SocketAddress.wildcard6().hostNumber()).toBe("::");
    expect(SocketAddress.zero().hostNumber()).toBe("0.0.0.0");
    for (const address of [SocketAddress.loopback4(), SocketAddress.loopback6(), SocketAddress.wildcard6()]) {
      expect(address.port()).toBe(0);
    }
    expect([SocketAddress.loopback4().family(), SocketAddress.loopback6().family()]).toEqual([4, 6]);
  });

  it("port: changes the receiver and answers it", () => {
    const address = SocketAddress.loopback4();
    expect(address.port$(8080)).toBe(address);
    expect(address.port()).toBe(8080);
  });

  it("asByteArray answers a copy of the host bytes", () => {
    const address = dotted("104.28.27.35");
    const bytes = address.asByteArray();
    expect(bytes).toEqual(Uint8Array.of(104, 28, 27, 35));
    bytes[0] = 1;
    expect(address.asByteArray()[0]).toBe(104);
    expect(SocketAddress.loopback6().asByteArray()).toHaveLength(16);
  });

  it("ByteArray>>asSocketAddress makes one of 4 or 16 bytes, port 0", () => {
    const address = send(Uint8Array.of(127, 0, 0, 1), "asSocketAddress") as SocketAddress;
    expect(address).toBeInstanceOf(SocketAddress);
    expect([address.hostNumber(), address.port()]).toEqual(["127.0.0.1", 0]);
    const six = send(SocketAddress.loopback6().asByteArray(), "asSocketAddress") as SocketAddress;
    expect(six.hostNumber()).toBe("::1");
    expect(address.asSocketAddress()).toBe(address);
  });

  it("asSocketAddress of other sizes signals Squeak's 'invalid address' and Pharo's size mismatch", () => {
    expect(failureText(() => send(Uint8Array.of(1, 2, 3), "asSocketAddress"))).toBe("invalid address 1.2.3");
    setDialect("pharo");
    for (const size of [0, 1, 2, 3, 5]) {
      expect(failureText(() => send(new Uint8Array(size), "asSocketAddress"))).toBe(
        "Collections sizes do not match",
      );
    }
  });

  it("fromOldByteAddress: takes 4 or 16 host bytes; other sizes signal each dialect's error", () => {
    expect(SocketAddress.fromOldByteAddress(Uint8Array.of(127, 0, 0, 1)).hostNumber()).toBe("127.0.0.1");
    expect(SocketAddress.fromOldByteAddress(SocketAddress.loopback6().asByteArray()).hostNumber()).toBe(
      "::1",
    );
    expect(failureText(() => SocketAddress.fromOldByteAddress(Uint8Array.of(1, 2)))).toBe(
      "invalid address 1.2",
    );
    setDialect("pharo");
    expect(failureText(() => SocketAddress.fromOldByteAddress(Uint8Array.of(1, 2)))).toBe(
      "Collections sizes do not match",
    );
  });

  it("fromDottedString: reads four integers 0..255 (Pharo's SocketAddressTest)", () => {
    expect(dotted("104.28.27.35").eq(send(Uint8Array.of(104, 28, 27, 35), "asSocketAddress"))).toBe(true);
    for (const bad of ["", "1", "1.2", "1.2.3", "1.2.3.4.5"]) {
      expect(failureText(() => dotted(bad))).toBe("Collections sizes do not match");
    }
    for (const bad of ["1.2.3.300", "1 . 2 . 3 . 200", "1.2.3.-4", "a.b.c.d"]) {
      expect(failureText(() => dotted(bad))).toBe("Value outside [0 , 255]");
    }
  });

  it("= compares host bytes and port; hash agrees", () => {
    expect(dotted("1.2.3.4").eq(dotted("1.2.3.4"))).toBe(true);
    expect(dotted("1.2.3.4").hash()).toBe(dotted("1.2.3.4").hash());
    expect(dotted("1.2.3.4").eq(dotted("1.2.3.4").port$(1))).toBe(false);
    expect(dotted("1.2.3.4").eq(dotted("1.2.3.5"))).toBe(false);
    expect(dotted("0.0.0.0").eq(SocketAddress.wildcard6())).toBe(false);
    expect(dotted("1.2.3.4").eq(Uint8Array.of(1, 2, 3, 4))).toBe(false);
  });

  it("prints as Squeak does: hostNumber(hostName),serviceNumber(serviceName)", () => {
    expect(printString(SocketAddress.loopback4())).toBe("127.0.0.1(localhost),0(0)");
    expect(printString(dotted("10.1.2.3").port$(80))).toBe("10.1.2.3(10.1.2.3),80(http)");
    expect(printString(SocketAddress.loopback6().port$(54321))).toMatch(/^::1\([^)]+\),54321\(54321\)$/);
  });

  it("prints as Pharo does: the host number alone", () => {
    setDialect("pharo");
    expect(printString(dotted("104.28.27.35"))).toBe("104.28.27.35");
    expect(printString(SocketAddress.zero())).toBe("0.0.0.0");
    expect(printString(SocketAddress.loopback6().port$(80))).toBe("::1");
  });

  it("answers hostName from the hosts file and serviceName from the services file, else numbers", () => {
    expect(SocketAddress.loopback4().hostName()).toBe("localhost");
    expect(dotted("192.0.2.1").hostName()).toBe("192.0.2.1");
    expect(SocketAddress.loopback4().port$(80).serviceName()).toBe("http");
    expect(SocketAddress.loopback4().port$(80).serviceNumber()).toBe("80");
  });

  it("isPrivateAddress covers 10/8, 172.16/12 and 192.168/16 (Pharo's test)", () => {
    for (const each of ["10.0.0.1", "172.20.1.1", "192.168.10.12"])
      expect(dotted(each).isPrivateAddress()).toBe(true);
    for (const each of ["127.0.0.1", "172.33.1.1", "104.28.27.35", "0.0.0.0"]) {
      expect(dotted(each).isPrivateAddress()).toBe(false);
    }
  });
});

describe("SocketAddressInformation", () => {
  it("holds an address with its family, type and protocol and prints them", () => {
    const info = SocketAddressInformation.withSocketAddressFamilyTypeProtocol(
      SocketAddress.loopback4(),
      SocketAddressInformation.addressFamilyINET4(),
      SocketAddressInformation.socketTypeStream(),
      SocketAddressInformation.protocolTCP(),
    );
    expect(info.socketAddress()?.hostNumber()).toBe("127.0.0.1");
    expect([info.addressFamily(), info.socketType(), info.protocol()]).toEqual([2, 1, 1]);
    expect([info.addressFamilyName(), info.socketTypeName(), info.protocolName()]).toEqual([
      "inet4",
      "stream",
      "tcp",
    ]);
    expect(printString(info)).toBe("127.0.0.1(localhost),0(0)-inet4-stream-tcp");
  });

  it("initSocketAddress:family:type:protocol: sets every field and answers the receiver", () => {
    const info = new SocketAddressInformation();
    expect(info.initSocketAddressFamilyTypeProtocol(SocketAddress.loopback6(), 3, 1, 1)).toBe(info);
    expect(info.socketAddress()?.hostNumber()).toBe("::1");
    expect([info.addressFamily(), info.socketType(), info.protocol()]).toEqual([3, 1, 1]);
  });

  it("names the protocol by the socket type, as Squeak does", () => {
    const info = SocketAddressInformation.withSocketAddressFamilyTypeProtocol(
      SocketAddress.loopback6(),
      3,
      2,
      1,
    );
    expect([info.addressFamilyName(), info.socketTypeName(), info.protocolName()]).toEqual([
      "inet6",
      "dgram",
      "udp",
    ]);
  });

  it("has Squeak's constants", () => {
    const constants = [
      SocketAddressInformation.addressFamilyUnspecified(),
      SocketAddressInformation.addressFamilyLocal(),
      SocketAddressInformation.addressFamilyINET4(),
      SocketAddressInformation.addressFamilyINET6(),
      SocketAddressInformation.socketTypeUnspecified(),
      SocketAddressInformation.socketTypeStream(),
      SocketAddressInformation.socketTypeDGram(),
      SocketAddressInformation.protocolUnspecified(),
      SocketAddressInformation.protocolTCP(),
      SocketAddressInformation.protocolUDP(),
    ];
    expect(constants).toEqual([0, 1, 2, 3, 0, 1, 2, 0, 1, 2]);
  });
});
