import { simpleParser } from "mailparser";
import { expect, it, onTestFinished } from "vitest";
import { findUnitByName } from "../../src/db/queries/units.js";
import { shellActor } from "../../src/policies/actor.js";
import { addUnitContact } from "../../src/services/reminders/unit-contacts.js";
import { dubanFor } from "../support/cli-database.js";
import { describeEachDatabase } from "../support/databases.js";
import { fixturePath } from "../support/fixtures.js";
import { LOCAL_RECEIVERS } from "../support/local-receivers.js";
import { startSmtpReceiver } from "../support/smtp-receiver.js";

describeEachDatabase("duban distribute", ({ open }) => {
  it("sends each unit its part through the environment's SMTP server and says what reached whom", async () => {
    const db = await open();
    const smtp = await startSmtpReceiver();
    onTestFinished(() => smtp.close());
    const duban = dubanFor(db.config);
    expect((await duban("import", fixturePath("seed-2022-kjj.docx"))).code).toBe(0);
    const kjj = await findUnitByName(db.kysely, "市科技局");
    await addUnitContact(
      db,
      shellActor("cli:test"),
      { unitId: kjj?.id ?? -1, label: "督办", contact: { kind: "email", address: "a@kjj.gov.cn" } },
      new Date(),
      LOCAL_RECEIVERS,
    );
    const send = dubanFor(db.config, {
      DUBAN_SMTP_URL: `smtp://127.0.0.1:${String(smtp.port)}`,
      DUBAN_SMTP_FROM: "duban@gov.cn",
      DUBAN_PUBLIC_URL: "https://duban.example.gov.cn",
    });
    const sent = await send("distribute", "--plan", "1", "--lang", "zh");
    expect(sent.code, sent.stderr).toBe(0);
    expect(sent.stdout).toContain(
      "市科技局 2022年市政府重点工作任务分解表（市科技局牵头部分）.docx\n  email a@kjj.gov.cn: sent",
    );
    expect(sent.stdout).toContain("市金融局 ");
    expect(sent.stdout).toContain("（无联系方式，未发送）");
    expect(sent.stdout).toMatch(/第 1 次下发：3 个单位，送达 1 个\n$/);
    const mail = await simpleParser(smtp.received[0]?.raw ?? Buffer.alloc(0));
    expect(mail.text).toContain("https://duban.example.gov.cn/my-unit?plan=1&distribution=1");

    const again = await send("distribute", "--plan", "1", "--only-failed", "--json");
    expect(again.code, again.stderr).toBe(0);
    const view = JSON.parse(again.stdout) as { units: { unit: string }[] };
    expect(view.units.map((u) => u.unit)).toEqual(["市工业和信息化局", "市金融局"]);
    expect(smtp.received).toHaveLength(1);

    const unknown = await send("distribute", "--plan", "9", "--lang", "en");
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain("There is no plan with id 9");
  });
});
