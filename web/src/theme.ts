import type { ThemeConfig } from "antd";

/** The primary blue, for what is drawn outside Ant Design's components (charts, outlines). */
export const PRIMARY_COLOR = "#0958d9";

/**
 * Ant Design's defaults, darkened where their contrast on white falls short
 * of WCAG AA (4.5:1): the primary blue (buttons, links), the red of danger, and the tertiary
 * text of descriptions, secondary captions and placeholders. A tag writes
 * its colour's 7th shade on its 1st; the 8th shade of each palette passes.
 */
export const THEME: ThemeConfig = {
  token: {
    colorPrimary: PRIMARY_COLOR,
    colorLink: PRIMARY_COLOR,
    colorError: "#cf1322",
    colorTextTertiary: "rgba(0, 0, 0, 0.62)",
    colorTextDescription: "rgba(0, 0, 0, 0.62)",
    colorTextPlaceholder: "rgba(0, 0, 0, 0.6)",
  },
  components: {
    // Days of the months before and after, faded but legible.
    Calendar: { colorTextDisabled: "rgba(0, 0, 0, 0.56)" },
    Tag: {
      red7: "#a8071a",
      volcano7: "#ad2102",
      orange7: "#873800",
      gold7: "#874d00",
      lime7: "#3f6600",
      green7: "#135200",
      cyan7: "#00474f",
      blue7: "#003eb3",
      geekblue7: "#10239e",
      purple7: "#391085",
      magenta7: "#9e1068",
    },
  },
};
