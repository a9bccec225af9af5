import type { LightMyRequestResponse } from "fastify";
import { strToU8, zipSync } from "fflate";
import { beforeAll, expect, it } from "vitest";
import { buildDocx } from "../support/docx-builder.js";
import { describeEachDatabaseWorld, errorOf, type AccountName } from "../support/http-session.js";
import { milestoneIdsByNumber } from "../support/milestone-ids.js";
import { multipartOf } from "../support/multipart.js";

/**
 * Evidence uploads (POST /api/milestones/{id}/evidence): streamed multipart,
 * Office files checked inside, and the unit's storage quota and the
 * account's hourly allowance counted so that parallel uploads never
 * overshoot. The world's limits are small: 2 MiB per unit, 1.5 MiB an hour.
 */

const KiB = 1024;
const MiB = 1024 * KiB;

const png = (bytes: number): Buffer => {
  const file = Buffer.alloc(bytes);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(file);
  return file;
};

const MAIN = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
};

/** An Office package whose manifest declares `mainType` for its main part. */
const officeZip = (part: string, mainType: string): Uint8Array =>
  zipSync({
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${part}" ContentType="${mainType}"/></Types>`,
    ),
    [part]: strToU8("<root/>"),
  });

describeEachDatabaseWorld(
  "evidence uploads",
  {
    accounts: ["supervisor", "leader", "staff", "auditStaff"],
    settings: {
      rateLimitPerMinute: 0,
      evidence: { unitQuotaBytes: 2 * MiB, userBytesPerHour: 1.5 * MiB },
    },
  },
  ({ world }) => {
    let ids = new Map<string, number>();
    const id = (key: string): number => ids.get(key) ?? 0;

    beforeAll(async () => {
      ids = await milestoneIdsByNumber(world().admin);
      world().clock.now = new Date("2022-04-20T04:00:00Z");
    });

    const upload = async (
      who: AccountName,
      milestone: number,
      ...files: [string, Uint8Array][]
    ): Promise<LightMyRequestResponse> => {
      const { body, contentType } = await multipartOf(files);
      return world().client(who).call("POST", `/api/milestones/${milestone}/evidence`, body, {
        "content-type": contentType,
      });
    };

    const storedBy = async (unit: string): Promise<number> =>
      (await world().client("supervisor").call("GET", "/api/evidence-storage"))
        .json<{ units: { name: string; bytes: number }[] }>()
        .units.find((u) => u.name === unit)?.bytes ?? -1;

    it("opens Office files: a zip named .docx must declare a Word main part", async () => {
      const m = id("209/1");
      const docx = buildDocx("<w:p/>");
      const cases: [string, Uint8Array][] = [
        // PK's header and nothing behind it: what used to pass as a .docx.
        ["空壳.docx", Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2000)])],
        ["表格.docx", officeZip("xl/workbook.xml", MAIN.xlsx)],
        ["无清单.docx", zipSync({ "word/document.xml": strToU8("<w:document/>") })],
        ["坏清单.xlsx", zipSync({ "[Content_Types].xml": strToU8("<Types><Override") })],
        ["文档.pptx", docx],
      ];
      for (const [name, bytes] of cases) {
        const refused = await upload("staff", m, [name, bytes]);
        expect(refused.statusCode, `${name}: ${refused.body}`).toBe(415);
        expect(errorOf(refused)).toMatchObject({
          code: "attachment.invalid",
          field: "body.files.0",
        });
        expect(errorOf(refused).message.zh).toContain(name);
      }
      expect(await storedBy("市科技局")).toBe(0);

      const accepted = await upload(
        "staff",
        m,
        ["情况.docx", docx],
        ["台账.xlsx", officeZip("xl/workbook.xml", MAIN.xlsx)],
      );
      expect(accepted.statusCode, accepted.body).toBe(201);
      expect(
        accepted
          .json<{ attachments: { mediaType: string }[] }>()
          .attachments.map((a) => a.mediaType),
      ).toEqual([
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      ]);
    });

    it("refuses a file over 20 MiB as it streams, and base64 in a report's JSON", async () => {
      const m = id("209/1");
      const before = await storedBy("市科技局");
      const big = await upload("staff", m, ["大.png", png(20 * MiB + 1)]);
      expect(big.statusCode, big.body).toBe(413);
      expect(errorOf(big)).toMatchObject({ code: "attachment.too_large" });
      expect(errorOf(big).message.en).toContain("20 MiB");
      expect(await storedBy("市科技局")).toBe(before);

      // The JSON routes take ids, not files: unknown fields are refused, big bodies cut at 1 MiB.
      const legacy = await world()
        .client("staff")
        .call("POST", `/api/milestones/${m}/reports`, {
          version: 0,
          text: "旧接口",
          files: [{ name: "a.png", contentBase64: png(2 * MiB).toString("base64") }],
        });
      expect(legacy.statusCode, legacy.body).toBe(413);
      const small = await world()
        .client("staff")
        .call("POST", `/api/milestones/${m}/reports`, {
          version: 0,
          text: "旧接口",
          files: [{ name: "a.png", contentBase64: png(100).toString("base64") }],
        });
      expect(small.statusCode, small.body).toBe(400);
      expect(errorOf(small).code).toBe("validation.failed");
    });

    it("keeps a unit within its quota, whatever uploads run at once", async () => {
      const m = id("210/");
      const before = await storedBy("市科技局");
      const file = png(600 * KiB);
      // Four uploads of 600 KiB at once, two accounts of the unit: 2 MiB holds three.
      const answers = await Promise.all(
        (["staff", "leader", "staff", "leader"] as const).map((who, i) =>
          upload(who, m, [`照片${i}.png`, file]),
        ),
      );
      const statuses = answers.map((a) => a.statusCode).sort();
      expect(statuses, answers.map((a) => a.body).join("\n")).toEqual([201, 201, 201, 413]);
      const refused = answers.find((a) => a.statusCode === 413);
      if (refused === undefined) throw new Error("no refusal");
      expect(errorOf(refused).code).toBe("attachment.quota_exceeded");
      expect(errorOf(refused).message.zh).toContain("2 MiB");
      expect(errorOf(refused).message.en).toContain("unit quota of 2 MiB");
      expect(await storedBy("市科技局")).toBe(before + 3 * file.byteLength);
    });

    it("holds an account to its hourly allowance, and lets it go on an hour later", async () => {
      const w = world();
      // 203（1）: 市审计局 cooperates on it.
      const m = id("203/1");
      const first = await upload("auditStaff", m, ["一.png", png(1000 * KiB)]);
      expect(first.statusCode, first.body).toBe(201);
      const second = await upload("auditStaff", m, ["二.png", png(600 * KiB)]);
      expect(second.statusCode, second.body).toBe(429);
      expect(errorOf(second).code).toBe("attachment.rate_limited");
      expect(errorOf(second).message.en).toContain("1.5 MiB per hour");
      expect(Number(second.headers["retry-after"])).toBeGreaterThan(3500);
      expect(await storedBy("市审计局")).toBe(1000 * KiB);

      w.clock.now = new Date(w.clock.now.getTime() + 61 * 60 * 1000);
      const later = await upload("auditStaff", m, ["二.png", png(600 * KiB)]);
      expect(later.statusCode, later.body).toBe(201);
    });

    it("shows each unit's usage against the quota to the office only", async () => {
      const storage = await world().client("supervisor").call("GET", "/api/evidence-storage");
      expect(storage.statusCode).toBe(200);
      expect(storage.json()).toMatchObject({
        unitQuotaBytes: 2 * MiB,
        userBytesPerHour: 1.5 * MiB,
      });
      const refused = await world().client("staff").call("GET", "/api/evidence-storage");
      expect(refused.statusCode).toBe(403);
    });
  },
);
