import { Socket } from "@smalltalk-sockets/socket-core";

// Network safety: every socket an example opens in the tests binds to loopback only; a listener
// that Squeak would open on every interface (listenOn:, setPort:) opens on 127.0.0.1 instead.
Socket.bindsLoopbackOnly$(true);
