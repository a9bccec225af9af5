import type { FormInstance } from "antd";
import { ApiFailure } from "../api.js";
import type { Language } from "../i18n.js";

type NamePath = readonly (string | number)[];

/**
 * Request fields a form holds under a name of its own: the target dialog's
 * one choice "work" sends `taskId` or `milestoneId`, so { "body.taskId":
 * ["work"], "body.milestoneId": ["work"] }.
 */
export type FieldAliases = Readonly<Record<string, NamePath>>;

interface FieldIssue {
  readonly name: NamePath;
  readonly message: string;
}

/** "body.settings.escalation.0.name" → ["settings", "escalation", 0, "name"]: the form's own name. */
const namePathOf = (field: string, aliases: FieldAliases): NamePath =>
  aliases[field] ??
  field
    .split(".")
    .slice(field.startsWith("body.") ? 1 : 0)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * The fields a refused request names: every issue of a validation failure
 * (its details), or the one field of a rule the service enforces, with its
 * bilingual message.
 */
const issuesOf = (failure: ApiFailure, language: Language, aliases: FieldAliases): FieldIssue[] => {
  const { code, field, message, details } = failure.body.error;
  if (code === "validation.failed" && Array.isArray(details)) {
    return (details as { field?: string; message?: string }[]).flatMap((issue) =>
      issue.field === undefined
        ? []
        : [
            {
              name: namePathOf(issue.field, aliases),
              // The validator's own words are English; the field is marked either way.
              message: language === "zh" ? "此项不符合要求" : (issue.message ?? "Not accepted"),
            },
          ],
    );
  }
  return field === undefined
    ? []
    : [{ name: namePathOf(field, aliases), message: message[language] }];
};

/**
 * Puts the server's complaint next to the field it names, as the form's own
 * rules would. True when the complaint needs no alert of its own: a rule's
 * message shown at a field the form has. A validation failure keeps its
 * alert, whose words say more than the field's 此项不符合要求.
 */
export const showServerFieldErrors = (
  form: FormInstance,
  failure: unknown,
  language: Language,
  aliases: FieldAliases,
): boolean => {
  if (!(failure instanceof ApiFailure)) return false;
  const issues = issuesOf(failure, language, aliases);
  form.setFields(issues.map(({ name, message }) => ({ name: [...name], errors: [message] })));
  // A name the form has no item for keeps no error: that complaint is shown nowhere yet.
  return (
    failure.body.error.code !== "validation.failed" &&
    issues.length > 0 &&
    issues.every(({ name }) => form.getFieldError([...name]).length > 0)
  );
};
