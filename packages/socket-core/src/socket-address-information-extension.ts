import { ConnectionRefused, ConnectionTimedOut, SocketAddressInformation } from "@smalltalk-sockets/resolver";
import { extendClass, printString } from "@smalltalk-sockets/runtime";
import { Socket } from "./socket.js";

/**
 * Squeak's `SocketAddressInformation>>connect` and `listenWithBacklog:` (they live with Socket,
 * which the resolver package cannot see). Installed when this package is imported.
 */
export function installSocketAddressInformationExtension(): void {
  extendClass(SocketAddressInformation, {
    /**
     * @selector connect — a new TCP socket of this information's family connected to its address
     * (45 s); nil unless a stream socket. Signals ConnectionTimedOut or ConnectionRefused
     * ('Cannot connect to ' and the information printed).
     */
    async connect(this: SocketAddressInformation): Promise<Socket | null> {
      if (this.socketType() !== SocketAddressInformation.socketTypeStream()) return null;
      const socket = Socket.newTCP$(this.addressFamily());
      await socket.connectTo(this.socketAddress());
      const text = () => `Cannot connect to ${printString(this)}`;
      await socket.waitForConnectionForIfTimedOutIfRefused(
        Socket.standardTimeout(),
        () => new ConnectionTimedOut(text()).signal(),
        () => new ConnectionRefused(text()).signal(),
      );
      return socket;
    },

    /**
     * @selector listenWithBacklog: — a new TCP socket bound to this information's address and
     * listening (Squeak passes a backlog of 5 whatever `backlog` says).
     */
    async listenWithBacklog(this: SocketAddressInformation, _backlog: number): Promise<Socket> {
      if (
        this.socketType() !== SocketAddressInformation.socketTypeStream() ||
        this.protocol() !== SocketAddressInformation.protocolTCP()
      ) {
        return (await this.error("cannot listen")) as never;
      }
      const socket = Socket.newTCP$(this.addressFamily());
      await socket.bindTo(this.socketAddress());
      await socket.listenWithBacklog(5);
      return socket;
    },
  });
}
