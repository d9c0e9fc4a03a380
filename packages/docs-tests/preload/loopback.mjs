// Loaded (node --import) before every snippet the tests run: a socket that would listen on every
// interface (Squeak's listenOn:, setPort:) listens on loopback instead, so nothing outside the
// machine can reach a snippet.
import { Socket } from "@smalltalk-sockets/socket-core";

Socket.bindsLoopbackOnly$(true);
