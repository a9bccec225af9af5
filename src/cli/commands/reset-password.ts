import { resetPassword } from "../../services/reset-password.js";
import { cliActor } from "../cli-actor.js";
import { EXIT, type CliIo } from "../io.js";
import type { Language } from "../language.js";
import { withDatabase, type DatabaseOptions } from "../open-database.js";
import { cliOfficeClock } from "../cli-office-clock.js";

/** `duban reset-password USERNAME`: a new generated password, printed once; the second factor goes. */
export const resetPasswordCommand = (
  username: string,
  options: DatabaseOptions,
  io: CliIo,
  language: Language,
): Promise<number> =>
  withDatabase(options, io, language, async (db) => {
    const { password, secondFactorReset } = await resetPassword(
      db,
      cliActor(io.env),
      username,
      (await cliOfficeClock(db, io.env)).now(),
    );
    io.stdout.write(
      language === "zh"
        ? `用户「${username}」的新密码：${password}\n登录后请立即修改；该用户的会话已全部结束。\n`
        : `New password of "${username}": ${password}\nChange it after logging in; the user's sessions have ended.\n`,
    );
    if (secondFactorReset) {
      io.stdout.write(
        language === "zh"
          ? "该用户的两步验证（验证器和恢复码）已重置，下次登录时如角色要求将重新绑定。\n"
          : "The user's second factor (authenticator and recovery codes) was reset; they enrol again at the next login if their role requires it.\n",
      );
    }
    return EXIT.ok;
  });
