/**
 * Why a connection failed, in one line. Node reports a refused connection to
 * every address of a name as an AggregateError with no message.
 */
export const failureReason = (error: unknown): string => {
  if (error instanceof AggregateError && error.message === "") {
    return error.errors.map(failureReason).join("; ");
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return error.message !== "" ? error.message : typeof code === "string" ? code : error.name;
  }
  return String(error);
};
