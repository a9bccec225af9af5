import { BarChart, CustomChart, LineChart, PieChart } from "echarts/charts";
import type {
  BarSeriesOption,
  CustomSeriesOption,
  LineSeriesOption,
  PieSeriesOption,
} from "echarts/charts";
import {
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from "echarts/components";
import type {
  DataZoomComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from "echarts/components";
import * as echarts from "echarts/core";
import type { ComposeOption, ECElementEvent } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
// The ES module build: the CommonJS one (lib/) reaches React as an object, not a component.
import ReactEChartsCore from "echarts-for-react/esm/core";
import { useEffect, useMemo, useRef } from "react";
import { useLanguage } from "../i18n.js";
import { motionAllowed } from "../common/motion.js";

/*
 * The only module that imports ECharts, and only the parts these pages
 * draw, so the charts stay in the insight pages' chunks.
 */
echarts.use([
  BarChart,
  CustomChart,
  LineChart,
  PieChart,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | CustomSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | DataZoomComponentOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>;

/** Each series typed as its own kind: the union's lookups land on deprecated legacy fields. */
export type { BarSeriesOption, PieSeriesOption };

/** Where the grid leaves room for its axis labels (what `containLabel` did before ECharts 6). */
export const GRID_WITH_LABELS = {
  outerBoundsMode: "same",
  outerBoundsContain: "axisLabel",
} as const;

export type ChartClick = (event: ECElementEvent) => void;

/** Milestone texts and unit names come from imported tables: escape them in tooltips. */
export const escapeHtml = (text: string): string => echarts.format.encodeHTML(text);

/**
 * A canvas chart that fits its container on window resize and when the page
 * is printed, drawn at twice the screen's resolution so paper stays sharp.
 * `label` is the chart's text alternative: a canvas says nothing to a screen
 * reader.
 */
export const Chart = ({
  option,
  label,
  height,
  onClick,
}: {
  option: ChartOption;
  label: string;
  height: number;
  onClick?: ChartClick;
}) => {
  const { language } = useLanguage();
  const chart = useRef<ReactEChartsCore>(null);
  useEffect(() => {
    const fit = () => {
      // Before the first draw there is no instance yet.
      const instance: echarts.EChartsType | undefined = chart.current?.getEchartsInstance();
      instance?.resize({ width: "auto", height: "auto" });
    };
    const print = window.matchMedia("print");
    window.addEventListener("beforeprint", fit);
    window.addEventListener("afterprint", fit);
    print.addEventListener("change", fit);
    return () => {
      window.removeEventListener("beforeprint", fit);
      window.removeEventListener("afterprint", fit);
      print.removeEventListener("change", fit);
    };
  }, []);
  const opts = useMemo(
    () => ({
      renderer: "canvas" as const,
      devicePixelRatio: Math.max(window.devicePixelRatio, 2),
      locale: language === "zh" ? "ZH" : "EN",
    }),
    [language],
  );
  const events = useMemo(() => {
    const handlers: Record<string, ChartClick> = {};
    if (onClick !== undefined) handlers.click = onClick;
    return handlers;
  }, [onClick]);
  const animated = useMemo(() => ({ animation: motionAllowed(), ...option }), [option]);
  return (
    <ReactEChartsCore
      ref={chart}
      echarts={echarts}
      option={animated}
      notMerge
      opts={opts}
      onEvents={events}
      className="insight-chart"
      style={{ height, width: "100%" }}
      role="img"
      aria-label={label}
    />
  );
};
