import type { Role } from "../../domain/role.js";

/**
 * The one password of every demo account (README "Demo data" lists them):
 * a demo is for looking around, not for keeping secrets.
 */
export const DEMO_PASSWORD = "duban-demo-2022";

export interface DemoAccount {
  readonly username: string;
  readonly displayName: string;
  readonly unit: string;
  readonly role: Role;
}

/**
 * A user for each side of the work: the supervision office, the leader and
 * the staff of the unit that leads the reference plan (市科技局 leads every
 * milestone of it), and the staff of a unit that cooperates on it.
 */
export const DEMO_ACCOUNTS = [
  { username: "office", displayName: "周敏", unit: "督查室", role: "supervisor" },
  { username: "kjj.leader", displayName: "陈志强", unit: "市科技局", role: "unit_leader" },
  { username: "kjj.staff", displayName: "林晓", unit: "市科技局", role: "unit_staff" },
  { username: "swj.staff", displayName: "黄磊", unit: "市税务局", role: "unit_staff" },
] as const satisfies readonly DemoAccount[];

export type DemoUsername = (typeof DEMO_ACCOUNTS)[number]["username"];
