import { message } from "../../domain/message.js";
import { DubanError } from "../duban-error.js";

export const directoryNotConfigured = (): DubanError =>
  new DubanError(
    "directory.not_configured",
    message("本系统未配置 LDAP 目录", "No LDAP directory is configured on this server"),
  );

export const directoryUnreachable = (reason: string): DubanError =>
  new DubanError(
    "directory.unreachable",
    message(
      `无法连接 LDAP 目录，请稍后再试或联系管理员（${reason}）`,
      `The LDAP directory cannot be reached; try again later or ask the administrator (${reason})`,
    ),
  );
