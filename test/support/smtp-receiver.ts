import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";

/** One message as the test SMTP server received it. */
export interface ReceivedMail {
  readonly from: string | undefined;
  readonly to: readonly string[];
  readonly user: string | undefined;
  readonly raw: Buffer;
}

export interface SmtpReceiver {
  readonly port: number;
  readonly received: ReceivedMail[];
  readonly close: () => Promise<void>;
}

/** An SMTP error reply with the given code, as smtp-server sends it. */
export const smtpReply = (responseCode: number, text: string): Error =>
  Object.assign(new Error(text), { responseCode });

/**
 * A real SMTP server on 127.0.0.1 and a free port: plain text (no STARTTLS), AUTH PLAIN/LOGIN
 * allowed without TLS, accepting every login unless `options` says otherwise.
 */
export const startSmtpReceiver = async (options: SMTPServerOptions = {}): Promise<SmtpReceiver> => {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    allowInsecureAuth: true,
    onAuth: (auth, _session, callback) => {
      callback(null, { user: `${auth.username ?? ""}:${auth.password ?? ""}` });
    },
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const mailFrom = session.envelope.mailFrom;
        received.push({
          from: mailFrom === false ? undefined : mailFrom.address,
          to: session.envelope.rcptTo.map((r) => r.address),
          user: typeof session.user === "string" ? session.user : undefined,
          raw: Buffer.concat(chunks),
        });
        callback();
      });
    },
    ...options,
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
};
