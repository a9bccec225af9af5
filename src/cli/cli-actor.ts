import { userInfo } from "node:os";
import { shellActor, type ShellActor } from "../policies/actor.js";

/**
 * Who acts for a command run from the shell: "cli:" and the login. A
 * container may run under a uid with no name; USER, then "unknown".
 */
export const cliActor = (env: NodeJS.ProcessEnv): ShellActor => {
  let name: string;
  try {
    name = userInfo().username;
  } catch {
    name = env.USER ?? "unknown";
  }
  return shellActor(`cli:${name}`);
};
