import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readSync,
  rmSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DEFAULT_MIGRATION_TABLE } from "kysely";
import type { DatabaseConfig } from "../../db/config.js";
import { openDatabase, type Database } from "../../db/database.js";
import { migrateToLatest } from "../../db/migrate.js";
import { contentCounts, type ContentCounts } from "../../db/queries/content-counts.js";
import { ensureTrigramExtension } from "../../db/queries/search-index.js";
import { createScratchDatabase, dropScratchDatabase } from "../../db/scratch-database.js";
import { prepareSqliteCopy } from "../../db/sqlite-file.js";
import { message, type Message } from "../../domain/message.js";
import { checkDatabase, type DatabaseProblem } from "../check-database.js";
import { DubanError } from "../duban-error.js";
import {
  missingToolGuidance,
  runPostgresTool,
  scratchRestoreArgs,
  type ToolLocation,
} from "../postgres-tools.js";

export type BackupFormat = "sqlite" | "pg_dump";

export interface VerifyInput extends ToolLocation {
  readonly file: string;
  /**
   * Where a pg_dump archive is restored: a scratch database made on this
   * server (`--into`, else the configured PostgreSQL). Unused for SQLite.
   */
  readonly server: (DatabaseConfig & { kind: "postgres" }) | undefined;
}

export interface BackupVerification {
  readonly file: string;
  readonly format: BackupFormat;
  /** True when the restored copy passed every check of `duban check`. */
  readonly ok: boolean;
  readonly counts: ContentCounts;
  readonly problems: readonly DatabaseProblem[];
  /** Where it was restored, gone by now: the temporary SQLite file, or the scratch PostgreSQL database. */
  readonly scratch: string;
}

const unverified = (file: string, reason: Message): DubanError =>
  new DubanError(
    "backup.unverified",
    message(
      `「${file}」无法恢复，不是可用的备份：${reason.zh}`,
      `"${file}" cannot be restored and is no usable backup: ${reason.en}`,
    ),
  );

const formatOf = (file: string): BackupFormat | null => {
  const head = Buffer.alloc(16);
  const fd = openSync(file, "r");
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString("latin1") === "SQLite format 3\u0000") return "sqlite";
  return head.subarray(0, 5).toString("latin1") === "PGDMP" ? "pg_dump" : null;
};

/**
 * The restored copy brought up to this version (as a start after a restore
 * would) and checked as `duban check` checks a database.
 */
const checkRestored = async (
  db: Database,
  scratch: string,
): Promise<{ counts: ContentCounts; problems: readonly DatabaseProblem[]; scratch: string }> => {
  await migrateToLatest(db);
  const check = await checkDatabase(db);
  return { counts: await contentCounts(db.kysely), problems: check.problems, scratch };
};

const verifySqlite = async (file: string) => {
  const dir = mkdtempSync(join(tmpdir(), "duban-verify-"));
  try {
    const copy = join(dir, "duban.sqlite");
    copyFileSync(file, copy);
    const unsound = prepareSqliteCopy(copy);
    if (unsound) throw unverified(file, unsound);
    const db = openDatabase({ kind: "sqlite", file: copy });
    try {
      return await checkRestored(db, copy);
    } finally {
      await db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

/** The schema whose Duban tables the archive holds, from pg_restore's listing. */
const archivedSchema = (listing: string): string | null =>
  new RegExp(` TABLE (\\S+) ${DEFAULT_MIGRATION_TABLE} `).exec(listing)?.[1] ?? null;

/**
 * A pg_dump archive is restored whole into a database made for the purpose
 * and dropped afterwards: pg_restore cannot put a schema's objects under
 * another name, so a scratch schema beside the live one is not possible.
 */
const verifyPostgres = async (file: string, input: VerifyInput) => {
  const server = input.server;
  if (server === undefined) {
    throw unverified(
      file,
      message(
        "这是 PostgreSQL 备份，验证需要 PostgreSQL 服务器：设置 DATABASE_URL，或用 --into URL 指定",
        "it is a PostgreSQL backup, which needs a PostgreSQL server to verify: set DATABASE_URL or name one with --into URL",
      ),
    );
  }
  const tool = { ...input, password: decodeURIComponent(new URL(server.url).password) };
  const listing = await runPostgresTool("pg_restore", ["--list", file], tool);
  if (listing.kind === "missing") {
    throw new DubanError("backup.unverified", missingToolGuidance("pg_restore", server, file));
  }
  if (listing.kind === "failed") throw unverified(file, message(listing.stderr, listing.stderr));
  const schema = archivedSchema(listing.stdout);
  if (schema === null) {
    throw unverified(file, message("其中没有 Duban 的数据表", "it holds no Duban tables"));
  }
  const scratchUrl = await createScratchDatabase(server);
  try {
    const scratch: DatabaseConfig = {
      kind: "postgres",
      url: scratchUrl,
      ...(schema === "public" ? {} : { schema }),
    };
    const db = openDatabase(scratch, 2);
    try {
      // A schema's archive leaves out the extension its search indexes use.
      await ensureTrigramExtension(db.kysely);
      const restored = await runPostgresTool(
        "pg_restore",
        scratchRestoreArgs(scratchUrl, file),
        tool,
      );
      if (restored.kind !== "ok") {
        const reason = restored.kind === "failed" ? restored.stderr : "pg_restore not found";
        throw unverified(
          file,
          message(`pg_restore 失败：${reason}`, `pg_restore failed: ${reason}`),
        );
      }
      return await checkRestored(db, new URL(scratchUrl).pathname.slice(1));
    } finally {
      await db.close();
    }
  } finally {
    await dropScratchDatabase(server, scratchUrl);
  }
};

/**
 * `duban backup --verify FILE`: restores a backup into a scratch database
 * (SQLite: a temporary copy; PostgreSQL: a database made and dropped on the
 * server) and runs `duban check` on it. The live database is never touched.
 * A file that cannot be restored at all is a DubanError; one restored with
 * problems is a verification that is not ok.
 */
export const verifyBackup = async (input: VerifyInput): Promise<BackupVerification> => {
  const file = resolve(input.file);
  if (!existsSync(file)) {
    throw new DubanError(
      "backup.unverified",
      message(`找不到文件「${file}」`, `There is no file "${file}"`),
    );
  }
  const format = formatOf(file);
  if (format === null) {
    throw unverified(
      file,
      message(
        "它既不是 SQLite 数据库，也不是 pg_dump 归档",
        "it is neither an SQLite database nor a pg_dump archive",
      ),
    );
  }
  const { counts, problems, scratch } =
    format === "sqlite" ? await verifySqlite(file) : await verifyPostgres(file, input);
  return { file, format, ok: problems.length === 0, counts, problems, scratch };
};
