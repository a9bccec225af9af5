import type { FormInstance } from "antd";
import { ApiFailure } from "../api.js";
import type { Language } from "../i18n.js";

interface FieldIssue {
  readonly name: (string | number)[];
  readonly message: string;
}

/** "body.settings.escalation.0.name" → ["settings", "escalation", 0, "name"]: the form's own name. */
const namePathOf = (field: string): (string | number)[] =>
  field
    .split(".")
    .slice(field.startsWith("body.") ? 1 : 0)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * The fields a refused request names: every issue of a validation failure
 * (its details), or the one field of a rule the service enforces, with its
 * bilingual message.
 */
const issuesOf = (failure: ApiFailure, language: Language): FieldIssue[] => {
  const { code, field, message, details } = failure.body.error;
  if (code === "validation.failed" && Array.isArray(details)) {
    return (details as { field?: string; message?: string }[]).flatMap((issue) =>
      issue.field === undefined
        ? []
        : [
            {
              name: namePathOf(issue.field),
              // The validator's own words are English; the field is marked either way.
              message: language === "zh" ? "此项不符合要求" : (issue.message ?? "Not accepted"),
            },
          ],
    );
  }
  return field === undefined ? [] : [{ name: namePathOf(field), message: message[language] }];
};

/** Puts the server's complaint next to the field it names, as the form's own rules would. */
export const showServerFieldErrors = (
  form: FormInstance,
  failure: unknown,
  language: Language,
): void => {
  if (!(failure instanceof ApiFailure)) return;
  form.setFields(
    issuesOf(failure, language).map(({ name, message }) => ({ name, errors: [message] })),
  );
};
