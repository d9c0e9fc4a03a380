/**
 * The seed document's two snippets: the Squeak wiki's two-inspector walkthrough (and its
 * `listenOn:backlogSize:` variant), and Marcel Taeumel's client and server, verbatim and corrected.
 *
 * @module
 */

import { lookup } from "node:dns/promises";
import { hostname } from "node:os";
import { type Example, lines, shows } from "./example.js";

/** The Squeak wiki's walkthrough with two inspectors on `Socket newTCP` (port 8080). */
export const wikiTwoInspectors: Example = {
  name: "wiki-two-inspectors",
  title: "The Squeak wiki: two inspectors on Socket newTCP",
  shows:
    "The wiki's steps in order: the left socket listens on 8080, the right one connects to NetNameResolver localHostAddress, sends 'hello', the left one receives it (print-it: 'hello'), both closeAndDestroy. The statuses are the ones the inspectors show.",
  fixedPort: 8080,
  run: shows(
    lines(
      "left: a Socket[waitingForConnection]",
      "left: a Socket[connected]",
      "right: a Socket[connected]",
      "'hello'",
      "left: a Socket[destroyed], right: a Socket[destroyed]",
    ),
  ),
};

/** The wiki's variant: `listenOn:backlogSize:` and `accept` (port 8080). */
export const wikiAccept: Example = {
  name: "wiki-accept",
  title: "The Squeak wiki: listenOn:backlogSize: and accept",
  shows:
    "With a backlog above 1 the listener stays a listener: a connection waits in its queue (the listener reads connected), accept hands it to a new Socket and the listener waits again.",
  fixedPort: 8080,
  run: shows(
    lines(
      "listener: a Socket[waitingForConnection]",
      "listener: a Socket[connected]",
      "listener: a Socket[waitingForConnection]",
      "left: a Socket[connected]",
      "'hello'",
    ),
  ),
};

/** Marcel Taeumel's example exactly as the seed gives it (port 1234). */
export const taeumelVerbatim: Example = {
  name: "taeumel-verbatim",
  title: "Marcel Taeumel's example, verbatim",
  shows:
    "As in Squeak, NetNameResolver addressFromString: answers nil for a host name (st2ts warns, ST2101), so connectTo: nil port: fails in the do-it (MessageNotUnderstood: UndefinedObject>>asSocketAddress); the server process gives up after 10 seconds with ConnectionTimedOut. No Transcript line appears and the program exits with status 1.",
  fixedPort: 1234,
  run: async (launch) => ({
    actual: await launch().result,
    expected: {
      status: 1,
      transcript: "",
      errors: [
        "Unhandled error in process 'main' (priority 40): MessageNotUnderstood: UndefinedObject>>asSocketAddress",
        "Unhandled error in process '    1' (priority 30): ConnectionTimedOut: Failed to connect in 10 seconds",
      ],
    },
  }),
};

/** Why the corrected snippet cannot stay on loopback here: the host name resolves elsewhere. */
async function hostNameNotLoopback(): Promise<string | null> {
  const name = hostname();
  try {
    const [first] = await lookup(name, { all: true });
    const address = first?.address ?? "nothing";
    return address.startsWith("127.") || address === "::1"
      ? null
      : `this machine's host name ${name} resolves to ${address}, not to a loopback address, and the examples stay on loopback`;
  } catch {
    return `this machine's host name ${name} does not resolve`;
  }
}

/** Marcel Taeumel's example with its one fix: `addressForName:` instead of `addressFromString:`. */
export const taeumelCorrected: Example = {
  name: "taeumel-corrected",
  title: "Marcel Taeumel's example, corrected",
  shows:
    "One change, addressForName: instead of addressFromString:, and it works as in Squeak: the do-it (priority 40) connects, sends 12 bytes and closes before the server process (userBackgroundPriority, 30) runs at all, so the client's lines come first; then the server accepts and still receives 'Hello World!', which waited in its buffer after the client closed. showln: writes a newline before each line.",
  fixedPort: 1234,
  unavailable: hostNameNotLoopback,
  run: shows(
    "\nClient connected to server\nData sent: 12 bytes\nServer accepted client connection\nData received: Hello World!",
  ),
};

/** The seed's snippets, in the seed's order. */
export const seedSnippets: readonly Example[] = [
  wikiTwoInspectors,
  wikiAccept,
  taeumelVerbatim,
  taeumelCorrected,
];
