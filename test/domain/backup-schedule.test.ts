import { describe, expect, it } from "vitest";
import {
  nightlyBackupName,
  nightlyBackupsToPrune,
  scheduledBackupDecision,
} from "../../src/domain/backup-schedule.js";

const SHANGHAI = { hour: 2, timeZone: "Asia/Shanghai" };

describe("scheduledBackupDecision", () => {
  it("is due from the hour on, where the office is", () => {
    // 01:59 and 02:00 on 11 March in Shanghai are still 10 March in UTC.
    expect(scheduledBackupDecision(new Date("2026-03-10T17:59:00Z"), SHANGHAI, null)).toEqual({
      due: false,
      day: "2026-03-11",
      reason: "before_hour",
    });
    expect(scheduledBackupDecision(new Date("2026-03-10T18:00:00Z"), SHANGHAI, null)).toEqual({
      due: true,
      day: "2026-03-11",
    });
    // The same moment is 18:00 in London, past its hour: zones decide, not the server's.
    expect(
      scheduledBackupDecision(
        new Date("2026-03-10T18:00:00Z"),
        { hour: 19, timeZone: "Europe/London" },
        null,
      ),
    ).toMatchObject({ due: false, day: "2026-03-10", reason: "before_hour" });
  });

  it("takes one backup a day, and a missed one when the server comes up later that day", () => {
    const afternoon = new Date("2026-03-11T07:00:00Z"); // 15:00 in Shanghai
    expect(scheduledBackupDecision(afternoon, SHANGHAI, "2026-03-10")).toEqual({
      due: true,
      day: "2026-03-11",
    });
    expect(scheduledBackupDecision(afternoon, SHANGHAI, "2026-03-11")).toEqual({
      due: false,
      day: "2026-03-11",
      reason: "taken",
    });
    // A day taken after a clock went back is not taken again.
    expect(scheduledBackupDecision(afternoon, SHANGHAI, "2026-03-12")).toMatchObject({
      due: false,
      reason: "taken",
    });
  });

  it("waits for the hour on a day whose yesterday was missed", () => {
    const early = new Date("2026-03-11T16:30:00Z"); // 00:30 on the 12th in Shanghai
    expect(scheduledBackupDecision(early, SHANGHAI, "2026-03-10")).toMatchObject({
      due: false,
      day: "2026-03-12",
      reason: "before_hour",
    });
  });

  it("with hour 0, is due at the first look of each day", () => {
    expect(
      scheduledBackupDecision(
        new Date("2026-03-10T16:00:00Z"),
        { ...SHANGHAI, hour: 0 },
        "2026-03-10",
      ),
    ).toEqual({ due: true, day: "2026-03-11" });
  });
});

describe("nightly backup files", () => {
  it("are named by day and dialect", () => {
    expect(nightlyBackupName("2026-03-11", "sqlite")).toBe("duban-nightly-2026-03-11.sqlite");
    expect(nightlyBackupName("2026-03-11", "postgres")).toBe("duban-nightly-2026-03-11.pgdump");
  });

  it("keeps the last keepDays days, today's included, and never touches another name", () => {
    const names = [
      "duban-nightly-2026-02-25.sqlite",
      "duban-nightly-2026-02-26.pgdump",
      "duban-nightly-2026-02-27.sqlite",
      "duban-nightly-2026-03-11.sqlite",
      "duban-nightly-2026-02-01.sqlite.partial-123",
      "before-upgrade.sqlite",
      "duban-nightly-2026-02-01.txt",
      "my-duban-nightly-2026-02-01.sqlite",
    ];
    // 14 days back from 11 March, today counted: 26 February to 11 March.
    expect(nightlyBackupsToPrune(names, "2026-03-11", 14)).toEqual([
      "duban-nightly-2026-02-25.sqlite",
    ]);
    expect(nightlyBackupsToPrune(names, "2026-03-11", 1)).toEqual([
      "duban-nightly-2026-02-25.sqlite",
      "duban-nightly-2026-02-26.pgdump",
      "duban-nightly-2026-02-27.sqlite",
    ]);
    expect(nightlyBackupsToPrune(names, "2026-03-11", 0)).toEqual([]);
  });
});
