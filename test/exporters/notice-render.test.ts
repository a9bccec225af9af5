import { copyFile, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import type { SupervisionNotice } from "../../src/domain/supervision-notice.js";
import { noticeToDocx } from "../../src/exporters/notice-docx.js";
import { describeWithOffice, pdfPagesToPng, renderToPdf } from "../support/office-render.js";
import { SAMPLE_NOTICE } from "../support/sample-notice.js";

/** A notice with long texts: it still has to fit its one page with the reply slip. */
const LONG: SupervisionNotice = {
  ...SAMPLE_NOTICE,
  cooperating: ["市工业和信息化局", "市税务局", "市金融局"],
  planTitle: "2022年市政府重点工作任务分解表（市科技局牵头部分）",
  task: {
    label: "204",
    title: "鼓励企业加大研发和技改投入，全社会研发经费投入占地区生产总值比重达到2.7%以上。",
  },
  milestone: {
    label: "204（1）",
    text: "将研发经费投入水平作为县域经济考核的重要指标，压实责任，推动工作落实。",
  },
  escalationLevel: "通报",
  latestReport: { on: "2022-03-24", text: "一季度工作按计划推进，阶段性任务基本完成。" },
};

const SCREENSHOT = fileURLToPath(
  new URL("../../docs/screenshots/notice-docx.png", import.meta.url),
);

/** LibreOffice converts the notice to PDF without error, on one A4 page, kept as docs/screenshots/notice-docx.png. */
describeWithOffice("the supervision notice rendered by LibreOffice", () => {
  it("is one A4 portrait page", async () => {
    const dir = await mkdtemp(join(tmpdir(), "duban-notice-render-"));
    try {
      const [rendered] = await renderToPdf(
        [{ name: "notice.docx", bytes: await noticeToDocx(LONG) }],
        dir,
      );
      expect(rendered?.pages, rendered?.log).toBe(1);
      const pdf = (await readFile(rendered?.pdf ?? "")).toString("latin1");
      // A4 portrait in points: 595.3 × 841.9.
      const [width = 0, height = 0] = (
        /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf) ?? []
      )
        .slice(1)
        .map(Number);
      expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
      const [page] = await pdfPagesToPng(rendered?.pdf ?? "", join(dir, "notice"));
      await copyFile(page ?? "", SCREENSHOT);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
