import dayjs from "dayjs";
import { ApiFailure } from "../api.js";
import type { Language, Text } from "../i18n.js";

/** "202（1）" as the offices cite a milestone; the task's number alone for a task or an unnumbered step. */
export const milestoneCode = (taskNo: number | null, seq: number | null): string =>
  `${taskNo === null ? "—" : String(taskNo)}${seq === null ? "" : `（${String(seq)}）`}`;

/** A stored instant in the browser's time, to the minute. */
export const formatInstant = (iso: string): string => dayjs(iso).format("YYYY-MM-DD HH:mm");

/** The server's message for a failed request in the interface language (for toasts). */
export const failureText = (error: unknown, language: Language, fallback: Text): string =>
  error instanceof ApiFailure ? error.body.error.message[language] : fallback[language];

export const isConflict = (error: unknown): error is ApiFailure =>
  error instanceof ApiFailure && error.body.error.status === 409;
