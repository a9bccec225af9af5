import { SETTINGS } from "./settings.js";

/** One row of README "Configuration": the variable (and its option), its default, its meaning. */
export type SettingRow = readonly [variable: string, defaultText: string, meaning: string];

/** README's table as the registry states it, row by row. */
export const settingRows = (): SettingRow[] =>
  Object.entries(SETTINGS).map(([name, setting]) => [
    `\`${name}\`${setting.option === undefined ? "" : ` / \`${setting.option}\``}`,
    setting.defaultText,
    setting.meaning,
  ]);

export const SETTINGS_TABLE_HEADER: SettingRow = ["environment variable", "default", "meaning"];
