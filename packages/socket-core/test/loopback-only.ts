import { Socket } from "../src/index.js";

// Network safety: every socket the tests open binds to loopback only; a listener that Squeak
// would open on every interface (listenOn:, setPort:) opens on 127.0.0.1 or ::1 instead.
Socket.bindsLoopbackOnly$(true);
