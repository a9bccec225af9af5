/**
 * Keeps of `actual` only the fields `shape` has, recursively, so that a
 * result that adds fields can be compared whole with `toEqual` against a
 * reference that names fewer.
 */
export const projectOnto = (shape: unknown, actual: unknown): unknown => {
  if (Array.isArray(shape)) {
    return Array.isArray(actual)
      ? actual.map((item: unknown, i) => projectOnto(shape[i] ?? shape[0], item))
      : actual;
  }
  if (shape !== null && typeof shape === "object") {
    if (actual === null || typeof actual !== "object") return actual;
    const source = actual as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(shape).map(([key, value]) => [key, projectOnto(value, source[key])]),
    );
  }
  return actual;
};
