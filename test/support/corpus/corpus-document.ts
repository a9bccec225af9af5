/** A corpus document kept as code: its file name and how its bytes are made. */
export interface GeneratedDocument {
  /** The name under test/fixtures/corpus/ (or refused/ for a refusal case). */
  readonly fileName: string;
  readonly build: () => Promise<Uint8Array>;
}
