import { message } from "../../domain/message.js";
import { DubanError } from "../duban-error.js";

export const notFoundUser = (): DubanError =>
  new DubanError("user.not_found", message("没有这个用户", "There is no such user"));

export const notPending = (): DubanError =>
  new DubanError(
    "second_factor.conflict",
    message("本次登录无需两步验证", "This session does not wait for a second factor"),
  );

export const notEnrolled = (): DubanError =>
  new DubanError(
    "second_factor.conflict",
    message("尚未启用两步验证", "No second factor is enrolled"),
  );

export const alreadyEnrolled = (): DubanError =>
  new DubanError(
    "second_factor.conflict",
    message(
      "已启用两步验证；如需更换，请先关闭或请管理员重置",
      "A second factor is enrolled already; turn it off, or ask an administrator to reset it, first",
    ),
  );

export const requiredForRole = (): DubanError =>
  new DubanError(
    "second_factor.conflict",
    message(
      "您的角色要求两步验证，不能关闭",
      "Your role requires a second factor: it cannot be turned off",
    ),
  );

export const notStarted = (): DubanError =>
  new DubanError(
    "second_factor.conflict",
    message("请先开始绑定验证器（获取二维码）", "Start enrolling first (get the QR code)"),
  );
