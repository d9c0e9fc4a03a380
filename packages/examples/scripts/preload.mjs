// Loaded (node --import) before `st2ts run` runs an example for the harness: every socket that
// would listen on all interfaces listens on loopback instead, and the Smalltalk globals the
// harness passes in SMALLTALK_GLOBALS (JSON: name -> value) are defined (Smalltalk at:put:).
import { Smalltalk, symbol } from "@smalltalk-sockets/runtime";
import { Socket } from "@smalltalk-sockets/socket-core";

Socket.bindsLoopbackOnly$(true);
for (const [name, value] of Object.entries(JSON.parse(process.env.SMALLTALK_GLOBALS ?? "{}"))) {
  Smalltalk.atPut(symbol(name), value);
}
