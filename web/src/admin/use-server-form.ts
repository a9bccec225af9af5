import { Form, type FormInstance } from "antd";
import { useCallback, useState } from "react";
import { useLanguage } from "../i18n.js";
import { showServerFieldErrors, type FieldAliases } from "./server-field-errors.js";

const NO_ALIASES: FieldAliases = {};

export interface ServerForm<Values> {
  readonly form: FormInstance<Values>;
  /** The last refusal not shown at the fields it names, for an ErrorAlert above the form. */
  readonly error: unknown;
  readonly busy: boolean;
  /** Runs the request; on refusal marks the fields the server names. True when it succeeded. */
  readonly submit: (request: () => Promise<unknown>) => Promise<boolean>;
  readonly clearError: () => void;
}

/**
 * A form whose request may be refused by the server, field by field;
 * `aliases` (a constant) names the request fields the form holds under
 * another name.
 */
export const useServerForm = <Values>(aliases: FieldAliases = NO_ALIASES): ServerForm<Values> => {
  const { language } = useLanguage();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = useCallback(
    async (request: () => Promise<unknown>) => {
      setError(null);
      setBusy(true);
      try {
        await request();
        return true;
      } catch (failure) {
        if (!showServerFieldErrors(form, failure, language, aliases)) setError(failure);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [form, language, aliases],
  );
  const clearError = useCallback(() => {
    setError(null);
  }, []);
  return { form, error, busy, submit, clearError };
};
