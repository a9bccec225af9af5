import type { Role } from "../domain/role.js";
import type { SignInMethod } from "../domain/sign-in.js";

/** What every actor through the API acts as: a role in a unit. */
interface UnitScope {
  /** "user:alice", "token:3:报表同步": how the audit log names the actor. */
  readonly name: string;
  readonly unitId: number;
  readonly role: Role;
}

/** A person logged in with a session. */
export interface UserActor extends UnitScope {
  readonly kind: "user";
  readonly userId: number;
  readonly username: string;
  /**
   * How the session acting began; the audit log records it with every entry.
   * Null when the user acts without a session of their own (a calendar feed, the demo seed).
   */
  readonly signedInVia: SignInMethod | null;
}

/**
 * An integration's API token. It is its own actor, never the user who made
 * it: it has no account to read as "self", and the log names the token.
 */
export interface TokenActor extends UnitScope {
  readonly kind: "token";
  readonly tokenId: number;
  /** The administrator who issued it (null once that account is gone). */
  readonly createdBy: number | null;
}

/** Someone at the shell acting for a unit, as its staff would (`duban report`). */
export interface ProxyActor extends UnitScope {
  readonly kind: "proxy";
}

export type ApiActor = UserActor | TokenActor | ProxyActor;

/**
 * Someone holding a milestone link (填报链接): no account, no session. It
 * stands in the link's unit as its staff would, for the milestones the
 * link names only (the link services check that), and may read them and
 * send input, nothing else (permissions.ts). Never a request's identity:
 * the public link routes build it from the link itself.
 */
export interface LinkActor extends UnitScope {
  readonly kind: "link";
  readonly linkId: number;
  /** The name the holder gave with a submission, as given; null while only reading. */
  readonly holder: string | null;
}

/** Someone at the server's shell: whoever can open the database may do anything. */
export interface ShellActor {
  readonly kind: "shell";
  /** "cli:alice". */
  readonly name: string;
}

export type Actor = ApiActor | LinkActor | ShellActor;

/** A link's holder, as records name them: "link:12:张三" (or "link:12" while reading). */
export const linkActor = (link: {
  readonly id: number;
  readonly unitId: number;
  readonly holder: string | null;
}): LinkActor => ({
  kind: "link",
  linkId: link.id,
  holder: link.holder,
  name: `link:${String(link.id)}${link.holder === null ? "" : `:${link.holder}`}`,
  unitId: link.unitId,
  role: "unit_staff",
});

export const shellActor = (name: string): ShellActor => ({ kind: "shell", name });

/** The user account behind an actor: only a logged-in user has one. */
export const accountOf = (actor: Actor): number | null =>
  actor.kind === "user" ? actor.userId : null;

/** The actor of a user: signed in by `signedInVia`, or acting without a session (null). */
export const userActor = (
  user: {
    readonly id: number;
    readonly username: string;
    readonly unitId: number;
    readonly role: Role;
  },
  signedInVia: SignInMethod | null = null,
): UserActor => ({
  kind: "user",
  userId: user.id,
  username: user.username,
  name: `user:${user.username}`,
  unitId: user.unitId,
  role: user.role,
  signedInVia,
});
