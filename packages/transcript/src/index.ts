/** `@smalltalk-sockets/transcript`: Squeak's Transcript with pluggable sinks. */

export * from "./sink.js";
export * from "./transcript-stream.js";
