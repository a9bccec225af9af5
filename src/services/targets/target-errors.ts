import { message } from "../../domain/message.js";
import { DubanError } from "../duban-error.js";

export const targetNotFound = (id: number): DubanError =>
  new DubanError(
    "target.not_found",
    message(`没有编号为 ${id} 的量化指标`, `There is no target ${id}`),
  );

/** Bad input, naming the field at fault ("body.value"). */
export const invalidTarget = (field: string, zh: string, en: string): DubanError =>
  new DubanError("target.invalid_input", message(zh, en), { field });
