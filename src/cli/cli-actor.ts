import { userInfo } from "node:os";

/**
 * Who the audit log names for a change made from the shell: "cli:" and the
 * login. A container may run under a uid with no name; USER, then "unknown".
 */
export const cliActor = (env: NodeJS.ProcessEnv): string => {
  let name: string;
  try {
    name = userInfo().username;
  } catch {
    name = env.USER ?? "unknown";
  }
  return `cli:${name}`;
};
