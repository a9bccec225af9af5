import type { Database } from "../db/database.js";
import { writeTransaction } from "../db/write-transaction.js";
import type { Kysely } from "kysely";
import { revokeTokensCreatedBy } from "../db/queries/api-tokens.js";
import { appendAudit, appendAuditEvents, type UserAuditView } from "../db/queries/audit.js";
import type { Schema } from "../db/schema.js";
import { revokeUserSessions } from "../db/queries/sessions.js";
import {
  findUser,
  findUserCredentials,
  insertUser,
  listUsers,
  passwordHashOf,
  updateUser,
  type UserChanges,
  type UserRow,
} from "../db/queries/users.js";
import { message } from "../domain/message.js";
import { accountOf, type Actor } from "../policies/actor.js";
import type { Role } from "../domain/role.js";
import { actorMay, type PeopleRelation } from "../policies/permissions.js";
import { throttled } from "./auth/attempt-throttle.js";
import type { AuthSettings } from "./auth/auth-settings.js";
import { loginThrottleKeys, lockedOut } from "./auth/log-in.js";
import { checkNewPassword, hashPassword, verifyPassword } from "./auth/password.js";
import { recordAccountEvent } from "./auth/record-sign-in.js";
import { auditActor, authorize } from "./authorize.js";
import { DubanError, forbidden } from "./duban-error.js";
import { requireUnitName } from "./units.js";

const userNotFound = (id: number): DubanError =>
  new DubanError("user.not_found", message(`没有编号为 ${id} 的用户`, `There is no user ${id}`));

const relationTo = (actor: Actor, user: UserRow): PeopleRelation =>
  actor.kind === "shell"
    ? "none"
    : accountOf(actor) === user.id
      ? "self"
      : actor.unitId === user.unitId
        ? "own_unit"
        : "none";

/** Everyone for an administrator, their unit's people for a unit leader, else oneself. */
export const listUsersFor = async (db: Database, actor: Actor): Promise<UserRow[]> => {
  if (actorMay(actor, { action: "user.read", relation: "none" })) return listUsers(db.kysely);
  if (actor.kind === "shell") return [];
  const unit = await listUsers(db.kysely, { unitId: actor.unitId });
  return unit.filter((user) =>
    actorMay(actor, { action: "user.read", relation: relationTo(actor, user) }),
  );
};

/** The account of this username, if any: the command line names people, the API gives ids. */
export const userNamed = async (db: Database, username: string): Promise<UserRow | undefined> =>
  (await findUserCredentials(db.kysely, username))?.user;

export const getUser = async (db: Database, actor: Actor, id: number): Promise<UserRow> => {
  const user = await findUser(db.kysely, id);
  if (!user) throw userNotFound(id);
  authorize(actor, { action: "user.read", relation: relationTo(actor, user) }, () =>
    userNotFound(id),
  );
  return user;
};

/** What a username may be, however the user was created. */
export const USERNAME = /^[\p{L}\p{N}._@-]{2,64}$/u;

const checkUsername = (username: string): void => {
  if (!USERNAME.test(username)) {
    throw new DubanError(
      "user.invalid",
      message(
        "用户名须为 2 到 64 个字母、数字或 . _ @ -",
        "A username is 2 to 64 letters, digits or . _ @ -",
      ),
      { field: "body.username" },
    );
  }
};

const auditView = (user: UserRow): UserAuditView => ({
  username: user.username,
  displayName: user.displayName,
  unit: user.unitName,
  role: user.role,
  disabled: user.disabled,
});

export interface NewUserInput {
  readonly username: string;
  readonly displayName: string;
  readonly unitId: number;
  readonly role: Role;
  readonly password: string;
}

export const createUser = async (
  db: Database,
  actor: Actor,
  input: NewUserInput,
  now: Date,
): Promise<UserRow> => {
  authorize(actor, { action: "user.manage" });
  checkUsername(input.username);
  checkNewPassword(input.password, input.username);
  await requireUnitName(db, input.unitId, "body.unitId");
  const passwordHash = await hashPassword(input.password);
  return writeTransaction(db, async (trx) => {
    const id = await insertUser(trx, { ...input, passwordHash }, now.toISOString());
    if (id === undefined) {
      throw new DubanError(
        "user.conflict",
        message(`用户名「${input.username}」已被使用`, `The username "${input.username}" is taken`),
        { field: "body.username" },
      );
    }
    const user = await findUser(trx, id);
    if (!user) throw userNotFound(id);
    await appendAudit(
      trx,
      auditActor(actor),
      { action: "user.created", objectType: "user", objectId: id, after: auditView(user) },
      now.toISOString(),
    );
    return user;
  });
};

export interface UserUpdateInput {
  readonly displayName?: string;
  readonly unitId?: number;
  readonly role?: Role;
  readonly disabled?: boolean;
  /** A new password set by the administrator (a reset). */
  readonly password?: string;
}

/**
 * Tokens an administrator issued stop when they are disabled or lose the
 * role: a token never keeps powers its creator no longer has.
 */
const revokeTokensOfFallen = async (
  trx: Kysely<Schema>,
  actor: Actor,
  user: UserRow,
  input: UserUpdateInput,
  stamp: string,
): Promise<void> => {
  const reason =
    input.disabled === true
      ? "creator_disabled"
      : input.role !== undefined && input.role !== "admin"
        ? "creator_demoted"
        : null;
  if (reason === null || user.role !== "admin") return;
  const revoked = await revokeTokensCreatedBy(trx, user.id, reason, stamp);
  await appendAuditEvents(
    trx,
    auditActor(actor),
    revoked.map((token) => ({
      action: "token.revoked" as const,
      objectType: "token" as const,
      objectId: token.id,
      after: {
        name: token.name,
        unit: token.unitName,
        role: token.role,
        expiresAt: token.expiresAt,
        reason,
      },
    })),
    stamp,
  );
};

const lastAdministratorLeft = (users: readonly UserRow[], changed: UserRow): boolean =>
  changed.role === "admin" &&
  !changed.disabled &&
  users.filter((u) => u.role === "admin" && !u.disabled).length === 1;

/**
 * An administrator edits a user. Disabling or a new password ends the user's
 * sessions. The last active administrator cannot be disabled or demoted, so
 * nobody is ever locked out of administration.
 */
export const updateUserAccount = async (
  db: Database,
  actor: Actor,
  id: number,
  input: UserUpdateInput,
  now: Date,
): Promise<UserRow> => {
  authorize(actor, { action: "user.manage" });
  if (input.unitId !== undefined) await requireUnitName(db, input.unitId, "body.unitId");
  const stamp = now.toISOString();
  const before = await findUser(db.kysely, id);
  if (!before) throw userNotFound(id);
  if (input.password !== undefined) checkNewPassword(input.password, before.username);
  const passwordHash =
    input.password === undefined ? undefined : await hashPassword(input.password);
  return writeTransaction(db, async (trx) => {
    const current = await findUser(trx, id);
    if (!current) throw userNotFound(id);
    const demoted = input.role !== undefined && input.role !== "admin";
    if (
      (demoted || input.disabled === true) &&
      lastAdministratorLeft(await listUsers(trx), current)
    ) {
      throw new DubanError(
        "user.conflict",
        message(
          "这是唯一的在用管理员，不能停用或改为其他角色",
          "This is the only active administrator: it cannot be disabled or given another role",
        ),
        { field: input.disabled === true ? "body.disabled" : "body.role" },
      );
    }
    const changes: UserChanges = {
      ...(input.displayName === undefined ? {} : { displayName: input.displayName }),
      ...(input.unitId === undefined ? {} : { unitId: input.unitId }),
      ...(input.role === undefined ? {} : { role: input.role }),
      ...(input.disabled === undefined ? {} : { disabled: input.disabled }),
      ...(passwordHash === undefined ? {} : { passwordHash }),
    };
    await updateUser(trx, id, changes, stamp);
    if (input.disabled === true || passwordHash !== undefined) {
      await revokeUserSessions(trx, id, stamp);
    }
    await revokeTokensOfFallen(trx, actor, current, input, stamp);
    const after = await findUser(trx, id);
    if (!after) throw userNotFound(id);
    const was = auditView(current);
    const changed = auditView(after);
    const changedKeys = (Object.keys(was) as (keyof UserAuditView)[]).filter(
      (key) => was[key] !== changed[key],
    );
    await appendAudit(
      trx,
      auditActor(actor),
      {
        action: "user.updated",
        objectType: "user",
        objectId: id,
        before: Object.fromEntries(changedKeys.map((k) => [k, was[k]])),
        after: {
          ...Object.fromEntries(changedKeys.map((k) => [k, changed[k]])),
          ...(passwordHash === undefined ? {} : { passwordReset: true as const }),
        },
      },
      stamp,
    );
    return after;
  });
};

/**
 * A user changes their own password, proving the current one. Their other
 * sessions end; the one they are using goes on.
 */
export const changeOwnPassword = async (
  db: Database,
  actor: Actor,
  input: {
    readonly currentPassword: string;
    readonly newPassword: string;
    readonly sessionId: string | null;
    readonly clientIp: string | null;
  },
  settings: AuthSettings,
  now: Date,
): Promise<void> => {
  authorize(actor, { action: "user.change_own_password" });
  if (actor.kind !== "user") throw forbidden();
  const userId = actor.userId;
  const user = await getUser(db, actor, userId);
  checkNewPassword(input.newPassword, user.username);
  // A stolen session must not become a way to guess the password: the
  // current password is charged to the same counters as a login.
  const proof = await throttled(
    db,
    loginThrottleKeys(user.username, input.clientIp, settings),
    now,
    async () => {
      const stored = await passwordHashOf(db.kysely, userId);
      return stored !== undefined && (await verifyPassword(input.currentPassword, stored))
        ? true
        : undefined;
    },
  );
  if (proof.kind === "locked") throw lockedOut(proof.seconds);
  if (proof.kind === "failed") {
    await recordAccountEvent(
      db.kysely,
      user,
      actor.signedInVia,
      "auth.password_change_failed",
      input.clientIp,
      now,
    );
    throw new DubanError(
      "auth.invalid_credentials",
      message("当前密码不正确", "The current password is wrong"),
      { field: "body.currentPassword" },
    );
  }
  const passwordHash = await hashPassword(input.newPassword);
  const stamp = now.toISOString();
  await writeTransaction(db, async (trx) => {
    await updateUser(trx, userId, { passwordHash }, stamp);
    await revokeUserSessions(trx, userId, stamp, input.sessionId ?? undefined);
    await appendAudit(
      trx,
      auditActor(actor),
      {
        action: "user.password_changed",
        objectType: "user",
        objectId: userId,
        after: { username: user.username },
      },
      stamp,
    );
  });
};
