import { execFile, spawnSync } from "node:child_process";

/** A response as a client saw it. */
export interface SeenResponse {
  readonly client: "fetch" | "curl";
  readonly path: string;
  readonly status: number;
  readonly contentType: string | null;
  readonly body: string;
}

/** GET `path` from 127.0.0.1:`port` with Node's `fetch`. */
export async function fetchGet(port: number, path: string): Promise<SeenResponse> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  return {
    client: "fetch",
    path,
    status: response.status,
    contentType: response.headers.get("content-type"),
    body: await response.text(),
  };
}

/** Whether the `curl` command is installed. */
export function curlInstalled(): boolean {
  return spawnSync("curl", ["--version"], { stdio: "ignore" }).status === 0;
}

/** GET `path` from 127.0.0.1:`port` with the `curl` command (headers included, then parsed). */
export function curlGet(port: number, path: string): Promise<SeenResponse> {
  return new Promise((resolve, reject) => {
    execFile(
      "curl",
      ["--silent", "--show-error", "--include", "--max-time", "20", `http://127.0.0.1:${port}${path}`],
      { encoding: "latin1" },
      (error, stdout) => {
        if (error !== null) return reject(error);
        const split = stdout.indexOf("\r\n\r\n");
        const head = stdout.slice(0, split).split("\r\n");
        const contentType = head.find((line) => /^content-type:/i.test(line));
        resolve({
          client: "curl",
          path,
          status: Number(head[0]?.split(" ")[1]),
          contentType:
            contentType === undefined ? null : contentType.slice(contentType.indexOf(":") + 1).trim(),
          body: stdout.slice(split + 4),
        });
      },
    );
  });
}
