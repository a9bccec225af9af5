/** A text shown to people, in both languages the interface speaks. */
export interface Message {
  readonly zh: string;
  readonly en: string;
}

export const message = (zh: string, en: string): Message => ({ zh, en });
