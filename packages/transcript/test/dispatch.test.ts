import { send } from "@smalltalk-sockets/runtime";
import { expect, test } from "vitest";
import { MemorySink, TranscriptStream } from "../src/index.js";

test("the Transcript's selectors reach their methods through dynamic dispatch (send)", () => {
  const sink = new MemorySink();
  const transcript = new TranscriptStream(sink);
  send(transcript, "show:", "a");
  send(transcript, "tab:", 2);
  send(transcript, "<<", 42);
  send(transcript, "space:", 1);
  send(transcript, "print:", "b");
  send(transcript, "endEntry");
  expect(sink.contents()).toBe("a\t\t42 'b'");
});
