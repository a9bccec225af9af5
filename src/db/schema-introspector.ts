import {
  PostgresDialect,
  sql,
  type DatabaseIntrospector,
  type DatabaseMetadata,
  type Kysely,
  type SchemaMetadata,
  type TableMetadata,
} from "kysely";

/**
 * Tells Kysely's Migrator about one schema only. Its own PostgreSQL
 * introspector lists the tables of every schema in the database, which is
 * slow where there are many and fails when another process drops a schema
 * meanwhile (test runs each use a schema of their own). The Migrator needs
 * no more than the names of the tables in the schema it migrates.
 */
class SchemaIntrospector implements DatabaseIntrospector {
  constructor(
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the Migrator's own untyped tables
    private readonly db: Kysely<any>,
    private readonly schema: string,
  ) {}

  getSchemas(): Promise<SchemaMetadata[]> {
    return Promise.resolve([{ name: this.schema }]);
  }

  async getTables(): Promise<TableMetadata[]> {
    const { rows } = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = ${this.schema}`.execute(this.db);
    return rows.map((row) => ({ name: row.name, schema: this.schema, isView: false, columns: [] }));
  }

  async getMetadata(): Promise<DatabaseMetadata> {
    return { tables: await this.getTables() };
  }
}

/** PostgreSQL as usual, introspected within one schema (see SchemaIntrospector). */
export class SchemaScopedPostgresDialect extends PostgresDialect {
  constructor(
    config: ConstructorParameters<typeof PostgresDialect>[0],
    private readonly schema: string,
  ) {
    super(config);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kysely's own signature
  override createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new SchemaIntrospector(db, this.schema);
  }
}
