/**
 * The four roles of DESIGN.md: the administrator runs the system; the
 * supervision office (督查室) sees and reviews every plan; a unit leader
 * approves what the unit submits; unit staff report on the unit's work.
 */
export const ROLES = ["admin", "supervisor", "unit_leader", "unit_staff"] as const;
export type Role = (typeof ROLES)[number];

/** Someone acting through the API: a logged-in user, or an integration's token. */
export interface ApiActor {
  readonly kind: "user" | "token";
  /** The user, or for a token the user who created it (null once that user is gone). */
  readonly userId: number | null;
  /** "user:alice" or "token:3:报表同步": how the audit log names the actor. */
  readonly name: string;
  readonly unitId: number;
  readonly role: Role;
}

/** Someone at the server's shell: whoever can open the database may do anything. */
export interface ShellActor {
  readonly kind: "shell";
  /** "cli:alice". */
  readonly name: string;
}

export type Actor = ApiActor | ShellActor;

export const shellActor = (name: string): ShellActor => ({ kind: "shell", name });
