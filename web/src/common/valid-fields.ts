import type { FormInstance } from "antd";

/**
 * The form's values, or undefined while a field is wrong: antd already shows
 * why beside each field, so a dialog's OK does nothing more (and leaves no
 * unhandled rejection behind).
 */
export const validFields = async <Values>(
  form: FormInstance<Values>,
): Promise<Values | undefined> => {
  try {
    return await form.validateFields();
  } catch (failure) {
    if (typeof failure === "object" && failure !== null && "errorFields" in failure) {
      return undefined;
    }
    throw failure;
  }
};
