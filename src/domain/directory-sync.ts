/**
 * What a directory sync proposes, computed from a reading of the directory
 * and Duban's units, users and links, without touching either: the
 * administrator accepts or rejects each. Roles are never proposed: a new
 * user gets the lowest role, and nothing else touches a role.
 */

/** An organisational unit of the directory: a bureau. */
export interface DirectoryUnit {
  readonly dn: string;
  readonly name: string;
}

/** A person of the directory, with the OU they stand in (null: directly under the base). */
export interface DirectoryPerson {
  readonly dn: string;
  readonly username: string;
  readonly displayName: string;
  readonly unitName: string | null;
  /** Disabled or locked in the directory. */
  readonly disabled: boolean;
}

export interface DirectoryReading {
  readonly units: readonly DirectoryUnit[];
  readonly people: readonly DirectoryPerson[];
}

/** Duban's side: units by name, users, and which user each entry is linked to. */
export interface DubanSide {
  /** Whether a unit of this name (or alias) exists. */
  readonly hasUnit: (name: string) => boolean;
  readonly users: readonly {
    readonly id: number;
    readonly username: string;
    readonly unitName: string;
    readonly disabled: boolean;
  }[];
  readonly links: readonly { readonly userId: number; readonly subject: string }[];
}

export type Proposal =
  | { readonly kind: "unit"; readonly subject: string; readonly details: { readonly name: string } }
  | {
      readonly kind: "user";
      readonly subject: string;
      readonly details: {
        readonly username: string;
        readonly displayName: string;
        readonly unitName: string;
      };
    }
  | {
      readonly kind: "link";
      readonly subject: string;
      readonly details: { readonly userId: number; readonly username: string };
    }
  | {
      readonly kind: "move";
      readonly subject: string;
      readonly details: {
        readonly userId: number;
        readonly username: string;
        readonly fromUnitName: string;
        readonly unitName: string;
        /** The entry's DN the link had, when the move changed it. */
        readonly previousSubject: string;
      };
    }
  | {
      readonly kind: "disable";
      readonly subject: string;
      readonly details: { readonly userId: number; readonly username: string };
    };

export type ProposalKind = Proposal["kind"];
export const PROPOSAL_KINDS: readonly ProposalKind[] = ["unit", "user", "link", "move", "disable"];

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** Every proposal a reading of the directory leads to, units first. */
export const proposeFromDirectory = (reading: DirectoryReading, duban: DubanSide): Proposal[] => {
  const proposals: Proposal[] = reading.units
    .filter((unit) => !duban.hasUnit(unit.name))
    .map((unit) => ({ kind: "unit", subject: unit.dn, details: { name: unit.name } }));
  const userById = new Map(duban.users.map((user) => [user.id, user]));
  const linkedSubjects = new Map(duban.links.map((link) => [link.subject, link.userId]));
  const linkedUsers = new Set(duban.links.map((link) => link.userId));
  const personAt = new Map(reading.people.map((person) => [person.dn, person]));

  for (const person of reading.people) {
    const linked = linkedSubjects.get(person.dn);
    if (linked !== undefined) continue; // looked at from the link's side below
    const user = duban.users.find((u) => sameName(u.username, person.username));
    if (user === undefined) {
      if (person.unitName !== null && !person.disabled) {
        proposals.push({
          kind: "user",
          subject: person.dn,
          details: {
            username: person.username,
            displayName: person.displayName,
            unitName: person.unitName,
          },
        });
      }
    } else if (!linkedUsers.has(user.id)) {
      proposals.push({
        kind: "link",
        subject: person.dn,
        details: { userId: user.id, username: user.username },
      });
    }
  }

  for (const link of duban.links) {
    const user = userById.get(link.userId);
    if (user === undefined) continue;
    // A person moved to another OU has a new DN: found again by username.
    const person =
      personAt.get(link.subject) ??
      reading.people.find((p) => sameName(p.username, user.username) && !linkedSubjects.has(p.dn));
    if (person === undefined || person.disabled) {
      if (!user.disabled) {
        proposals.push({
          kind: "disable",
          subject: link.subject,
          details: { userId: user.id, username: user.username },
        });
      }
      continue;
    }
    if (
      person.dn !== link.subject ||
      (person.unitName !== null && !sameName(person.unitName, user.unitName))
    ) {
      proposals.push({
        kind: "move",
        subject: person.dn,
        details: {
          userId: user.id,
          username: user.username,
          fromUnitName: user.unitName,
          unitName: person.unitName ?? user.unitName,
          previousSubject: link.subject,
        },
      });
    }
  }
  return proposals;
};
