import { describe, expect, it } from "vitest";
import { EXPECTED_WARNING_CODES } from "../support/corpus-projection.js";
import {
  corpusDocuments,
  expectedProjection,
  expectedRefusal,
  refusalCases,
} from "../support/corpus/corpus-files.js";

/**
 * The hand-written expected results hold together: a slip of the hand that
 * contradicts the rules in test/fixtures/corpus/README.md shows here, not as
 * a reader's failure.
 */

describe("the corpus's expected results are consistent", () => {
  for (const fileName of corpusDocuments()) {
    it(fileName, () => {
      const expected = expectedProjection(fileName);
      expect(expected.warnings).toEqual([...new Set(expected.warnings)].sort());
      for (const code of expected.warnings) expect(EXPECTED_WARNING_CODES).toContain(code);
      expect(expected.tasks.length).toBeGreaterThan(0);
      for (const task of expected.tasks) {
        expect(task.milestones.length, task.title).toBeGreaterThan(0);
        for (const m of task.milestones) {
          // Leads first, then cooperating units, then other roles.
          const cooperating = m.units.slice(
            m.leadUnits.length,
            m.leadUnits.length + m.cooperatingUnits.length,
          );
          expect(m.units.slice(0, m.leadUnits.length), m.text).toEqual(m.leadUnits);
          expect(cooperating, m.text).toEqual(m.cooperatingUnits);
          expect(m.leadUnits.length, m.text).toBeGreaterThan(0);
          if (m.deadlineText === "") expect([m.due, m.recurring], m.text).toEqual([null, null]);
          if (m.recurring !== null) expect(m.due, m.text).toBeNull();
          if (m.due !== null) expect(m.due.slice(0, 4), m.text).toBe(String(expected.year));
        }
      }
    });
  }

  for (const fileName of refusalCases()) {
    it(fileName, () => {
      const expected = expectedRefusal(fileName);
      expect(expected.refused).toBe(true);
      expect(expected.codes.length).toBeGreaterThan(0);
      expect(expected.location.file).toBe(fileName);
    });
  }
});
