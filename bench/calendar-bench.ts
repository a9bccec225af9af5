import { nextDueDate } from "../src/domain/deadline-occurrence.js";
import { leadUnitsOf, unitsOf, type Plan } from "../src/domain/plan.js";
import { milestonesToIcs, type CalendarEntry } from "../src/exporters/milestones-ics.js";
import { formatBytes, formatMB, formatMs, type BenchGroup, type BenchRow } from "./bench-group.js";
import { MASTER_SIZES, masterPlan, type MasterSize } from "./master-files.js";
import { measureInChild, timeWarm, type ProbeSetup } from "./measure.js";

/**
 * Writing a calendar feed (milestonesToIcs) of a whole generated master: what
 * every subscriber's calendar app asks for every hour. The entries are built
 * before the measurement, as the feed's service builds them from the store.
 */

const RUNS: Readonly<Record<MasterSize, { warmup: number; runs: number }>> = {
  city: { warmup: 2, runs: 10 },
  stress: { warmup: 1, runs: 5 },
};

/** A feed any subscriber may fetch hourly should not hold a core for long. */
const TARGET_MS = 2000;

const entriesOf = (plan: Plan): CalendarEntry[] =>
  plan.tasks.flatMap((task) =>
    task.milestones.flatMap((milestone, i) => {
      const day = nextDueDate(milestone.deadline, "2022-01-01");
      if (day === null) return [];
      const leads = leadUnitsOf(milestone);
      return [
        {
          uid: `duban-milestone-${String(task.no)}-${String(i)}@duban`,
          day,
          taskNo: task.no,
          taskTitle: task.title,
          seq: milestone.seq,
          text: milestone.text,
          deadlineText: "",
          extended: false,
          leads,
          others: unitsOf(milestone).filter((unit) => !leads.includes(unit)),
          status: "in_progress",
          completedOn: null,
          url: "https://duban.example.gov.cn/milestones/1",
          sequence: 1,
          lastModified: "2022-06-30T01:00:00.000Z",
          alarmDaysBefore: [15, 7, 1],
        },
      ];
    }),
  );

const feedOf = (entries: readonly CalendarEntry[]): string =>
  milestonesToIcs({ name: "督办日历", description: "全部节点计划", entries });

/** For `measureInChild`: write one feed in a fresh process. Args: size. */
export const probeCalendar: ProbeSetup = ([size]) => {
  if (size !== "city" && size !== "stress") throw new Error(`unknown size ${String(size)}`);
  const entries = entriesOf(masterPlan(size));
  return Promise.resolve((sample) => {
    const text = feedOf(entries);
    sample();
    return Promise.resolve(text.length);
  });
};

const calendarRow = async (size: MasterSize): Promise<BenchRow> => {
  const entries = entriesOf(masterPlan(size));
  let bytes = 0;
  const timing = await timeWarm(() => {
    bytes = Buffer.byteLength(feedOf(entries));
    return Promise.resolve();
  }, RUNS[size]);
  const memory = await measureInChild(import.meta.url, "probeCalendar", [size]);
  return {
    cells: [
      `${size} feed`,
      String(entries.length),
      formatBytes(bytes),
      String(timing.runs),
      formatMs(timing.median),
      formatMs(timing.p95),
      formatMB(memory.maxRssMB),
    ],
    verdict:
      size === "stress"
        ? { target: `< ${formatMs(TARGET_MS)}`, pass: timing.median < TARGET_MS }
        : null,
  };
};

export const calendarGroup = async (): Promise<BenchGroup> => {
  const rows: BenchRow[] = [];
  for (const size of Object.keys(MASTER_SIZES) as MasterSize[]) {
    console.error(`calendar: ${size}`);
    rows.push(await calendarRow(size));
  }
  return {
    title: "Calendar feed (milestonesToIcs)",
    method:
      "A feed of every milestone of the generated masters (all-day events, three alarms each), " +
      "entries built beforehand. Time: warm process, median and p95 (city 2 + 10, stress 1 + 5). " +
      "Memory: one feed in a fresh child process, peak RSS from the kernel (the generated plan " +
      "included). Before the content lines were written by Duban (ical-generator 11.1.2, " +
      "2026-12-05): 20,000 events took 19 s and 824 MB RSS.",
    columns: ["case", "events", "size", "runs", "median", "p95", "peak RSS"],
    rows,
  };
};
