import fastifyMultipart from "@fastify/multipart";
import type {} from "@fastify/rate-limit";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { largest } from "../../domain/append-all.js";
import { MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES } from "../../domain/evidence-file.js";
import { message } from "../../domain/message.js";
import { linkPagePath, LINK_TEXT_MAX } from "../../domain/milestone-link.js";
import { digestSecret } from "../../services/auth/secret-token.js";
import { DubanError } from "../../services/duban-error.js";
import { issueLink } from "../../services/links/issue-link.js";
import { openLink, requireLinkTo, submitLinkInput } from "../../services/links/link-access.js";
import { listLinks, revokeLink, viewLink } from "../../services/links/manage-links.js";
import { apiErrorSchema } from "../api-error.js";
import { actorOf } from "../authentication.js";
import { fieldLabel } from "../field-names.js";
import { baseUrlOf } from "../public-base-url.js";
import { rateLimited } from "../rate-limited.js";
import { arrayOf, idParams } from "../schemas/common.js";
import {
  linkInputFields,
  linkMilestoneParams,
  linkPageSchema,
  linkSchema,
  linkSubmissionSchema,
  linkTokenParams,
  newLinkBody,
  newLinkSchema,
} from "../schemas/links.js";
import { withSpooledUploads } from "../spool-uploads.js";
import type { RouteDeps } from "./route-deps.js";

const errors = {
  400: apiErrorSchema,
  401: apiErrorSchema,
  403: apiErrorSchema,
  404: apiErrorSchema,
};

const publicErrors = {
  400: apiErrorSchema,
  404: apiErrorSchema,
  410: apiErrorSchema,
  429: apiErrorSchema,
};

/** A submission's text fields, checked as a JSON body would be: the field at fault named. */
const readFields = (fields: Readonly<Record<string, string>>): z.infer<typeof linkInputFields> => {
  const checked = linkInputFields.safeParse({ ...fields });
  if (checked.success) return checked.data;
  const issue = checked.error.issues[0];
  // A field the form does not take is named itself, not the form as a whole.
  const path = (
    issue?.code === "unrecognized_keys" ? issue.keys.slice(0, 1) : (issue?.path ?? [])
  ).map(String);
  const label = fieldLabel(path);
  throw new DubanError(
    "link.invalid",
    message(`${label.zh}填写有误，请检查后重试`, `The ${label.en} is not accepted; check it`),
    { field: ["body", ...path].join(".") },
  );
};

/**
 * `/api/links`: milestone links (填报链接) made, listed and revoked with a
 * session; `/api/link/{token}`: what the link's holder reads and sends,
 * with the secret in the path and nothing else, rate limited per link and
 * per address on top of the server's own limit.
 */
export const linkRoutes =
  ({ db, settings, office }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // A submission is a form: the two text fields and the evidence files, with their limits.
    await app.register(fastifyMultipart, {
      limits: {
        fileSize: MAX_EVIDENCE_BYTES,
        files: MAX_EVIDENCE_FILES,
        // Room for a stray field or two, which the form's check then names.
        fields: 4,
        parts: MAX_EVIDENCE_FILES + 4,
        // UTF-8 takes up to 4 bytes a character: the text's own limit is checked after.
        fieldSize: LINK_TEXT_MAX * 4,
      },
    });

    const { perLink, perAddress } = settings.linkRateLimit;
    const limits = [
      ...(perAddress > 0 ? [app.createRateLimit({ max: perAddress, timeWindow: 60_000 })] : []),
      ...(perLink > 0
        ? [
            app.createRateLimit({
              max: perLink,
              timeWindow: 60_000,
              // Keyed by the secret's digest: the limiter's memory holds no secret.
              keyGenerator: (request) =>
                `link:${digestSecret((request.params as { token: string }).token)}`,
            }),
          ]
        : []),
    ];
    /** Every limit is counted on every request, so that one cannot be spent to spare another. */
    const rateLimit = async (request: FastifyRequest): Promise<void> => {
      const results = await Promise.all(limits.map((limit) => limit(request)));
      const exceeded = results.filter((result) => !result.isAllowed && result.isExceeded);
      if (exceeded.length > 0) {
        throw rateLimited(
          largest(
            exceeded.map((r) => (r.isAllowed ? 0 : r.ttlInSeconds)),
            1,
          ),
        );
      }
    };

    app.get(
      "/api/links",
      {
        schema: {
          summary: "Links with their use: the office's list holds all, a unit's those it issued",
          tags: ["links"],
          response: { 200: z.object({ items: arrayOf(linkSchema) }), ...errors },
        },
      },
      async (request) => ({ items: await listLinks(db, actorOf(request), office.now()) }),
    );

    app.post(
      "/api/links",
      {
        schema: {
          summary: "Issue a link for a unit without an account to read milestones and send input",
          description:
            "The office may name any milestone, a lead unit's people those their unit leads; the unit must be named on each milestone in a role other than lead. The secret is in this answer only.",
          tags: ["links"],
          body: newLinkBody,
          response: { 201: newLinkSchema, ...errors, 409: apiErrorSchema },
        },
      },
      async (request, reply) => {
        const { milestoneIds, unitId, contactName, days } = request.body;
        const now = office.now();
        const { token, row } = await issueLink(
          db,
          actorOf(request),
          { milestoneIds, unitId, contact: contactName, days },
          now,
        );
        const url = `${baseUrlOf(settings, request)}${linkPagePath(token)}`;
        return reply.status(201).send({ ...(await viewLink(db, row, now)), token, url });
      },
    );

    app.delete(
      "/api/links/:id",
      {
        schema: {
          summary: "Revoke a link: its address is refused from now on",
          tags: ["links"],
          params: idParams,
          response: { 200: linkSchema, ...errors },
        },
      },
      (request) => revokeLink(db, actorOf(request), request.params.id, office.now()),
    );

    app.get(
      "/api/link/:token",
      {
        // The link's holder has no account: the secret in the path is the credential.
        config: { public: true },
        preHandler: rateLimit,
        schema: {
          summary: "What a link's holder reads: the milestones it names, and nothing else",
          tags: ["links"],
          security: [],
          params: linkTokenParams,
          response: { 200: linkPageSchema, ...publicErrors },
        },
      },
      (request) => openLink(db, request.params.token, office.now()),
    );

    app.post(
      "/api/link/:token/milestones/:id/input",
      {
        config: { public: true },
        preHandler: rateLimit,
        schema: {
          summary: "Send the unit's input on a milestone the link names (multipart/form-data)",
          description: `Fields holderName (the sender's name, as it will show in the milestone's history) and text, then up to ${String(MAX_EVIDENCE_FILES)} evidence files of ${String(MAX_EVIDENCE_BYTES / 1024 / 1024)} MiB each, counted against the unit's storage quota. Recorded as the unit's input, through the link, under the name given.`,
          tags: ["links"],
          security: [],
          consumes: ["multipart/form-data"],
          params: linkMilestoneParams,
          response: {
            201: linkSubmissionSchema,
            409: apiErrorSchema,
            413: apiErrorSchema,
            415: apiErrorSchema,
            ...publicErrors,
          },
        },
      },
      async (request, reply) => {
        const { token, id } = request.params;
        // Refused before a byte of the files is read.
        await requireLinkTo(db, token, id, office.now());
        const result = await withSpooledUploads(request, (files, fields) => {
          const { holderName, text } = readFields(fields);
          return submitLinkInput(
            db,
            token,
            { milestoneId: id, holder: holderName, text, files },
            settings.evidence,
            office.stepTime(),
          );
        });
        return reply.status(201).send(result);
      },
    );
  };
