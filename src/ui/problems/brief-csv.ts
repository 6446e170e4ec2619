// The leader's brief as rows for a CSV file (io/csv-write.ts writes them as Excel and WPS read them).
import type { LeaderBrief } from '../../core/leader-brief.ts';
import { ESCALATION_WORDS, SCOPE_WORDS } from '../../core/problem-vocabulary.ts';
import type { Locale } from '../../core/vocabulary.ts';
import type { FileCell } from '../../io/project-values.ts';
import { clockText, lightWord, reasonText, type Translate } from './problem-text.ts';

/** The brief as the printed page has it: a title, the red and yellow projects, the open problems. */
export function briefCsvRows(
  brief: LeaderBrief,
  campaignName: string,
  locale: Locale,
  t: Translate,
): FileCell[][] {
  const rows: FileCell[][] = [
    [t('brief.title', { leader: brief.leader })],
    [t('brief.subtitle', { campaign: campaignName, asOf: brief.asOf })],
    [
      t('brief.projects', {
        count: brief.projectCount,
        red: brief.lights.red,
        yellow: brief.lights.yellow,
        green: brief.lights.green,
      }),
    ],
    [t('brief.problemsSummary', { open: brief.open, overdue: brief.overdue })],
    [],
    [t('brief.flagged')],
    [
      t('brief.code'),
      t('brief.name'),
      t('brief.town'),
      t('brief.unit'),
      t('brief.light'),
      t('brief.reasons'),
      t('brief.open'),
      t('brief.overdue'),
    ],
  ];
  for (const b of brief.flagged) {
    rows.push([
      b.project.code,
      b.project.name,
      b.project.town,
      b.project.unit,
      lightWord(b.status.light, t),
      b.status.reasons.map((r) => reasonText(r, locale, t)).join('；'),
      b.open,
      b.overdue,
    ]);
  }
  rows.push(
    [],
    [t('brief.openProblems')],
    [
      t('brief.code'),
      t('brief.name'),
      t('problems.col.description'),
      t('problems.col.scope'),
      t('problems.col.raisedOn'),
      t('problems.col.due'),
      t('problems.col.clock'),
      t('problems.col.ownerUnit'),
      t('problems.col.escalation'),
    ],
  );
  for (const { problem, project, clock } of brief.problems) {
    rows.push([
      project.code,
      project.name,
      problem.description,
      SCOPE_WORDS[problem.scope][locale],
      problem.raisedOn,
      clock.due,
      clockText(clock, t),
      problem.ownerUnit,
      ESCALATION_WORDS[problem.escalation][locale],
    ]);
  }
  return rows;
}
