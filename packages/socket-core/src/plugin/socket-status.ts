/**
 * The connection states the VM's socket plugin reports (`primSocketConnectionStatus:`), the same
 * numbers in Squeak and Pharo.
 */

/** `InvalidSocket`: the handle is not valid (destroyed, or from another session). */
export const INVALID_SOCKET = -1;
/** `Unconnected`: new, closed, or a connection attempt failed. */
export const UNCONNECTED = 0;
/** `WaitingForConnection`: a connection is being made, or the socket is listening. */
export const WAITING_FOR_CONNECTION = 1;
/** `Connected`: connected (UDP sockets are born connected; a multi-listener has a connection ready). */
export const CONNECTED = 2;
/** `OtherEndClosed`: the peer closed and every byte it sent has been read. */
export const OTHER_END_CLOSED = 3;
/** `ThisEndClosed`: this end closed, the other not yet (transient on Unix). */
export const THIS_END_CLOSED = 4;

/** One of the states above. */
export type SocketStatus = -1 | 0 | 1 | 2 | 3 | 4;

/** Socket types, as `primSocketCreateNetwork:type:...` takes them. */
export const TCP_SOCKET_TYPE = 0;
/** The UDP socket type. */
export const UDP_SOCKET_TYPE = 1;
