/**
 * Measures the server's memory while units upload evidence: starts
 * `bin/duban.js serve` on a fresh data folder with the demo (its accounts
 * report on 市科技局's milestones), sends `parallel` reports of 10 files of
 * 20 MiB each at once, and prints the server's resident memory before and
 * at its peak (VmHWM), and the database file's size. docs/RELIABILITY.md
 * has the figures and the commands.
 *
 * Usage: tsx scripts/measure-evidence-upload.ts <multipart|json> [parallel]
 * (`json` is the old API's base64 body, for measuring a build from before).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [mode = "multipart", parallelArg = "1"] = process.argv.slice(2);
const parallel = Number(parallelArg);
const FILES = 10;
const MiB = 1024 * 1024;

const memory = (pid: number): { rss: number; peak: number } => {
  const status = readFileSync(`/proc/${String(pid)}/status`, "utf8");
  const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kib("VmRSS") / 1024, peak: kib("VmHWM") / 1024 };
};

/** A 20 MiB "PDF": the header the server sniffs, then bytes that do not compress. */
const pdf = (seed: number): Buffer => {
  const bytes = Buffer.alloc(20 * MiB);
  let x = seed + 1;
  for (let i = 0; i < bytes.length; i += 4) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes.writeUInt32LE(x, i);
  }
  bytes.write("%PDF-1.4\n", 0, "latin1");
  return bytes;
};

const data = mkdtempSync(join(tmpdir(), "duban-rss-"));
const server = spawn(process.execPath, ["bin/duban.js", "serve", "--port", "0", "--data", data], {
  env: { ...process.env, DUBAN_RATE_LIMIT_PER_MINUTE: "0", DUBAN_EVIDENCE_MB_PER_HOUR: "0" },
  stdio: ["ignore", "pipe", "inherit"],
});
const url = await new Promise<string>((resolve) => {
  let out = "";
  server.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    const found = /listening on (http:\/\/\S+)/.exec(out);
    if (found?.[1] !== undefined) resolve(found[1]);
  });
});
const pid = server.pid ?? 0;
const stop = async (): Promise<void> => {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
  rmSync(data, { recursive: true, force: true });
};
process.once("uncaughtException", (error) => {
  console.error(error);
  void stop().then(() => process.exit(1));
});

const login = await fetch(`${url}/api/session`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ username: "kjj.staff", password: "duban-demo-2022" }),
});
const { csrfToken } = (await login.json()) as { csrfToken: string };
const headers = {
  cookie: (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "",
  "x-csrf-token": csrfToken,
};
const call = async <T>(path: string, body?: FormData | object): Promise<T> => {
  const response = await fetch(`${url}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers:
      body === undefined || body instanceof FormData
        ? headers
        : { ...headers, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: body instanceof FormData ? body : JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${path}: ${String(response.status)} ${await response.text()}`);
  return (await response.json()) as T;
};

interface Milestone {
  readonly id: number;
  readonly workflow: { readonly version: number; readonly phase: string };
}
const { items } = await call<{ items: Milestone[] }>("/api/milestones?pageSize=200&role=lead");
const open = items.filter((m) => m.workflow.phase === "open").slice(0, parallel);
const files = Array.from({ length: FILES }, (_, i) => pdf(i));

const report = async (m: Milestone): Promise<void> => {
  const text = "测量：10 个 20 MiB 附件";
  if (mode === "json") {
    await call(`/api/milestones/${String(m.id)}/reports`, {
      version: m.workflow.version,
      text,
      files: files.map((bytes, i) => ({
        name: `f${String(i)}.pdf`,
        contentBase64: bytes.toString("base64"),
      })),
    });
    return;
  }
  const form = new FormData();
  files.forEach((bytes, i) => {
    form.append("files", new Blob([bytes]), `f${String(i)}.pdf`);
  });
  const { attachments } = await call<{ attachments: { id: number }[] }>(
    `/api/milestones/${String(m.id)}/evidence`,
    form,
  );
  await call(`/api/milestones/${String(m.id)}/reports`, {
    version: m.workflow.version,
    text,
    attachmentIds: attachments.map((a) => a.id),
  });
};

const before = memory(pid);
const started = Date.now();
await Promise.all(open.map(report));
const after = memory(pid);
const database = statSync(join(data, "duban.sqlite")).size / MiB;
console.log(
  `${mode}, ${String(open.length)} × ${String(FILES)} × 20 MiB: RSS before ${before.rss.toFixed(0)} MiB, ` +
    `peak ${after.peak.toFixed(0)} MiB; database ${database.toFixed(0)} MiB; ${String(Date.now() - started)} ms`,
);
await stop();
