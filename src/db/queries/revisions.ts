import type { Kysely } from "kysely";
import type { Schema } from "../schema.js";

export interface SourceFile {
  readonly sha256: string;
  readonly name: string;
  readonly format: string;
  readonly content: Uint8Array;
}

export interface RevisionRow {
  readonly number: number;
  readonly title: string;
  readonly actor: string;
  readonly createdAt: string;
  readonly source: {
    readonly name: string;
    readonly sha256: string;
    readonly format: string;
    readonly size: number;
  };
  readonly diffJson: string;
}

export const insertSourceFile = async (
  db: Kysely<Schema>,
  file: SourceFile,
  now: string,
): Promise<number> => {
  const row = await db
    .insertInto("source_files")
    .values({
      sha256: file.sha256,
      name: file.name,
      format: file.format,
      size: file.content.length,
      content: file.content,
      imported_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
};

export interface NewRevision {
  readonly planId: number;
  readonly number: number;
  readonly sourceFileId: number;
  readonly title: string;
  readonly subtitle: string | null;
  readonly columns: readonly string[];
  readonly headerCounts: unknown;
  readonly diff: unknown;
  /** The preview's corrections applied to the file; none is stored as null. */
  readonly corrections: readonly unknown[];
  readonly actor: string;
}

/** Corrections as stored: null for none, so that "no corrections" has one form. */
export const correctionsJson = (corrections: readonly unknown[]): string | null =>
  corrections.length === 0 ? null : JSON.stringify(corrections);

export const insertRevision = async (
  db: Kysely<Schema>,
  revision: NewRevision,
  now: string,
): Promise<void> => {
  await db
    .insertInto("revisions")
    .values({
      plan_id: revision.planId,
      number: revision.number,
      source_file_id: revision.sourceFileId,
      title: revision.title,
      subtitle: revision.subtitle,
      columns_json: JSON.stringify(revision.columns),
      header_counts_json:
        revision.headerCounts === null ? null : JSON.stringify(revision.headerCounts),
      diff_json: JSON.stringify(revision.diff),
      corrections_json: correctionsJson(revision.corrections),
      actor: revision.actor,
      created_at: now,
    })
    .execute();
};

export const listRevisions = async (db: Kysely<Schema>, planId: number): Promise<RevisionRow[]> => {
  const rows = await db
    .selectFrom("revisions")
    .innerJoin("source_files", "source_files.id", "revisions.source_file_id")
    .select([
      "revisions.number",
      "revisions.title",
      "revisions.actor",
      "revisions.created_at",
      "revisions.diff_json",
      "source_files.name",
      "source_files.sha256",
      "source_files.format",
      "source_files.size",
    ])
    .where("revisions.plan_id", "=", planId)
    .orderBy("revisions.number")
    .execute();
  return rows.map((r) => ({
    number: r.number,
    title: r.title,
    actor: r.actor,
    createdAt: r.created_at,
    diffJson: r.diff_json,
    source: { name: r.name, sha256: r.sha256, format: r.format, size: r.size },
  }));
};

/** The SHA-256 of the file behind a plan's revision, and the corrections applied to it. */
export const revisionSource = async (
  db: Kysely<Schema>,
  planId: number,
  revision: number,
): Promise<{ readonly sha256: string; readonly correctionsJson: string | null } | undefined> => {
  const row = await db
    .selectFrom("revisions")
    .innerJoin("source_files", "source_files.id", "revisions.source_file_id")
    .select(["source_files.sha256", "revisions.corrections_json"])
    .where("revisions.plan_id", "=", planId)
    .where("revisions.number", "=", revision)
    .executeTakeFirst();
  return row && { sha256: row.sha256, correctionsJson: row.corrections_json };
};

/**
 * The corrections last kept with a revision of the same file (by SHA-256)
 * in one of the plans named (by id or key), as stored; null when there are none.
 */
export const keptCorrections = async (
  db: Kysely<Schema>,
  plans: { readonly planId?: number; readonly planKeys: readonly string[] },
  sha256: string,
): Promise<string | null> => {
  const row = await db
    .selectFrom("revisions")
    .innerJoin("source_files", "source_files.id", "revisions.source_file_id")
    .innerJoin("plans", "plans.id", "revisions.plan_id")
    .select("revisions.corrections_json")
    .where("source_files.sha256", "=", sha256)
    .where((eb) =>
      plans.planId === undefined
        ? eb("plans.plan_key", "in", [...plans.planKeys])
        : eb("plans.id", "=", plans.planId),
    )
    .orderBy("revisions.created_at", "desc")
    .orderBy("revisions.id", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.corrections_json ?? null;
};

/**
 * The revision in force at a moment: the last one written at or before it,
 * or 0 when the plan did not exist yet. With the version rows of that
 * revision (plan-content.ts) this answers "what did the plan say on day D".
 */
export const revisionAt = async (
  db: Kysely<Schema>,
  planId: number,
  at: string,
): Promise<number> => {
  const row = await db
    .selectFrom("revisions")
    .select((eb) => eb.fn.max("number").as("number"))
    .where("plan_id", "=", planId)
    .where("created_at", "<=", at)
    .executeTakeFirst();
  return row?.number ?? 0;
};
