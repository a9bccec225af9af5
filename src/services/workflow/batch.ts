import type { MilestoneRow } from "../../db/queries/milestone-rows.js";
import { message } from "../../domain/message.js";
import { DubanError } from "../duban-error.js";

/** The most milestones or requests one batch action takes (批量签收, 批量通过). */
export const MAX_BATCH_SIZE = 200;

/** One item of a batch, named as people name it once its milestone is known. */
export interface BatchItem {
  readonly index: number;
  label: string;
}

/** "204（1）开展…" as the table numbers and words a milestone, shortened. */
export const milestoneLabel = (row: Pick<MilestoneRow, "taskNo" | "seq" | "text">): string => {
  const code = `${row.taskNo === null ? "—" : String(row.taskNo)}${row.seq === null ? "" : `（${String(row.seq)}）`}`;
  const words = row.text.length > 24 ? `${row.text.slice(0, 24)}…` : row.text;
  return `${code} ${words}`;
};

/** Refuses an empty batch, one too large, or one that names an item twice. */
export const checkBatch = (ids: readonly number[]): void => {
  if (ids.length === 0 || ids.length > MAX_BATCH_SIZE) {
    throw new DubanError(
      "milestone.invalid_input",
      message(
        `一次须选择 1 至 ${String(MAX_BATCH_SIZE)} 项`,
        `Choose between 1 and ${String(MAX_BATCH_SIZE)} items at once`,
      ),
      { field: "body.ids" },
    );
  }
  const seen = new Set<number>();
  for (const [index, id] of ids.entries()) {
    if (seen.has(id)) {
      throw new DubanError(
        "milestone.invalid_input",
        message(
          `第${String(index + 1)}项（编号 ${String(id)}）重复选择`,
          `Item ${String(index + 1)} (id ${String(id)}) is chosen twice`,
        ),
        { field: `body.ids.${String(index)}` },
      );
    }
    seen.add(id);
  }
};

/** A batch item's failure: the item's own error, saying which item it is; nothing was changed. */
export const batchItemError = (item: BatchItem, error: DubanError): DubanError => {
  const failure = new DubanError(
    error.code,
    message(
      `第${String(item.index + 1)}项（${item.label}）：${error.text.zh}。本批未做任何更改`,
      `Item ${String(item.index + 1)} (${item.label}): ${error.text.en}. Nothing in the batch was changed`,
    ),
    { field: `body.ids.${String(item.index)}`, current: error.current },
  );
  failure.refusedAction = error.refusedAction;
  return failure;
};

/** Runs one item's checks, naming the item in any failure. */
export const checkItem = async <T>(item: BatchItem, work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DubanError) throw batchItemError(item, error);
    throw error;
  }
};
