import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { message, type Message } from "../domain/message.js";
import { DubanError, type ErrorCode } from "../services/duban-error.js";
import { apiError, type ApiError } from "./api-error.js";
import { fieldLabel } from "./field-names.js";
import { isAppPage } from "./web-app.js";

/** A use case's failure as an HTTP status; the CLI has its own map to exit statuses. */
export const STATUS_BY_CODE: Readonly<Record<ErrorCode, number>> = {
  "plan.not_found": 404,
  "revision.not_found": 404,
  "task.not_found": 404,
  "milestone.not_found": 404,
  "unit.not_found": 404,
  "user.not_found": 404,
  "oidc.mapping_not_found": 404,
  "token.not_found": 404,
  "token.invalid": 400,
  "calendar_feed.not_found": 404,
  "calendar_feed.invalid": 400,
  "link.not_found": 404,
  // The link was real and has run out: gone, as a holder should be told to ask for a new one.
  "link.expired": 410,
  "link.invalid": 400,
  "import.invalid_file": 422,
  "import.conflict": 409,
  "import.confirmation_required": 409,
  "import.busy": 503,
  "import.invalid_corrections": 400,
  "unit.invalid_merge": 400,
  "unit.invalid_input": 400,
  "unit.conflict": 409,
  "user.conflict": 409,
  "user.invalid": 400,
  "auth.required": 401,
  "auth.invalid_credentials": 401,
  "auth.forbidden": 403,
  "auth.csrf": 403,
  "auth.second_factor_required": 403,
  // Not 401: the session stands, only the code was wrong.
  "auth.invalid_code": 400,
  "second_factor.conflict": 409,
  "auth.locked": 429,
  "auth.not_linked": 403,
  "directory.not_configured": 404,
  "directory.unreachable": 503,
  "directory.invalid_input": 400,
  "directory.proposal_not_found": 404,
  "directory.proposal_blocked": 409,
  "request.rate_limited": 429,
  "milestone.conflict": 409,
  "milestone.invalid_state": 409,
  "milestone.invalid_input": 400,
  "milestone.removed": 409,
  "request.not_found": 404,
  "draft.not_found": 404,
  "draft.conflict": 409,
  "attachment.invalid": 415,
  "attachment.too_large": 413,
  "attachment.quota_exceeded": 413,
  "attachment.rate_limited": 429,
  "instruction.not_found": 404,
  "target.not_found": 404,
  "target.invalid_input": 400,
  "target.invalid_state": 409,
  "notice.not_found": 404,
  "instruction.invalid_input": 400,
  "search.invalid_query": 400,
  "instruction.invalid_state": 409,
  "instruction.conflict": 409,
  "plan.conflict": 409,
  "plan.invalid_input": 400,
  "plan.archived": 409,
  "plan.has_work": 409,
  "reminders.busy": 409,
  "contact.invalid": 400,
  "distribution.not_found": 404,
  "distribution.invalid_input": 400,
  "distribution.busy": 409,
  "backup.failed": 500,
  "backup.unverified": 500,
  "restore.failed": 500,
  "export.unavailable": 400,
};

const INTERNAL = message(
  "服务器内部错误，请稍后再试；如持续出现，请把请求编号告知管理员",
  "Internal server error; try again later, and if it persists give the request id to the administrator",
);

const pathOf = (instancePath: string): string[] =>
  instancePath.split("/").filter((part) => part !== "");

/** "/year" with context "body" → "body.year": the form a client can point at. */
const fieldOf = (context: string | undefined, instancePath: string): string =>
  [context, ...pathOf(instancePath)]
    .filter((part): part is string => part !== undefined && part !== "")
    .join(".");

const fromDubanError = (error: DubanError): ApiError =>
  apiError(STATUS_BY_CODE[error.code], error.code, error.text, {
    ...(error.field === undefined ? {} : { field: error.field }),
    ...(error.code === "import.invalid_file"
      ? { details: { diagnostics: error.diagnostics } }
      : error.retryAfterSeconds !== undefined
        ? { details: { retryAfterSeconds: error.retryAfterSeconds } }
        : error.current !== undefined
          ? { details: { current: error.current } }
          : error.details !== undefined
            ? { details: error.details }
            : {}),
  });

declare module "fastify" {
  interface FastifyContextConfig {
    /** What a body over the route's limit is told, where the byte count would mislead. */
    tooLarge?: Message;
  }
}

const MiB = 1024 * 1024;

/**
 * A body over its route's limit, which the answer states: the route's own
 * words, a file sent as the body (a table to import), or a JSON request.
 */
const tooLarge = (request: FastifyRequest): ApiError => {
  const own = request.routeOptions.config.tooLarge;
  if (own !== undefined) return apiError(413, "request.too_large", own);
  const mebibytes = Math.round((request.routeOptions.bodyLimit / MiB) * 10) / 10;
  const limit = `${String(mebibytes)} MiB`;
  const json = (request.headers["content-type"] ?? "").includes("json");
  return apiError(
    413,
    "request.too_large",
    json
      ? message(`请求内容超过 ${limit} 的上限`, `The request body exceeds the ${limit} limit`)
      : message(`文件超过 ${limit} 的上限`, `The file exceeds the ${limit} limit`),
  );
};

const fromFastifyError = (error: FastifyError, request: FastifyRequest): ApiError | undefined => {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((issue) => ({
      field: fieldOf(error.validationContext, issue.instancePath),
      code: issue.keyword,
      message: issue.message,
    }));
    const field = issues[0]?.field ?? "";
    const label = fieldLabel(pathOf(error.validation[0]?.instancePath ?? ""));
    return apiError(
      400,
      "validation.failed",
      message(
        `${label.zh}填写有误，请检查后重试`,
        `The ${label.en} is not accepted; check it and try again`,
      ),
      { field, details: issues },
    );
  }
  // A body over the route's limit, sent whole or as a multipart form's file.
  if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE" || error.code === "FST_REQ_FILE_TOO_LARGE") {
    return tooLarge(request);
  }
  // Fastify's own refusals of a malformed request (bad JSON, unsupported media type):
  // the client's fault, so its status stands; Fastify's code says which.
  const status = error.statusCode;
  if (error.code.startsWith("FST_") && status !== undefined && status >= 400 && status < 500) {
    return apiError(
      status,
      "request.invalid",
      message("请求格式有误", "The request is malformed"),
      { details: { reason: error.code } },
    );
  }
  return undefined;
};

/**
 * The one place a failure becomes an HTTP response. Anything not known here
 * is a bug: logged in full with the request id, answered with no detail.
 */
export const registerErrorHandling = (
  app: FastifyInstance,
  servesWebApp: boolean,
  onRefused: (request: FastifyRequest, action: string, status: number) => Promise<void>,
): void => {
  app.setErrorHandler(async (error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const known =
      error instanceof DubanError
        ? fromDubanError(error)
        : error instanceof Error && typeof (error as FastifyError).code === "string"
          ? fromFastifyError(error as FastifyError, request)
          : undefined;
    if (known !== undefined) {
      if (known.error.status >= 500) request.log.error({ err: error }, "request failed");
      if (error instanceof DubanError && error.retryAfterSeconds !== undefined) {
        void reply.header("retry-after", String(error.retryAfterSeconds));
      }
      if (error instanceof DubanError && error.refusedAction !== undefined) {
        await onRefused(request, error.refusedAction, known.error.status).catch(
          (failure: unknown) => {
            request.log.error({ err: failure }, "recording a refusal failed");
          },
        );
      }
      return reply.status(known.error.status).send(known);
    }
    request.log.error({ err: error }, "unhandled error");
    return reply.status(500).send(apiError(500, "internal", INTERNAL));
  });

  app.setNotFoundHandler((request, reply) => {
    // The browser app's own pages (/plans/3) are index.html; it routes them itself.
    if (servesWebApp && isAppPage(request.method, request.url)) {
      return reply.type("text/html").sendFile("index.html");
    }
    // The path only: a query string may carry something not meant for echoing.
    const path = request.url.split("?")[0] ?? "";
    return reply
      .status(404)
      .send(
        apiError(
          404,
          "route.not_found",
          message(
            `没有这个接口：${request.method} ${path}`,
            `No such endpoint: ${request.method} ${path}`,
          ),
        ),
      );
  });
};
