import { extendClass, requireClass } from "@smalltalk-sockets/runtime";
import { SocketAddress } from "./socket-address.js";

/**
 * `ByteArray>>asSocketAddress` (Squeak's and Pharo's extension from `Network-Kernel`): the
 * SocketAddress of host bytes, port 0. Installed when this package is imported.
 */
export function installByteArrayExtension(): void {
  extendClass(requireClass("ByteArray"), {
    /** @selector asSocketAddress — the SocketAddress of these 4 (IPv4) or 16 (IPv6) host bytes, port 0. */
    asSocketAddress(this: Uint8Array): SocketAddress {
      return SocketAddress.fromOldByteAddress(this);
    },
  });
}
