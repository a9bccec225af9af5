import type { IsoDate } from "./iso-date.js";

/**
 * How the office issues supervision notices (督办通知单) for a plan: who
 * signs them, how their number is written, and how long units have to reply.
 */
export interface NoticeSettings {
  /** The issuing office; null: the plan's issuer's 督查室 (市政府督查室 without an issuer). */
  readonly office: string | null;
  /** The number as written, with {year} and {n}: "〔{year}〕第{n}号". */
  readonly numberTemplate: string;
  /** Working days after issue by which the unit is to reply (反馈时限). */
  readonly replyWorkingDays: number;
}

export const DEFAULT_NOTICE_SETTINGS: NoticeSettings = {
  office: null,
  numberTemplate: "〔{year}〕第{n}号",
  replyWorkingDays: 5,
};

export const NOTICE_NUMBER_LIMITS = { templateLength: 40, officeLength: 40, replyDays: 60 };

const PLACEHOLDER = /\{([^{}]*)\}/g;

/**
 * What is wrong with a number template, or null: it must write the number
 * ({n}), may write the year ({year}), and nothing else in braces.
 */
export const numberTemplateProblem = (template: string): string | null => {
  if (!template.includes("{n}")) return "must contain {n}";
  for (const [, name] of template.matchAll(PLACEHOLDER)) {
    if (name !== "n" && name !== "year") return `{${name ?? ""}} is not {year} or {n}`;
  }
  return null;
};

/** The number as the template writes it: "〔2022〕第3号". */
export const formatNoticeNumber = (template: string, year: number, n: number): string =>
  template.replace(PLACEHOLDER, (whole, name: string) =>
    name === "n" ? String(n) : name === "year" ? String(year) : whole,
  );

/** The office that signs: the setting, else the plan's issuer's 督查室, else 市政府督查室. */
export const issuingOffice = (settings: NoticeSettings, planIssuer: string | null): string =>
  settings.office ?? `${planIssuer ?? "市政府"}督查室`;

/**
 * Everything a notice shows, frozen on the day it is issued, so that the
 * document downloaded later is the one that was sent.
 */
export interface SupervisionNotice {
  readonly office: string;
  readonly numberText: string;
  /** The milestone's lead unit, and the others it names (抄送 them is the office's choice). */
  readonly recipient: string;
  readonly cooperating: readonly string[];
  readonly planTitle: string;
  readonly task: { readonly label: string; readonly title: string };
  /** "204（1）" and the step's text. */
  readonly milestone: { readonly label: string; readonly text: string };
  /** The 完成时限 as the plan issued it, and the date it fixed. */
  readonly originalDeadline: { readonly text: string; readonly due: IsoDate | null };
  /** The due date in force on the day of issue (after approved extensions). */
  readonly currentDue: IsoDate;
  readonly daysOverdue: number;
  /** The escalation level reached that day (督办通知), if any. */
  readonly escalationLevel: string | null;
  /** The lead unit's latest report by that day. */
  readonly latestReport: { readonly on: IsoDate; readonly text: string } | null;
  readonly issuedOn: IsoDate;
  readonly replyDue: IsoDate;
  readonly replyWorkingDays: number;
}
