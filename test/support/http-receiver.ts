import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as the test HTTP server received it. */
export interface ReceivedRequest {
  readonly method: string;
  /** Path and query, as sent. */
  readonly url: string;
  readonly headers: IncomingMessage["headers"];
  /** The raw body bytes, undecoded. */
  readonly body: Buffer;
}

export type Responder = (request: ReceivedRequest, response: ServerResponse) => void;

export interface HttpReceiver {
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  readonly requests: ReceivedRequest[];
  /** Changes how the next requests are answered. */
  respondWith: (responder: Responder) => void;
  readonly close: () => Promise<void>;
}

/** Answers with this status and JSON body. */
export const json =
  (status: number, body: unknown): Responder =>
  (_request, response) => {
    response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
    response.end(JSON.stringify(body));
  };

/**
 * A local HTTP server on 127.0.0.1 and a free port that records every request. Duban
 * refuses loopback destinations: deliveries to it need LOCAL_RECEIVERS (local-receivers.ts).
 */
export const startHttpReceiver = async (initial: Responder): Promise<HttpReceiver> => {
  const requests: ReceivedRequest[] = [];
  let responder = initial;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const received: ReceivedRequest = {
        method: request.method ?? "",
        url: request.url ?? "",
        headers: request.headers,
        body: Buffer.concat(chunks),
      };
      requests.push(received);
      responder(received, response);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    respondWith: (next) => {
      responder = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
};

/** A port on 127.0.0.1 that nothing listens on (it was free a moment ago). */
export const closedPort = async (): Promise<number> => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
  return port;
};
