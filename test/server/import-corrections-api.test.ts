import { expect, it } from "vitest";
import type { z } from "zod";
import type { importOutcomeSchema } from "../../src/server/schemas/import.js";
import { readFixture } from "../support/fixtures.js";
import { describeEachDatabaseWorld, errorOf, type World } from "../support/http-session.js";

/** POST /api/plans as a multipart form: the file and the corrections made in the preview. */

type Outcome = z.output<typeof importOutcomeSchema>;

const FILE = "seed-2022-kjj.csv";

/** The reference table with 75（5）'s deadline cell left empty. */
const table = (): Buffer =>
  Buffer.from(readFixture(FILE).toString("utf8").replace("市科技局,12月15日", "市科技局,"), "utf8");

const formOf = async (parts: Record<string, Blob | string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(parts)) {
    if (typeof value === "string") form.append(name, value);
    else form.append(name, value, FILE);
  }
  const request = new Request("http://localhost/", { method: "POST", body: form });
  return {
    body: Buffer.from(await request.arrayBuffer()),
    contentType: request.headers.get("content-type") ?? "",
  };
};

const send = async (w: World, parts: Record<string, Blob | string>, query = "&dryRun=true") => {
  const { body, contentType } = await formOf(parts);
  return w.admin.call("POST", `/api/plans?fileName=${FILE}${query}`, body, {
    "content-type": contentType,
  });
};

const previewTask = async (w: World) => {
  const { body, contentType } = await formOf({ file: new Blob([table()]) });
  const response = await w.admin.call("POST", `/api/plans?fileName=${FILE}&dryRun=true`, body, {
    "content-type": contentType,
  });
  const outcome = response.json<Outcome>();
  if (outcome.kind === "unchanged" || outcome.plan === undefined) throw new Error("no plan");
  const task = outcome.plan.tasks[0];
  if (task === undefined) throw new Error("no task");
  return task;
};

describeEachDatabaseWorld(
  "importing with corrections",
  { plan: false, accounts: [] },
  ({ world }) => {
    it("previews and imports the file as corrected, and keeps the corrections", async () => {
      const w = world();
      const task = await previewTask(w);
      const corrections = [
        {
          kind: "milestone",
          task: { label: task.label, outline: [], title: task.title },
          milestone: { seq: 5, position: 1, text: task.milestones[0]?.text },
          deadline: "11月30日",
        },
      ];
      const file = new Blob([table()]);
      const dry = await send(w, { file, corrections: JSON.stringify(corrections) });
      expect(dry.statusCode, dry.body.slice(0, 300)).toBe(200);
      const preview = dry.json<Outcome>();
      expect(preview).toMatchObject({ kind: "created", correctionsApplied: 1, corrections });
      if (preview.kind === "unchanged") throw new Error("nothing to import");
      expect(preview.plan?.tasks[0]?.milestones[0]).toMatchObject({
        deadlineText: "11月30日",
        due: "2022-11-30",
      });
      const done = await send(w, { file, corrections: JSON.stringify(corrections) }, "");
      expect(done.statusCode, done.body.slice(0, 300)).toBe(201);
      // The same file again, as the raw body: the kept corrections apply, nothing changes.
      const again = await w.admin.call("POST", `/api/plans?fileName=${FILE}`, table());
      expect(again.json()).toMatchObject({
        kind: "unchanged",
        reason: "same_file",
        correctionsApplied: 1,
      });
    });

    it("refuses corrections that are not valid JSON or not corrections", async () => {
      const w = world();
      const file = new Blob([table()]);
      for (const corrections of ["[{", '[{"kind":"task"}]', JSON.stringify({ kind: "task" })]) {
        const response = await send(w, { file, corrections });
        expect(response.statusCode, corrections).toBe(400);
        expect(errorOf(response)).toMatchObject({
          code: "import.invalid_corrections",
          field: "corrections",
        });
      }
    });

    it("refuses corrections over 2 MiB, sent as a field or as a file", async () => {
      const w = world();
      const file = new Blob([table()]);
      const huge = `[${" ".repeat(2 * 1024 * 1024)}]`;
      for (const corrections of [huge, new Blob([huge])]) {
        const response = await send(w, { file, corrections });
        expect(response.statusCode).toBe(400);
        expect(errorOf(response).message.en).toContain("larger than 2 MiB");
      }
    });

    it("refuses a form without the file, or with parts it does not take", async () => {
      const w = world();
      const missing = await send(w, { corrections: "[]" });
      expect(missing.statusCode).toBe(400);
      expect(errorOf(missing).message.en).toContain('no "file" part');
      const extra = await send(w, { file: new Blob([table()]), note: "x" });
      expect(extra.statusCode).toBe(400);
      expect(errorOf(extra).message.en).toContain('"note"');
    });
  },
);
