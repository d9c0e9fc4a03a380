// Benchmarks of the built package (`pnpm build` first), each against raw `node:net` / `node:dgram`
// measured in the same run with the same process layout (both ends in this one Node process, on
// 127.0.0.1). Every socket binds or connects to loopback only. The two sides run alternately,
// REPEATS times each, and the best of each is taken (the machine may be busy with other work).
//
//   node bench/run.mjs            all benchmarks
//   node bench/run.mjs bulk echo  some of them (bulk, pingpong, churn, udp, echo, lines)
import { createSocket } from "node:dgram";
import { once } from "node:events";
import { connect, createServer } from "node:net";
import { createInterface } from "node:readline";
import { forkAt, Processor, runProcess } from "@smalltalk-sockets/process";
import { Socket, SocketStream } from "../dist/index.js";

Socket.bindsLoopbackOnly$(true);

const LOOPBACK = Uint8Array.of(127, 0, 0, 1);
const HOST = "127.0.0.1";
const REPEATS = 5;
const MiB = 1024 * 1024;

const now = () => performance.now();

/** The best result of `ours` and of `raw`, measured alternately. */
async function bestOfBoth(ours, raw) {
  let ourBest = 0;
  let rawBest = 0;
  for (let repeat = 0; repeat < REPEATS; repeat += 1) {
    rawBest = Math.max(rawBest, await raw());
    ourBest = Math.max(ourBest, await ours());
  }
  return [ourBest, rawBest];
}

async function rawPair() {
  const server = createServer({ allowHalfOpen: true });
  server.listen(0, HOST);
  await once(server, "listening");
  const accepted = once(server, "connection");
  const client = connect({ host: HOST, port: server.address().port, allowHalfOpen: true });
  await once(client, "connect");
  const [peer] = await accepted;
  server.close();
  return { client, peer };
}

async function smalltalkPair(backlog = 4) {
  const listener = Socket.newTCP();
  await listener.listenOnBacklogSizeInterface(0, backlog, LOOPBACK);
  const client = Socket.newTCP();
  await client.connectToPort(LOOPBACK, listener.localPort());
  const server = await listener.waitForAcceptFor(10);
  listener.destroy();
  return { client, server };
}

// ---- bulk TCP throughput (MiB/s)

const BULK_TOTAL = 512 * MiB;
const BULK_CHUNK = MiB;

async function rawBulk() {
  const { client, peer } = await rawPair();
  const chunk = Buffer.alloc(BULK_CHUNK, 7);
  let received = 0;
  const done = new Promise((resolve) => {
    peer.on("data", (data) => {
      received += data.length;
      if (received >= BULK_TOTAL) resolve();
    });
  });
  const start = now();
  for (let sent = 0; sent < BULK_TOTAL; sent += BULK_CHUNK) {
    if (!client.write(chunk)) await once(client, "drain");
  }
  await done;
  const seconds = (now() - start) / 1000;
  client.destroy();
  peer.destroy();
  return BULK_TOTAL / MiB / seconds;
}

function smalltalkBulk() {
  return runProcess(async () => {
    const { client, server } = await smalltalkPair();
    const chunk = new Uint8Array(BULK_CHUNK).fill(7);
    const start = now();
    await forkAt(async () => {
      for (let sent = 0; sent < BULK_TOTAL; ) sent += await client.sendData(chunk);
    }, Processor.userBackgroundPriority());
    const buffer = new Uint8Array(BULK_CHUNK);
    for (let received = 0; received < BULK_TOTAL; ) received += await server.receiveDataInto(buffer);
    const seconds = (now() - start) / 1000;
    client.destroy();
    server.destroy();
    return BULK_TOTAL / MiB / seconds;
  });
}

// ---- 1-byte ping-pong (round trips/s)

const ROUND_TRIPS = 20000;

async function rawPingPong() {
  const { client, peer } = await rawPair();
  client.setNoDelay(true);
  peer.setNoDelay(true);
  peer.on("data", (data) => peer.write(data));
  let remaining = ROUND_TRIPS;
  const start = now();
  await new Promise((resolve) => {
    client.on("data", () => {
      remaining -= 1;
      if (remaining === 0) resolve();
      else client.write("x");
    });
    client.write("x");
  });
  const seconds = (now() - start) / 1000;
  client.destroy();
  peer.destroy();
  return ROUND_TRIPS / seconds;
}

function smalltalkPingPong() {
  return runProcess(async () => {
    const { client, server } = await smalltalkPair();
    client.setOptionValue("TCP_NODELAY", true);
    server.setOptionValue("TCP_NODELAY", true);
    await forkAt(async () => {
      for (let round = 0; round < ROUND_TRIPS; round += 1) await server.sendData(await server.receiveData());
    }, Processor.userBackgroundPriority());
    const start = now();
    for (let round = 0; round < ROUND_TRIPS; round += 1) {
      await client.sendData("x");
      await client.receiveData();
    }
    const seconds = (now() - start) / 1000;
    client.destroy();
    server.destroy();
    return ROUND_TRIPS / seconds;
  });
}

// ---- connect/accept churn (connections/s)

const CONNECTIONS = 3000;

async function rawChurn() {
  const server = createServer();
  server.listen({ port: 0, host: HOST, backlog: 128 });
  await once(server, "listening");
  const port = server.address().port;
  const start = now();
  for (let index = 0; index < CONNECTIONS; index += 1) {
    const accepted = once(server, "connection");
    const client = connect({ host: HOST, port });
    await once(client, "connect");
    const [peer] = await accepted;
    client.destroy();
    peer.destroy();
  }
  const seconds = (now() - start) / 1000;
  server.close();
  return CONNECTIONS / seconds;
}

function smalltalkChurn() {
  return runProcess(async () => {
    const listener = Socket.newTCP();
    await listener.listenOnBacklogSizeInterface(0, 128, LOOPBACK);
    const port = listener.localPort();
    const start = now();
    for (let index = 0; index < CONNECTIONS; index += 1) {
      const client = Socket.newTCP();
      await client.connectToPort(LOOPBACK, port);
      const server = await listener.waitForAcceptFor(10);
      client.destroy();
      server.destroy();
    }
    const seconds = (now() - start) / 1000;
    listener.destroy();
    return CONNECTIONS / seconds;
  });
}

// ---- UDP datagrams per second
//
// UDP has no flow control: a sender that never waits overruns the receiver's socket buffer and
// most datagrams are dropped (on both sides alike). So both sides run the same windowed protocol:
// the sender sends WINDOW datagrams, then waits for the receiver's one-datagram acknowledgement.

const DATAGRAMS = 60000;
const WINDOW = 32;
const DATAGRAM = Buffer.alloc(64, 1);

async function udpPair() {
  const receiver = createSocket("udp4");
  receiver.bind(0, HOST);
  await once(receiver, "listening");
  const sender = createSocket("udp4");
  sender.bind(0, HOST);
  await once(sender, "listening");
  return { receiver, sender };
}

async function rawUdp() {
  const { receiver, sender } = await udpPair();
  const receiverPort = receiver.address().port;
  const senderPort = sender.address().port;
  let received = 0;
  receiver.on("message", () => {
    received += 1;
    if (received % WINDOW === 0) receiver.send("a", senderPort, HOST);
  });
  const start = now();
  for (let sent = 0; sent < DATAGRAMS; ) {
    const acknowledged = once(sender, "message");
    for (let index = 0; index < WINDOW; index += 1, sent += 1) sender.send(DATAGRAM, receiverPort, HOST);
    await acknowledged;
  }
  const seconds = (now() - start) / 1000;
  receiver.close();
  sender.close();
  return received / seconds;
}

function smalltalkUdp() {
  return runProcess(async () => {
    const receiver = Socket.newUDP();
    await receiver.setPort(0);
    const sender = Socket.newUDP();
    await sender.setPort(0);
    const datagram = new Uint8Array(DATAGRAM);
    const acknowledgement = new Uint8Array(8);
    const receiverPort = receiver.localPort();
    const senderPort = sender.localPort();
    let received = 0;
    await forkAt(async () => {
      const buffer = new Uint8Array(1500);
      while (received < DATAGRAMS) {
        await receiver.waitForData();
        while (received < DATAGRAMS && receiver.receiveUDPDataInto(buffer)[0] > 0) {
          received += 1;
          if (received % WINDOW === 0) await receiver.sendUDPDataToHostPort("a", LOOPBACK, senderPort);
        }
      }
    }, Processor.userBackgroundPriority());
    const start = now();
    for (let sent = 0; sent < DATAGRAMS; ) {
      for (let index = 0; index < WINDOW; index += 1, sent += 1) {
        await sender.sendUDPDataToHostPort(datagram, LOOPBACK, receiverPort);
      }
      await sender.waitForData();
      sender.receiveUDPDataInto(acknowledgement);
    }
    const seconds = (now() - start) / 1000;
    receiver.destroy();
    sender.destroy();
    return received / seconds;
  });
}

// ---- 1,000 concurrent echo connections served by Smalltalk processes

const ECHO_CONNECTIONS = 1000;
const ECHO_BYTES = 4096;

function openHandles() {
  return process.getActiveResourcesInfo().filter((name) => name.startsWith("TCP")).length;
}

async function settle() {
  for (let round = 0; round < 20; round += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    globalThis.gc?.();
  }
}

async function echoServers() {
  await settle();
  const handlesBefore = openHandles();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = now();
  let served = 0;
  let finished = 0;
  // The server: an accept loop process, and one process per connection echoing until the end.
  const port = await runProcess(async () => {
    const listener = Socket.newTCP();
    await listener.listenOnBacklogSizeInterface(0, 1024, LOOPBACK);
    await forkAt(async () => {
      while (served < ECHO_CONNECTIONS) {
        const connection = await listener.waitForAcceptFor(30);
        if (connection === null) break;
        served += 1;
        await forkAt(async () => {
          const buffer = new Uint8Array(8192);
          for (;;) {
            const count = await connection.receiveDataInto(buffer);
            if (count === 0) break;
            await connection.sendData(buffer.subarray(0, count));
          }
          await connection.closeAndDestroy();
          finished += 1;
        }, Processor.lowIOPriority());
      }
      listener.destroy();
    }, Processor.highIOPriority());
    return listener.localPort();
  });
  // The clients: plain node:net sockets, outside every Smalltalk process.
  let echoedRight = 0;
  await Promise.all(
    Array.from({ length: ECHO_CONNECTIONS }, async (_, index) => {
      const payload = Buffer.alloc(ECHO_BYTES, index % 251);
      const socket = connect({ host: HOST, port });
      await once(socket, "connect");
      const chunks = [];
      socket.on("data", (chunk) => chunks.push(chunk));
      // closeAndDestroy of a socket whose peer closed first aborts it (Squeak's destroy): a reset
      // may follow the echo.
      socket.on("error", () => {});
      const closed = new Promise((resolve) => socket.on("close", resolve));
      socket.end(payload);
      await closed;
      if (Buffer.concat(chunks).equals(payload)) echoedRight += 1;
    }),
  );
  while (finished < ECHO_CONNECTIONS) await new Promise((resolve) => setTimeout(resolve, 5));
  const seconds = (now() - start) / 1000;
  await settle();
  return {
    seconds,
    echoedRight,
    handlesBefore,
    handlesAfter: openHandles(),
    heapGrowthMiB: (process.memoryUsage().heapUsed - heapBefore) / MiB,
  };
}

// ---- SocketStream nextLine against readline (lines/s)

const LINES = 200000;
const LINE = "a line of text that goes across the socket, CR LF ended";

function lineBlock() {
  return Buffer.from(`${LINE}\r\n`.repeat(1000), "latin1");
}

async function rawLines() {
  const { client, peer } = await rawPair();
  const lines = createInterface({ input: peer, crlfDelay: Number.POSITIVE_INFINITY });
  let count = 0;
  const done = new Promise((resolve) => {
    lines.on("line", () => {
      count += 1;
      if (count === LINES) resolve();
    });
  });
  const start = now();
  const block = lineBlock();
  for (let sent = 0; sent < LINES; sent += 1000) if (!client.write(block)) await once(client, "drain");
  await done;
  const seconds = (now() - start) / 1000;
  lines.close();
  client.destroy();
  peer.destroy();
  return LINES / seconds;
}

function smalltalkLines() {
  return runProcess(async () => {
    const { client, server } = await smalltalkPair();
    const block = new Uint8Array(lineBlock());
    const start = now();
    await forkAt(async () => {
      for (let sent = 0; sent < LINES; sent += 1000) await client.sendData(block);
    }, Processor.userBackgroundPriority());
    const stream = SocketStream.on(server);
    for (let count = 0; count < LINES; count += 1) await stream.nextLine();
    const seconds = (now() - start) / 1000;
    client.destroy();
    server.destroy();
    return LINES / seconds;
  });
}

// ---- report

const ratioBenchmarks = {
  bulk: ["Bulk TCP, sendData: / receiveDataInto: (MiB/s)", smalltalkBulk, rawBulk, 0.9],
  pingpong: [
    "1-byte ping-pong, sendData: / receiveData (round trips/s)",
    smalltalkPingPong,
    rawPingPong,
    0.8,
  ],
  churn: [
    "Connect/accept churn, listenOn:backlogSize: / waitForAcceptFor: (connections/s)",
    smalltalkChurn,
    rawChurn,
    0.8,
  ],
  udp: [
    "UDP, sendUDPData:toHost:port: / receiveUDPDataInto:, window of 32 (datagrams/s)",
    smalltalkUdp,
    rawUdp,
    0.8,
  ],
  lines: ["SocketStream nextLine vs readline (lines/s)", smalltalkLines, rawLines, null],
};

const chosen = process.argv.slice(2);
const wanted = (name) => chosen.length === 0 || chosen.includes(name);
const format = (value) => (value >= 100 ? Math.round(value).toLocaleString("en-US") : value.toFixed(1));

console.log(`node ${process.version}, ${REPEATS} alternating runs of each side, best taken\n`);
for (const [name, [title, ours, raw, target]] of Object.entries(ratioBenchmarks)) {
  if (!wanted(name)) continue;
  const [ourValue, rawValue] = await bestOfBoth(ours, raw);
  const ratio = ourValue / rawValue;
  const verdict =
    target === null ? "" : ratio >= target ? `  (target ${target}x: met)` : `  (target ${target}x: MISSED)`;
  console.log(
    `${title}\n  socket-core ${format(ourValue)}  raw ${format(rawValue)}  ratio ${ratio.toFixed(2)}x${verdict}`,
  );
}
if (wanted("echo")) {
  const echo = await echoServers();
  console.log(
    `${ECHO_CONNECTIONS} concurrent echo connections served by Smalltalk processes (${ECHO_BYTES} bytes each)\n` +
      `  ${echo.echoedRight}/${ECHO_CONNECTIONS} echoed byte for byte in ${echo.seconds.toFixed(2)} s; ` +
      `TCP handles ${echo.handlesBefore} before, ${echo.handlesAfter} after; heap growth ${echo.heapGrowthMiB.toFixed(1)} MiB` +
      (globalThis.gc ? "" : " (run with --expose-gc for a settled heap)"),
  );
}
