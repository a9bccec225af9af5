import type { Deadline } from "../../../domain/deadline.js";
import type { Diagnostic } from "../../../domain/diagnostic.js";
import type { Milestone, OutlineHeading, Responsibility, Task } from "../../../domain/plan.js";
import {
  phraseUnits,
  readResponsibilityPhrase,
  type ResponsibilityPhrase,
} from "../../../domain/responsibility-phrase.js";
import { readTrailingBracket } from "../../../domain/task-text.js";
import { diagnostic } from "../../build-diagnostic.js";
import type { ItemFacts } from "./item-facts.js";
import type { OutlineItem } from "./read-outline.js";

export type FactsOf = (item: OutlineItem) => ItemFacts;

export const carriesUnits = (facts: ItemFacts): boolean =>
  facts.phrase !== null && phraseUnits(facts.phrase).length > 0;

const responsibilitiesOf = (phrase: ResponsibilityPhrase): Responsibility[] => {
  const list: Responsibility[] = [];
  const add = (units: readonly string[], role: Responsibility["role"], roleLabel?: string) => {
    for (const unit of units) {
      if (list.some((r) => r.unit === unit)) continue;
      list.push(roleLabel === undefined ? { unit, role } : { unit, role, roleLabel });
    }
  };
  add(phrase.leadUnits, "lead");
  add(phrase.cooperatingUnits, "cooperating");
  for (const role of phrase.otherRoles) add(role.units, "other", role.label);
  return list;
};

const headingTitle = (item: OutlineItem): string =>
  readTrailingBracket(item.title)?.text ?? item.title;

/**
 * Reads task items as tasks: the items above are their headings, the items
 * directly below are their milestones (deeper ones stay part of a
 * milestone's text), and a task without items below is its own single
 * milestone. A task that names no units takes its heading's or the
 * document's stated ones.
 */
export const proseTasks = (
  taskList: readonly OutlineItem[],
  facts: FactsOf,
): { tasks: Task[]; diagnostics: Diagnostic[] } => {
  const diagnostics: Diagnostic[] = [];
  const warned = new Set<OutlineItem>();
  const lent = new Set<OutlineItem>();

  /** A step's text with the numbered items below it, as written: they are part of the step. */
  const textWithDetails = (item: OutlineItem): string => {
    const details = item.children.map((child) => {
      if (carriesUnits(facts(child))) {
        diagnostics.push(
          diagnostic(
            "warning",
            "prose.nested_units_ignored",
            { ...child.location, text: child.title },
            `此条目（${child.number}）在节点计划之下一层，其写明的单位未单独读取，条目并入上级节点计划的文字`,
            `This item (${child.number}) is a level below a milestone; the units it names were not read on their own, and it is kept in the milestone's text`,
          ),
        );
      }
      return `${child.number}${textWithDetails(child)}`;
    });
    return [facts(item).text, ...details].join("\n");
  };

  /** The item's own responsibilities, warning once about how an uncertain reading was made. */
  const ownStated = (item: OutlineItem): ResponsibilityPhrase | null => {
    const { phrase } = facts(item);
    if (phrase === null || !carriesUnits(facts(item))) return null;
    if (!warned.has(item)) {
      warned.add(item);
      warnAboutReading(item, phrase, diagnostics);
    }
    return phrase;
  };

  /** A heading's or a document-wide rule's units, for a task that names none. */
  const inherited = (task: OutlineItem): ResponsibilityPhrase | null => {
    for (let above = task.parent; above !== null; above = above.parent) {
      const stated = ownStated(above);
      if (!stated) continue;
      if (!lent.has(above)) {
        lent.add(above);
        diagnostics.push(
          diagnostic(
            "warning",
            "responsibility.from_heading",
            { ...above.location, text: above.title },
            `「${above.number}${headingTitle(above)}」写明的单位用于其下没有写明单位的各项`,
            `The units "${above.number}${headingTitle(above)}" names are used for the items under it that name none`,
          ),
        );
      }
      return stated;
    }
    const rule = task.rules.findLast((r) => r.kind === "default_units");
    return rule?.kind === "default_units"
      ? readResponsibilityPhrase(rule.phrase, { readLists: true })
      : null;
  };

  const milestoneOf = (
    item: OutlineItem,
    seq: number | null,
    text: string,
    stated: ResponsibilityPhrase | null,
    deadline: Deadline | null,
  ): Milestone | null => {
    if (stated === null) {
      diagnostics.push(
        diagnostic(
          "error",
          "milestone.no_unit",
          { ...item.location, text: item.title },
          "此条目没有责任单位：条目后的括号、下方的“牵头单位：”等行和上级条目都没有写明",
          "This item has no responsible unit: neither a bracket after it, nor a line such as 牵头单位： under it, nor an item above it names one",
        ),
      );
      return null;
    }
    return {
      seq,
      text,
      responsibilities: responsibilitiesOf(stated),
      persons: stated.persons,
      deadline: deadline ?? { kind: "none" },
      remarks: {},
      initialProgress: [],
      source: item.location,
    };
  };

  const taskOf = (item: OutlineItem): Task => {
    const own = facts(item);
    const stated = ownStated(item) ?? inherited(item);
    const milestones: Milestone[] = [];
    for (const child of item.children) {
      const step = facts(child);
      const milestone = milestoneOf(
        child,
        child.value,
        textWithDetails(child),
        ownStated(child) ?? stated,
        step.deadline ?? own.deadline,
      );
      if (milestone) milestones.push(milestone);
    }
    if (item.children.length === 0) {
      const single = milestoneOf(item, null, own.text, stated, own.deadline);
      if (single) milestones.push(single);
    }
    const leads =
      stated?.leadUnits ??
      milestones[0]?.responsibilities.filter((r) => r.role === "lead").map((r) => r.unit) ??
      [];
    return {
      no: item.value,
      label: item.label,
      title: own.text,
      leadUnits: leads,
      cooperatingUnits: stated?.cooperatingUnits ?? [],
      otherRoles: stated?.otherRoles ?? [],
      persons: stated?.persons ?? [],
      outline: headingsAbove(item),
      milestones,
      remarks: {},
      source: item.location,
    };
  };

  return { tasks: taskList.map(taskOf), diagnostics };
};

/** The items above a task are its headings: no task contains another. */
const headingsAbove = (item: OutlineItem): OutlineHeading[] => {
  const headings: OutlineHeading[] = [];
  for (let above = item.parent; above !== null; above = above.parent) {
    headings.unshift({ label: above.label, title: headingTitle(above), level: above.level });
  }
  return headings;
};

const underTask = (item: OutlineItem, isTask: (item: OutlineItem) => boolean): boolean => {
  for (let above = item.parent; above !== null; above = above.parent)
    if (isTask(above)) return true;
  return false;
};

/**
 * The items that are tasks: those at the task level, and an item deeper
 * down that names its units with no task above it (the document numbered
 * it a level lower than its neighbours), which a warning reports.
 */
export const taskItems = (
  items: readonly OutlineItem[],
  taskLevel: number,
  facts: FactsOf,
): { tasks: OutlineItem[]; diagnostics: Diagnostic[] } => {
  const tasks = new Set<OutlineItem>();
  const diagnostics: Diagnostic[] = [];
  for (const item of items) {
    if (item.level === taskLevel) tasks.add(item);
    else if (
      item.level > taskLevel &&
      carriesUnits(facts(item)) &&
      !underTask(item, (i) => tasks.has(i))
    ) {
      tasks.add(item);
      diagnostics.push(
        diagnostic(
          "warning",
          "outline.level_guessed",
          { ...item.location, text: item.title },
          `此条目（${item.number}）写明了责任单位，但上方没有同级的任务条目，按任务读取`,
          `This item (${item.number}) names its units but sits under no task; read as a task`,
        ),
      );
    }
  }
  return { tasks: [...tasks], diagnostics };
};

const warnAboutReading = (
  item: OutlineItem,
  phrase: ResponsibilityPhrase,
  diagnostics: Diagnostic[],
): void => {
  const at = { ...item.location, text: item.title };
  const ruled = item.rules.some((rule) => rule.kind === "first_leads");
  // One unit alone leads whatever the convention; a list needs it.
  const listed = phrase.leadUnits.length + phrase.cooperatingUnits.length > 1;
  if (phrase.leadBasis === "first_listed" && listed && !ruled) {
    const lead = phrase.leadUnits.join("、");
    diagnostics.push(
      diagnostic(
        "warning",
        "responsibility.lead_inferred",
        at,
        `没有写明哪个单位牵头，按惯例读作列第一位的「${lead}」牵头、其余配合`,
        `The text does not say which unit leads; read as usual: the first listed, "${lead}", leads and the others cooperate`,
      ),
    );
  }
  if (phrase.separateLeads) {
    const leads = phrase.leadUnits.join("、");
    diagnostics.push(
      diagnostic(
        "warning",
        "responsibility.separate_leads",
        at,
        `「分别牵头」读作各单位分别独立牵头：${leads} 都列为牵头单位`,
        `"分别牵头" read as each unit leading on its own: ${leads} are all lead units`,
      ),
    );
  }
};
