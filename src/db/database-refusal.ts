import { message } from "../domain/message.js";
import { problem, type ConfigProblem } from "../config/problem.js";

/**
 * A database Duban must not use as it is: its schema is missing, or a newer
 * Duban has migrated it. Thrown before anything is written; the problem is
 * what `duban config check` reports, so every command says it alike.
 */
export class DatabaseRefusal extends Error {
  constructor(readonly problem: ConfigProblem) {
    super(problem.text.en);
    this.name = "DatabaseRefusal";
  }
}

/** No schema of the search path exists, so PostgreSQL has nowhere to create Duban's tables. */
export const schemaMissing = (schema: string | undefined): DatabaseRefusal =>
  new DatabaseRefusal(
    schema === undefined
      ? problem(
          "schema_missing",
          "fatal",
          "DATABASE_URL",
          message(
            "数据库的 search_path 中没有任何已存在的模式，无处建表",
            "no schema on the database's search_path exists, so there is nowhere to create tables",
          ),
          message(
            "请在 DATABASE_URL 后加 ?schema=模式名 指明一个已存在的模式，或创建 public 模式（create schema public）",
            "Name an existing schema with ?schema=NAME on DATABASE_URL, or create the public schema (create schema public)",
          ),
        )
      : problem(
          "schema_missing",
          "fatal",
          "DATABASE_URL",
          message(`模式 ${schema} 不存在`, `the schema ${schema} does not exist`),
          message(
            `请先创建它（psql 中执行 create schema ${schema};），或改正 DATABASE_URL 的 ?schema=`,
            `Create it first (in psql: create schema ${schema};), or correct ?schema= in DATABASE_URL`,
          ),
        ),
  );

/** Migrations recorded in the database that this version does not have: a newer Duban wrote it. */
export const unknownMigrations = (names: readonly string[]): DatabaseRefusal =>
  new DatabaseRefusal(
    problem(
      "migrations_unknown",
      "fatal",
      "DATABASE_URL",
      message(
        `数据库已由更新版本的 Duban 升级，本版本不认识其迁移：${names.join("、")}；本版本不能使用它，未做任何更改`,
        `the database was upgraded by a newer Duban: this version does not know its migrations ${names.join(", ")}; it cannot use it, and changed nothing`,
      ),
      message(
        "请把 Duban 升级到包含这些迁移的版本（或恢复升级前的备份）",
        "Upgrade Duban to a version that has them (or restore the backup taken before the upgrade)",
      ),
    ),
  );
