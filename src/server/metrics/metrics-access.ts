import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";
import ipaddr from "ipaddr.js";
import { message } from "../../domain/message.js";
import { DubanError } from "../../services/duban-error.js";
import { bearerToken } from "../authentication.js";
import type { MetricsSettings } from "./metrics-settings.js";

/** Headers a reverse proxy adds: a request carrying one came through it, from anywhere. */
const FORWARDED = ["x-forwarded-for", "forwarded", "x-real-ip"] as const;

const isLoopback = (address: string | undefined): boolean => {
  if (address === undefined || !ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === "loopback";
};

/**
 * Sent by a process on this machine straight to Duban's port. The socket's own address,
 * never X-Forwarded-For: behind a proxy on the same machine every request arrives from
 * loopback, so a request that names a forwarded client came through the proxy and is not
 * local, whatever DUBAN_TRUST_PROXY says. Trusting the forwarded address instead would let
 * a client write "X-Forwarded-For: 127.0.0.1" to a proxy that appends to the header.
 */
const fromThisMachine = (request: FastifyRequest): boolean =>
  isLoopback(request.socket.remoteAddress) &&
  FORWARDED.every((name) => request.headers[name] === undefined);

/** Compared as digests, in constant time: neither the token nor its length leaks through timing. */
const sameToken = (sent: string, expected: string): boolean =>
  timingSafeEqual(
    createHash("sha256").update(sent).digest(),
    createHash("sha256").update(expected).digest(),
  );

const wrongToken = (): DubanError =>
  new DubanError(
    "auth.required",
    message(
      "监控令牌缺失或错误：请以 Authorization: Bearer 发送 DUBAN_METRICS_TOKEN 的值",
      "The metrics token is missing or wrong: send DUBAN_METRICS_TOKEN's value as Authorization: Bearer",
    ),
  );

const localOnly = (): DubanError =>
  new DubanError(
    "auth.forbidden",
    message(
      "/metrics 只对本机直接访问开放（不经代理）；从其他地址抓取，请设置 DUBAN_METRICS_TOKEN 并以 Authorization: Bearer 发送",
      "/metrics answers only this machine, not through a proxy; to scrape from elsewhere set DUBAN_METRICS_TOKEN and send it as Authorization: Bearer",
    ),
  );

/**
 * Why a request may not read /metrics, or null when it may: with the right token from
 * anywhere; without any from this machine only. A token that is sent must be right, even
 * from this machine (the caller meant to authenticate).
 */
export const metricsRefusal = (
  request: FastifyRequest,
  settings: MetricsSettings,
): DubanError | null => {
  const sent = bearerToken(request);
  if (sent !== undefined) {
    return settings.token !== undefined && sameToken(sent, settings.token) ? null : wrongToken();
  }
  if (fromThisMachine(request)) return null;
  return settings.token === undefined ? localOnly() : wrongToken();
};
