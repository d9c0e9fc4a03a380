/**
 * `@smalltalk-sockets/resolver`: Squeak's and Pharo's name resolution on Node.js
 * (`NetNameResolver`, `SocketAddress`, `SocketAddressInformation`) and the `NetworkError`
 * hierarchy. Importing it installs `ByteArray>>asSocketAddress`.
 */

import { installByteArrayExtension } from "./byte-array-extension.js";

export * from "./address-text.js";
export * from "./byte-array-extension.js";
export * from "./external-wait.js";
export * from "./name-lookup.js";
export * from "./net-name-resolver.js";
export * from "./network-errors.js";
export * from "./socket-address.js";
export * from "./socket-address-information.js";

installByteArrayExtension();
