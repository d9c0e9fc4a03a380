import { describe, expect, it } from "vitest";
import { formatIPv4, formatIPv6, parseAddressString, parseIPv6, parseSqueakIPv4 } from "../src/index.js";

const bytes = (...values: number[]) => Uint8Array.from(values);
const v6 = (...groups: number[]) => {
  const result = new Uint8Array(16);
  groups.forEach((group, index) => {
    result[index * 2] = group >> 8;
    result[index * 2 + 1] = group & 0xff;
  });
  return result;
};

describe("Squeak's IPv4 reading (addressFromString:)", () => {
  it.each([
    ["1.2.3.4", [1, 2, 3, 4]],
    ["1,2,3,4", [1, 2, 3, 4]],
    ["1 2 3 4", [1, 2, 3, 4]],
    ["1.2,3 4", [1, 2, 3, 4]],
    ["127.0.0.1", [127, 0, 0, 1]],
    ["255.255.255.255", [255, 255, 255, 255]],
    ["0.0.0.0", [0, 0, 0, 0]],
    ["   1.2.3.4", [1, 2, 3, 4]],
    ["\t\r\n\f 10.0.0.1", [10, 0, 0, 1]],
    ["1.2.3.4xyz", [1, 2, 3, 4]],
    ["1.2.3.4.5", [1, 2, 3, 4]],
    ["1.2.3.4 ", [1, 2, 3, 4]],
    ["001.002.003.004", [1, 2, 3, 4]],
  ])("reads %j as %j", (text, expected) => {
    expect(parseSqueakIPv4(text)).toEqual(Uint8Array.from(expected));
  });

  it.each([
    [""],
    ["localhost"],
    ["vm"],
    ["www.squeak.org"],
    ["1.2.3"],
    ["1.2.3."],
    ["1..2.3"],
    ["1.2.3.256"],
    ["256.1.1.1"],
    ["1.2.3.1000"],
    ["-1.2.3.4"],
    ["1 ,2,3,4"],
    ["1;2;3;4"],
    ["1.2.3.x"],
    ["1.2.3. 4"],
  ])("answers nil for %j", (text) => {
    expect(parseSqueakIPv4(text)).toBeNull();
  });
});

describe("IPv6 text", () => {
  it.each([
    ["::", v6()],
    ["::1", v6(0, 0, 0, 0, 0, 0, 0, 1)],
    ["::2001:db8", v6(0, 0, 0, 0, 0, 0, 0x2001, 0xdb8)],
    ["2001:db8::1:0:0:1", v6(0x2001, 0xdb8, 0, 0, 1, 0, 0, 1)],
    ["db8:2001::", v6(0xdb8, 0x2001)],
    ["1:2:3:4:5:6:7:8", v6(1, 2, 3, 4, 5, 6, 7, 8)],
    ["1:2:3:4:5:6:7::", v6(1, 2, 3, 4, 5, 6, 7, 0)],
    ["FE80::ABCD", v6(0xfe80, 0, 0, 0, 0, 0, 0, 0xabcd)],
    ["::ffff:127.0.0.1", v6(0, 0, 0, 0, 0, 0xffff, 0x7f00, 1)],
    ["1:2:3:4:5:6:1.2.3.4", v6(1, 2, 3, 4, 5, 6, 0x102, 0x304)],
  ])("reads %j", (text, expected) => {
    expect(parseIPv6(text)).toEqual(expected);
  });

  it.each([
    ["1:2:3:4:5:6:7:8:9"],
    ["1:2:3:4:5:6:7"],
    ["1::2::3"],
    [":::"],
    ["g::1"],
    ["12345::"],
    ["fe80::1%eth0"],
    ["::1.2.3"],
    ["1.2.3.4::"],
    [":1:2:3:4:5:6:7"],
  ])("answers nil for %j", (text) => {
    expect(parseIPv6(text)).toBeNull();
  });

  it.each([
    [v6(), "::"],
    [v6(0, 0, 0, 0, 0, 0, 0, 1), "::1"],
    [v6(0, 0, 0, 0, 0, 0, 0x2001, 0xdb8), "::2001:db8"],
    [v6(0x2001, 0xdb8, 0, 0, 1, 0, 0, 1), "2001:db8::1:0:0:1"],
    [v6(0xdb8, 0x2001), "db8:2001::"],
    [v6(1, 0, 2, 3, 4, 5, 6, 7), "1:0:2:3:4:5:6:7"],
    [v6(1, 0, 0, 2, 0, 0, 3, 4), "1::2:0:0:3:4"],
    [v6(1, 0, 0, 1, 0, 0, 0, 1), "1:0:0:1::1"],
    [v6(0xfe80, 0, 0, 0, 0, 0, 0, 0xabcd), "fe80::abcd"],
  ])("writes %j as %s (the longest zero run, leftmost of equals, as ::)", (address, expected) => {
    expect(formatIPv6(address)).toBe(expected);
  });

  it("round-trips every written form", () => {
    for (const text of ["::", "::1", "2001:db8::1:0:0:1", "1:0:0:1::1", "1:2:3:4:5:6:7:8"]) {
      expect(formatIPv6(parseIPv6(text)!)).toBe(text);
    }
  });
});

describe("parseAddressString", () => {
  it("reads IPv6 when the text has a colon, Squeak's IPv4 otherwise", () => {
    expect(parseAddressString("::1")).toEqual(v6(0, 0, 0, 0, 0, 0, 0, 1));
    expect(parseAddressString("1 2 3 4")).toEqual(bytes(1, 2, 3, 4));
    expect(parseAddressString("localhost")).toBeNull();
  });

  it("writes IPv4 as a dotted quad", () => {
    expect(formatIPv4(bytes(192, 168, 1, 10))).toBe("192.168.1.10");
  });
});
