/**
 * A milestone's page in the web app (`/milestones/:id`), under its public
 * address (DUBAN_PUBLIC_URL, kept without its final slash): what a calendar
 * event and a reminder link to.
 */
export const milestonePageUrl = (baseUrl: string, milestoneId: number): string =>
  `${baseUrl}/milestones/${String(milestoneId)}`;
