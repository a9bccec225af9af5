import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { PROPOSAL_KINDS } from "../../domain/directory-sync.js";
import {
  decideAllOfKind,
  decideProposal,
  listProposals,
  syncDirectory,
} from "../../services/directory/directory-proposals.js";
import {
  directorySettingsView,
  removeDirectorySettings,
  saveDirectorySettings,
  testDirectory,
} from "../../services/directory/directory-settings.js";
import { apiErrorSchema } from "../api-error.js";
import { actorOf } from "../authentication.js";
import { arrayOf, idParams } from "../schemas/common.js";
import { messageSchema } from "../schemas/people.js";
import type { RouteDeps } from "./route-deps.js";

const errors = {
  400: apiErrorSchema,
  401: apiErrorSchema,
  403: apiErrorSchema,
  404: apiErrorSchema,
  409: apiErrorSchema,
  503: apiErrorSchema,
};

const settingsSchema = z
  .object({
    source: z.enum(["environment", "database", "none"]).meta({
      description: "environment: DUBAN_LDAP_* (they win, and the screen cannot change them)",
    }),
    url: z.string().nullable(),
    bindDn: z.string(),
    bindPasswordSet: z.boolean().meta({ description: "the password itself is never sent back" }),
    baseDn: z.string(),
    userFilter: z.string(),
    usernameAttribute: z.string(),
    nameAttribute: z.string(),
  })
  .meta({ id: "DirectorySettings" });

const settingsInput = z.object({
  url: z.string().max(500),
  bindDn: z.string().max(500),
  bindPassword: z
    .string()
    .max(500)
    .optional()
    .meta({ description: "omitted: the stored password is kept" }),
  baseDn: z.string().max(500),
  userFilter: z.string().max(500),
  usernameAttribute: z.string().max(100),
  nameAttribute: z.string().max(100),
});

const proposalSchema = z
  .object({
    id: z.number().int(),
    kind: z.enum(PROPOSAL_KINDS),
    subject: z.string().meta({ description: "the entry's DN" }),
    details: z.record(z.string(), z.unknown()).meta({
      description:
        "unit: name; user: username, displayName, unitName; link: userId, username; move: userId, username, fromUnitName, unitName, previousSubject; disable: userId, username",
    }),
    proposedAt: z.string(),
  })
  .meta({ id: "DirectoryProposal" });

const proposalsSchema = z.object({ proposals: arrayOf(proposalSchema) });
const decision = z.enum(["accept", "reject"]);

/**
 * `/api/admin/directory`: the LDAP directory's settings (administrators; the
 * environment wins), a connection test, the sync and its proposals.
 */
export const directoryRoutes =
  ({ db, settings, office }: RouteDeps): FastifyPluginAsyncZod =>
  (app) => {
    const fromEnv = settings.auth.directory;
    const listed = async (request: Parameters<typeof actorOf>[0]) => ({
      proposals: (await listProposals(db, actorOf(request))).map((p) => ({
        ...p,
        kind: p.kind as (typeof PROPOSAL_KINDS)[number],
        details: p.details as Record<string, unknown>,
      })),
    });

    app.get(
      "/api/admin/directory",
      {
        schema: {
          summary: "The LDAP directory's settings, without the service account's password",
          tags: ["directory"],
          response: { 200: settingsSchema, ...errors },
        },
      },
      (request) => directorySettingsView(db, actorOf(request), fromEnv),
    );

    app.put(
      "/api/admin/directory",
      {
        schema: {
          summary: "Save the LDAP directory's settings (refused while DUBAN_LDAP_URL is set)",
          tags: ["directory"],
          body: settingsInput,
          response: { 200: settingsSchema, ...errors },
        },
      },
      (request) => saveDirectorySettings(db, actorOf(request), fromEnv, request.body, office.now()),
    );

    app.delete(
      "/api/admin/directory",
      {
        schema: {
          summary: "Remove the LDAP directory's settings saved in the admin screen",
          tags: ["directory"],
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await removeDirectorySettings(db, actorOf(request), fromEnv, office.now());
        return reply.status(204).send(null);
      },
    );

    app.post(
      "/api/admin/directory/test",
      {
        schema: {
          summary: "Whether the directory answers and takes the service account",
          tags: ["directory"],
          response: { 200: z.object({ problem: z.string().nullable() }), ...errors },
        },
      },
      async (request) => ({ problem: await testDirectory(db, actorOf(request), fromEnv) }),
    );

    app.post(
      "/api/admin/directory/sync",
      {
        schema: {
          summary: "Read the directory and propose units, users, links, moves and disables",
          description: "Changes nothing: each proposal waits for an administrator's decision.",
          tags: ["directory"],
          response: { 200: proposalsSchema, ...errors },
        },
      },
      async (request) => {
        await syncDirectory(db, actorOf(request), fromEnv, office.now());
        return listed(request);
      },
    );

    app.get(
      "/api/admin/directory/proposals",
      {
        schema: {
          summary: "The open proposals of the last directory sync",
          tags: ["directory"],
          response: { 200: proposalsSchema, ...errors },
        },
      },
      (request) => listed(request),
    );

    app.post(
      "/api/admin/directory/proposals/:id/decision",
      {
        schema: {
          summary: "Accept or reject one proposal (audited)",
          tags: ["directory"],
          params: idParams,
          body: z.object({ decision }),
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await decideProposal(
          db,
          actorOf(request),
          request.params.id,
          request.body.decision,
          office.now(),
        );
        return reply.status(204).send(null);
      },
    );

    app.post(
      "/api/admin/directory/proposals/decision",
      {
        schema: {
          summary: "Accept or reject every open proposal of one kind",
          tags: ["directory"],
          body: z.object({ kind: z.enum(PROPOSAL_KINDS), decision }),
          response: {
            200: z.object({
              decided: z.number().int(),
              failed: arrayOf(z.object({ id: z.number().int(), message: messageSchema })),
            }),
            ...errors,
          },
        },
      },
      async (request) => {
        const outcome = await decideAllOfKind(
          db,
          actorOf(request),
          request.body.kind,
          request.body.decision,
          office.now(),
        );
        return {
          decided: outcome.decided,
          failed: outcome.failed.map(({ id, error }) => ({ id, message: error.text })),
        };
      },
    );
    return Promise.resolve();
  };
