import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { databaseConfigFrom } from "../../src/db/config.js";

describe("databaseConfigFrom", () => {
  it("takes PostgreSQL from DATABASE_URL, its own ?schema= off the URL pg sees", () => {
    expect(
      databaseConfigFrom(
        {},
        { DATABASE_URL: "postgres://u:p%40ss@db:5432/duban?schema=city_a&sslmode=require" },
      ),
    ).toEqual({
      kind: "postgres",
      url: "postgres://u:p%40ss@db:5432/duban?sslmode=require",
      schema: "city_a",
    });
  });

  it("leaves a URL without ?schema= as written", () => {
    expect(databaseConfigFrom({}, { DATABASE_URL: "postgresql://u@db/duban" })).toEqual({
      kind: "postgres",
      url: "postgresql://u@db/duban",
    });
  });

  it("refuses a schema that is not a plain name", () => {
    expect(() =>
      databaseConfigFrom({}, { DATABASE_URL: "postgres://u@db/duban?schema=a%3Bdrop" }),
    ).toThrow(/plain name/);
  });

  it("otherwise uses SQLite in --data, DUBAN_DATA or ./data", () => {
    const file = (dir: string) => resolve(join(dir, "duban.sqlite"));
    expect(databaseConfigFrom({ data: "/srv/a" }, { DUBAN_DATA: "/srv/b" })).toEqual({
      kind: "sqlite",
      file: file("/srv/a"),
    });
    expect(databaseConfigFrom({}, { DUBAN_DATA: "/srv/b" })).toEqual({
      kind: "sqlite",
      file: file("/srv/b"),
    });
    expect(databaseConfigFrom({}, { DATABASE_URL: "mysql://x" })).toEqual({
      kind: "sqlite",
      file: file("data"),
    });
  });
});
