/**
 * `@smalltalk-sockets/socket-core`: Squeak's and Pharo's `Socket` (TCP over `node:net`, UDP over
 * `node:dgram`) with the VM socket plugin's status machine and process-aware blocking, and
 * `SocketStream`. Importing it installs `SocketAddressInformation>>connect` and
 * `listenWithBacklog:`.
 */

import { installSocketAddressInformationExtension } from "./socket-address-information-extension.js";

export * from "./plugin/socket-status.js";
export * from "./socket.js";
export * from "./socket-address-information-extension.js";
export * from "./socket-data.js";
export * from "./socket-stream.js";

installSocketAddressInformationExtension();
