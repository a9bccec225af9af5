import { describe, expect, it } from "vitest";
import {
  ledgerDateOf,
  statusEventOf,
  type LedgerEntry,
} from "../../src/domain/milestone-ledger.js";

const statusEventsOf = (entries: readonly LedgerEntry[]) =>
  entries.flatMap((e) => statusEventOf({ kind: e.kind, on: e.on, date: ledgerDateOf(e) }) ?? []);

describe("the ledger as status events", () => {
  it("keeps the lead's reports, accepted completions and approved extensions only", () => {
    const entries: LedgerEntry[] = [
      { kind: "acknowledged", on: "2022-01-10" },
      { kind: "input", on: "2022-02-01", text: "配合", percent: null, attachmentIds: [] },
      {
        kind: "reported",
        on: "2022-02-02",
        text: "牵头",
        percent: 30,
        attachmentIds: [],
        cites: [1],
      },
      {
        kind: "extension_requested",
        on: "2022-02-03",
        requestId: 1,
        newDue: "2022-08-31",
        reason: "…",
      },
      { kind: "extension_approved", on: "2022-02-04", requestId: 1, newDue: "2022-08-31" },
      {
        kind: "completion_declared",
        on: "2022-05-01",
        completedOn: "2022-05-01",
        requestId: 2,
        attachmentIds: [],
      },
      { kind: "completion_returned", on: "2022-05-02", requestId: 2, comment: "补充材料" },
      { kind: "completion_accepted", on: "2022-05-10", completedOn: "2022-05-09", requestId: 3 },
    ];
    expect(statusEventsOf(entries)).toEqual([
      { type: "reported", on: "2022-02-02" },
      { type: "extension_approved", on: "2022-02-04", newDue: "2022-08-31" },
      { type: "completion_accepted", on: "2022-05-10", completedOn: "2022-05-09" },
    ]);
  });
});
