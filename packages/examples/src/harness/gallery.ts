/**
 * The gallery: realistic Squeak networking beyond the seed's snippets, each with its peers and
 * what it must show.
 *
 * @module
 */

import { hostname } from "node:os";
import { type Example, endsWell, lines, shows } from "./example.js";
import { curlGet, curlInstalled, fetchGet, type SeenResponse } from "./peers/http-clients.js";
import { HttpServerPeer } from "./peers/http-server-peer.js";
import { LineClient } from "./peers/line-client.js";
import { ScanTargets } from "./peers/scan-targets.js";
import { freePort } from "./ports.js";

export const echoServer: Example = {
  name: "echo-server",
  title: "An echo server serving concurrent clients",
  shows:
    "listenOn:backlogSize: and waitForAcceptFor: in a server process; each connection is echoed by a process of its own (forkAt:named:), while three client processes talk to it at the same time.",
  run: shows(
    lines(
      "Hello from client 1 / Bye from client 1",
      "Hello from client 2 / Bye from client 2",
      "Hello from client 3 / Bye from client 3",
      "108 bytes echoed",
    ),
  ),
};

export const lineProtocol: Example = {
  name: "line-protocol",
  title: "A line protocol on SocketStream (a mail exchange)",
  shows:
    "Client and server speak an SMTP-like protocol: sendCommand: (CR LF, then flush), nextLine, upTo: $  for the reply code, upToAll: for the message ended by a line with a single dot.",
  run: shows(
    lines(
      "S: 220 localhost Squeak mail ready",
      "C: HELO squeak.org",
      "S: 250 Hello squeak.org",
      "C: MAIL FROM:<alan@squeak.org>",
      "S: 250 OK",
      "C: RCPT TO:<dan@squeak.org>",
      "S: 250 OK",
      "C: DATA",
      "S: 354 End data with <CR><LF>.<CR><LF>",
      "S: 250 OK: queued as 1",
      "C: QUIT",
      "S: 221 Bye",
      "The server received:",
      "  MAIL FROM:<alan@squeak.org>",
      "  RCPT TO:<dan@squeak.org>",
      "  Subject: Sockets",
      "  ",
      "  SocketStream speaks lines.",
    ),
  ),
};

export const httpGet: Example = {
  name: "http-get",
  title: "A raw HTTP/1.1 GET client",
  shows:
    "The request written line by line with sendCommand:, the status line and headers read with nextLine, the body with next: Content-Length; the server is Node's http module, and its port comes in as Smalltalk at: #ServerPort.",
  run: async (launch) => {
    const server = await HttpServerPeer.start();
    try {
      const result = await launch({ ServerPort: server.port }).result;
      return {
        actual: { ...result, peers: server.requests },
        expected: endsWell(
          `${lines("HTTP/1.1 200 OK", "Content-Type: text/plain; charset=utf-8", "Content-Length: 31")}${HttpServerPeer.BODY}`,
          [
            {
              method: "GET",
              url: "/hello.txt",
              headers: [
                "Host",
                `localhost:${server.port}`,
                "User-Agent",
                "Squeak SocketStream",
                "Accept",
                "text/plain",
                "Connection",
                "close",
              ],
              body: "",
            },
          ],
        ),
      };
    } finally {
      await server.close();
    }
  },
};

export const httpServer: Example = {
  name: "http-server",
  title: "A small HTTP server, queried by fetch and curl",
  shows:
    "A server loop on a multi-listener: each request line read with nextLine, the response written with crlf and a Content-Length; Node's fetch (and curl, where installed) query it, and GET /stop ends it.",
  run: async (launch) => {
    const port = await freePort();
    const run = launch({ ServerPort: port });
    await run.waitForTranscript("listening");
    const responses: SeenResponse[] = [];
    for (const path of ["/", "/hello?name=fetch", "/nope"]) responses.push(await fetchGet(port, path));
    const curl = curlInstalled();
    if (curl) responses.push(await curlGet(port, "/hello?name=curl"));
    responses.push(await fetchGet(port, "/stop"));
    const expectedResponses: SeenResponse[] = [
      { client: "fetch", path: "/", status: 200, contentType: "text/plain", body: "Hello from Squeak!" },
      {
        client: "fetch",
        path: "/hello?name=fetch",
        status: 200,
        contentType: "text/plain",
        body: "Hello, fetch!",
      },
      { client: "fetch", path: "/nope", status: 404, contentType: "text/plain", body: "No such page: /nope" },
      ...(curl
        ? [
            {
              client: "curl",
              path: "/hello?name=curl",
              status: 200,
              contentType: "text/plain",
              body: "Hello, curl!",
            } as const,
          ]
        : []),
      { client: "fetch", path: "/stop", status: 200, contentType: "text/plain", body: "Bye!" },
    ];
    return {
      actual: { ...(await run.result), peers: responses },
      expected: endsWell(
        lines(
          `HTTP server listening on port ${port}`,
          "GET / -> 200 OK",
          "GET /hello?name=fetch -> 200 OK",
          "GET /nope -> 404 Not Found",
          ...(curl ? ["GET /hello?name=curl -> 200 OK"] : []),
          "GET /stop -> 200 OK",
          "HTTP server stopped",
        ),
        expectedResponses,
      ),
    };
  },
};

export const udpSendReceive: Example = {
  name: "udp-send-receive",
  title: "UDP: send and receive a datagram",
  shows:
    "Socket newUDP (born connected), setPort:, sendData:toHost:port:, waitForDataFor: and receiveUDPDataInto:, which answers the count, the sender's address and port, and whether more is queued.",
  run: shows(
    lines(
      "receiver: a Socket[connected]",
      "sent 14 bytes",
      "received 14 bytes: Hello over UDP",
      "from 127.0.0.1",
      "from the sender's port: true",
      "more queued: false",
      "nothing else: 0",
    ),
  ),
};

export const udpEcho: Example = {
  name: "udp-echo",
  title: "A UDP echo server",
  shows:
    "A server process at userBackgroundPriority waits for datagrams (waitForData) and answers each, reversed, to its sender, until 'quit'; a Semaphore tells the do-it it has stopped.",
  run: shows(
    lines("Hello -> olleH", "Squeak -> kaeuqS", "level -> level", "echo server stopped: a Socket[destroyed]"),
  ),
};

export const resolverTour: Example = {
  name: "resolver-tour",
  title: "A tour of NetNameResolver",
  shows:
    "localHostName and localHostAddress; addressForName: for names and for IPv4 and IPv6 literals (hostNumber prints them); addressFromString:, which parses IPv4 literals only and never looks a name up; stringFromAddress:.",
  run: shows(
    lines(
      `localHostName: ${hostname()}`,
      "localHostAddress: 127.0.0.1",
      "localhost is a loopback address: true",
      "addressFromString: '192.168.1.20' -> #[192 168 1 20]",
      "addressFromString: '10,0,0,1' -> #[10 0 0 1]",
      "addressFromString: '1.2.3.300' -> nil",
      "stringFromAddress: #[10 0 0 1] -> 10.0.0.1",
      "addressForName: '127.0.0.1' -> 127.0.0.1",
      "addressForName: '::1' -> ::1",
      "addressForName: '2001:DB8:0:0:8:800:200C:417A' -> 2001:db8::8:800:200c:417a",
      "addressForName: 'fe80:0:0:0:0:0:0:1' -> fe80::1",
    ),
  ),
};

export const timeouts: Example = {
  name: "timeouts",
  title: "Timeouts and errors",
  shows:
    "waitForConnectionFor: and waitForDataFor: signal ConnectionTimedOut (on: ... do:), waitForAcceptFor: and receiveDataTimeout: answer nil and ''; data sent before a close still arrives; a closed port gives ConnectionRefused, a NetworkError; ensure: closes a socket however the block is left.",
  run: shows(
    lines(
      "waitForConnectionFor: 1 -> ConnectionTimedOut: Failed to connect in 1 seconds",
      "waitForAcceptFor: 1 -> nil",
      "receiveDataTimeout: 1 -> ''",
      "waitForDataFor: 1 -> ConnectionTimedOut: Data receive timed out.",
      "after the close: 'last words', then ''",
      "waitForData -> ConnectionClosed: Connection close while waiting for data.",
      "connecting to a closed port -> ConnectionRefused",
      "the handler runs first: #foo not understood",
      "then ensure: closes it: a Socket[destroyed]",
    ),
  ),
};

export const producerConsumer: Example = {
  name: "producer-consumer",
  title: "Producer and consumer processes feeding a socket",
  shows:
    "A SharedQueue between a producer (userBackgroundPriority) and a consumer (lowIOPriority) that sends each item on a socket: every nextPut: wakes the consumer, which runs at once, before the producer goes on; a Semaphore tells the do-it when all is sent.",
  run: shows(
    lines(
      "do-it: waiting",
      "producer: made item 1",
      "consumer: sent item 1",
      "producer: made item 2",
      "consumer: sent item 2",
      "producer: made item 3",
      "consumer: sent item 3",
      "producer: made item 4",
      "consumer: sent item 4",
      "producer: done",
      "the other end received 4 lines:",
      "  item 1",
      "  item 2",
      "  item 3",
      "  item 4",
    ),
  ),
};

export const portScanner: Example = {
  name: "port-scanner",
  title: "A loopback port scanner that grabs banners",
  shows:
    "connectTo:port:waitForConnectionFor: per port, ConnectionRefused for a closed one (an ExceptionSet: ConnectionRefused, ConnectionTimedOut), and valueWithin:onTimeout: bounding the wait for a banner on a port that says nothing. The ports come in as Smalltalk at: #ScanPorts.",
  run: async (launch) => {
    const targets = new ScanTargets();
    await targets.start();
    try {
      const { talking, silent, closed } = targets.ports;
      const result = await launch({ ScanPorts: [talking, silent, closed] }).result;
      const seen = await targets.seen(1);
      const noBytes = { connections: 1, bytesReceived: 0 };
      return {
        actual: { ...result, peers: seen },
        expected: endsWell(
          lines(
            `port ${talking}: ${ScanTargets.BANNER}`,
            `port ${silent}: open, silent`,
            `port ${closed}: closed`,
          ),
          { talking: noBytes, silent: noBytes },
        ),
      };
    } finally {
      await targets.close();
    }
  },
};

export const chatRelay: Example = {
  name: "chat-relay",
  title: "A chat relay with several clients",
  shows:
    "Each client is served by its own process; every line goes to all the other clients, the shared client list guarded by a Mutex. The clients are Node sockets: alice, bob and carol join, talk and leave.",
  run: async (launch) => {
    const port = await freePort();
    const run = launch({ ServerPort: port, ChatClients: 3 });
    await run.waitForTranscript("chat relay on port");
    const join = async (name: string, others: LineClient[]) => {
      const client = await LineClient.connect(name, port);
      client.send(name);
      await run.waitForTranscript(`${name} joined`);
      for (const other of others) await other.waitFor(`* ${name} joined\r\n`);
      return client;
    };
    const say = async (client: LineClient, line: string, others: LineClient[], echo: string) => {
      client.send(line);
      for (const other of others) await other.waitFor(echo);
    };
    const alice = await join("alice", []);
    const bob = await join("bob", [alice]);
    const carol = await join("carol", [alice, bob]);
    try {
      await say(alice, "Hello, everyone!", [bob, carol], "alice: Hello, everyone!\r\n");
      await say(bob, "Hi alice", [alice, carol], "bob: Hi alice\r\n");
      await say(carol, "/quit", [alice, bob], "* carol left\r\n");
      await say(alice, "/quit", [bob], "* alice left\r\n");
      bob.send("/quit");
      await Promise.all([alice.closed(), bob.closed(), carol.closed()]);
      return {
        actual: {
          ...(await run.result),
          peers: { alice: alice.received, bob: bob.received, carol: carol.received },
        },
        expected: endsWell(
          lines(
            `chat relay on port ${port}`,
            "alice joined",
            "bob joined",
            "carol joined",
            "alice: Hello, everyone!",
            "bob: Hi alice",
            "carol left",
            "alice left",
            "bob left",
            "chat relay closed",
          ),
          {
            alice: "* bob joined\r\n* carol joined\r\nbob: Hi alice\r\n* carol left\r\n",
            bob: "* carol joined\r\nalice: Hello, everyone!\r\n* carol left\r\n* alice left\r\n",
            carol: "alice: Hello, everyone!\r\nbob: Hi alice\r\n",
          },
        ),
      };
    } finally {
      for (const client of [alice, bob, carol]) client.destroy();
    }
  },
};

export const echoServerClass: Example = {
  name: "echo-server-class",
  title: "A concurrent EchoServer class with a re-entrant Mutex",
  shows:
    "A class filed in (chunk format: a class definition and methodsFor: chunks), then used by a do-it: a process per connection, the shared bookkeeping guarded by a Mutex, which is re-entrant (statistics holds it while openConnections takes it again).",
  run: shows(lines("ping 1", "ping 2", "ping 3", "3 connections served, 18 bytes echoed, 0 open")),
};

/** The gallery, in the order the report shows it. */
export const gallery: readonly Example[] = [
  echoServer,
  lineProtocol,
  httpGet,
  httpServer,
  udpSendReceive,
  udpEcho,
  resolverTour,
  timeouts,
  producerConsumer,
  portScanner,
  chatRelay,
  echoServerClass,
];
