import { ControlFlow } from "@smalltalk-sockets/runtime";

/**
 * The control-flow signal that terminates a process (`Process>>terminate`, an unhandled error):
 * thrown into the process at its current suspension point, it unwinds it to its bottom, running
 * every pending `ensure:` and `ifCurtailed:` block on the way. Being a runtime `ControlFlow`, no
 * `on:do:` can catch it.
 */
export class ProcessTermination extends ControlFlow {}
