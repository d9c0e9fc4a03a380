import { describe, expect, it } from "vitest";
import { connectedPair, inProcess, pause } from "./helpers.js";

/** How many TCP connection handles keep Node's event loop alive. */
function openTcpHandles(): number {
  return process.getActiveResourcesInfo().filter((name) => name === "TCPSocketWrap").length;
}

describe("closeAndDestroy releases the connection", () => {
  it("after Squeak's close-then-abort, no TCP handle is left open (a program can end)", async () => {
    const before = openTcpHandles();
    await inProcess(async () => {
      const { client, server, listener } = await connectedPair();
      await client.sendData("last");
      await client.closeAndDestroy();
      expect(await server.receiveData()).toBe("last");
      await server.closeAndDestroy();
      await listener.closeAndDestroy();
      for (let tries = 0; tries < 100 && openTcpHandles() > before; tries += 1) await pause(10);
    });
    expect(openTcpHandles()).toBe(before);
  });
});
