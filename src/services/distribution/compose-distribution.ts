import type { Attachment, OutboundMessage } from "../../channels/channel.js";
import type { HeaderCounts } from "../../domain/plan.js";
import { formatHeaderCounts } from "../../domain/plan-title.js";

/** The web app's page where a unit finds what it was sent and signs for it. */
export const distributionLink = (
  publicUrl: string | undefined,
  planId: number,
  distributionId: number,
): string | undefined =>
  publicUrl === undefined
    ? undefined
    : `${publicUrl}/my-unit?${new URLSearchParams({
        plan: String(planId),
        distribution: String(distributionId),
      }).toString()}`;

/**
 * One unit's part as it leaves Duban: the .docx attached for e-mail, the link for every
 * channel (the robots carry only the link), and what to do next: 签收 in the web app.
 */
export const composeDistribution = (input: {
  readonly issuer: string;
  /** The part's title: "2022年…分解表（市科技局牵头部分）". */
  readonly title: string;
  readonly headerCounts: HeaderCounts;
  readonly link: string | undefined;
  readonly file: Attachment;
  readonly dedupeKey: string;
}): OutboundMessage => {
  const subject = `【下发】${input.title}`;
  const sent = `${input.issuer}已下发《${input.title}》${formatHeaderCounts(input.headerCounts)}。`;
  const where =
    input.link === undefined
      ? "请登录督办系统，在「本单位」页面查看并签收。"
      : `请在督办系统中查看并签收：${input.link}`;
  return {
    title: subject,
    text: [sent, where].join("\n\n"),
    markdown: [
      `### ${subject}`,
      sent,
      input.link === undefined ? where : `[查看并签收](${input.link})`,
    ].join("\n\n"),
    dedupeKey: input.dedupeKey,
    attachments: [input.file],
  };
};
