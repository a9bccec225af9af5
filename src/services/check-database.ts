import { describeConfig } from "../db/config.js";
import type { Database } from "../db/database.js";
import { migrationState, type MigrationState } from "../db/migrate.js";
import {
  emptyVersionRanges,
  halfWrittenPlans,
  itemsWithoutOneVersion,
  plansMissingCurrentRevision,
  targetsAcrossPlans,
  type VersionedItem,
} from "../db/queries/consistency.js";
import { sqliteIntegrity } from "../db/sqlite-file.js";
import type { Schema } from "../db/schema.js";
import { message, type Message } from "../domain/message.js";
import type { Kysely } from "kysely";
import { appendAll } from "../domain/append-all.js";

export interface DatabaseProblem {
  /** A stable code scripts can match on, e.g. "milestone.versions_in_force". */
  readonly code: string;
  readonly message: Message;
}

export interface DatabaseCheck {
  /** Where the database is, without secrets. */
  readonly database: string;
  readonly migrations: MigrationState;
  readonly problems: readonly DatabaseProblem[];
  readonly ok: boolean;
}

const problem = (code: string, zh: string, en: string): DatabaseProblem => ({
  code,
  message: message(zh, en),
});

const ITEM_NAMES: Readonly<Record<VersionedItem, { zh: string; en: string }>> = {
  task: { zh: "任务", en: "task" },
  milestone: { zh: "节点计划", en: "milestone" },
};

const sqliteProblems = (db: Database & { dialect: "sqlite" }): DatabaseProblem[] => {
  const { integrity, foreignKeys } = sqliteIntegrity(db.sqlite);
  return [
    ...integrity.map((line) =>
      problem("sqlite.integrity", `完整性检查：${line}`, `integrity check: ${line}`),
    ),
    ...foreignKeys.map((line) =>
      problem(
        "sqlite.foreign_key",
        `外键指向不存在的行：${line}`,
        `foreign key to no row: ${line}`,
      ),
    ),
  ];
};

const versionProblems = async (
  db: Kysely<Schema>,
  item: VersionedItem,
): Promise<DatabaseProblem[]> => {
  const name = ITEM_NAMES[item];
  const uneven = (await itemsWithoutOneVersion(db, item)).map((r) =>
    r.versions === 0
      ? problem(
          `${item}.no_version`,
          `${name.zh} #${r.id}（计划 #${r.planId}）没有任何版本`,
          `${name.en} #${r.id} (plan #${r.planId}) has no version at all`,
        )
      : problem(
          `${item}.versions_in_force`,
          `${name.zh} #${r.id}（计划 #${r.planId}）有 ${r.inForce} 个现行版本，应只有 1 个`,
          `${name.en} #${r.id} (plan #${r.planId}) has ${r.inForce} versions in force instead of one`,
        ),
  );
  const empty = (await emptyVersionRanges(db, item)).map((r) =>
    problem(
      `${item}.empty_version`,
      `${name.zh} #${r.itemId} 的版本 #${r.id} 自第${r.validFrom}版起、到第${r.validTo}版止，不覆盖任何版本`,
      `version #${r.id} of ${name.en} #${r.itemId} runs from revision ${r.validFrom} to ${r.validTo}: no revision`,
    ),
  );
  return [...uneven, ...empty];
};

/** The states a crash or a hand edit could leave that the services never do. */
const consistencyProblems = async (db: Kysely<Schema>): Promise<DatabaseProblem[]> => [
  ...(await plansMissingCurrentRevision(db)).map((r) =>
    problem(
      "plan.revision_missing",
      `计划 #${r.id} 的现行版本第${r.currentRevision}版没有修订记录`,
      `plan #${r.id} is at revision ${r.currentRevision}, which has no revision row`,
    ),
  ),
  ...(await halfWrittenPlans(db)).map((r) =>
    problem(
      "plan.half_written",
      `计划 #${r.id}「${r.title}」停在第0版：有一次导入没有写完；重新导入同一文件即可补全`,
      `plan #${r.id} "${r.title}" is at revision 0: an import did not finish; import the same file again to complete it`,
    ),
  ),
  ...(await versionProblems(db, "task")),
  ...(await versionProblems(db, "milestone")),
  ...(await targetsAcrossPlans(db)).map((r) =>
    r.kind === "target"
      ? problem(
          "target.plan_mismatch",
          `量化指标 #${r.id} 记在计划 #${r.planId} 下，但它的任务或节点计划属于另一个计划`,
          `target #${r.id} is filed under plan #${r.planId}, but its task or milestone belongs to another plan`,
        )
      : problem(
          "target.actual_plan_mismatch",
          `指标实际值 #${r.id} 记在计划 #${r.planId} 下，与其指标所属计划不同`,
          `target actual #${r.id} is filed under plan #${r.planId}, not its target's plan`,
        ),
  ),
];

/**
 * `duban check`: migrations applied and pending, SQLite's own integrity and
 * foreign-key checks, and the consistency of plans, revisions and versions.
 * It reads only. With migrations pending the tables may not be there yet, so
 * consistency waits until they have run.
 */
export const checkDatabase = async (db: Database): Promise<DatabaseCheck> => {
  const migrations = await migrationState(db);
  const problems: DatabaseProblem[] = db.dialect === "sqlite" ? sqliteProblems(db) : [];
  if (migrations.pending.length > 0) {
    const names = migrations.pending.join(", ");
    problems.push(
      problem(
        "migrations.pending",
        `有未执行的迁移：${names}。运行 duban migrate 后再检查`,
        `migrations pending: ${names}. Run duban migrate, then check again`,
      ),
    );
  } else {
    appendAll(problems, await consistencyProblems(db.kysely));
  }
  return { database: describeConfig(db.config), migrations, problems, ok: problems.length === 0 };
};
