/**
 * Milestone links (填报链接): what a unit without an account is sent to read
 * some milestones and send its input. The limits are the README's
 * ("Links for units without accounts").
 */

/** A link lives this long unless its issuer asks otherwise, and never longer than the cap. */
export const LINK_DEFAULT_DAYS = 14;
export const LINK_MAX_DAYS = 60;
/** Milestones one link may name. */
export const LINK_MAX_MILESTONES = 20;
/** The holder's name given with a submission, and the contact a link is sent to. */
export const LINK_NAME_MAX = 40;
/** An input's text, as a unit's report through the app. */
export const LINK_TEXT_MAX = 10_000;

/** A link's secret starts with this, so that a leaked one is recognisable in logs and scanners. */
export const LINK_TOKEN_PREFIX = "dubanlink_";

/** Where a link stands at a moment. */
export type LinkStanding = "live" | "expired" | "revoked";

export const linkStanding = (
  link: { readonly expiresAt: string; readonly revokedAt: string | null },
  now: Date,
): LinkStanding =>
  link.revokedAt !== null
    ? "revoked"
    : Date.parse(link.expiresAt) <= now.getTime()
      ? "expired"
      : "live";

/** The web app's page for a link, from the server's public address. */
export const linkPagePath = (token: string): string => `/link/${encodeURIComponent(token)}`;
