// How a problem's clock, a project's status reasons and a history entry read in the UI's language.
// Plain functions of the message lookup, shared by the sheet, the close-out panel and the brief.
import type { ProblemClock } from '../../core/problems.ts';
import { ESCALATION_WORDS, SCOPE_WORDS } from '../../core/problem-vocabulary.ts';
import type { Light, StatusReason } from '../../core/status.ts';
import type { EscalationLevel, ProblemChange, ProblemScope, Project } from '../../core/types.ts';
import { MILESTONE_WORDS, type Locale } from '../../core/vocabulary.ts';
import type { MessageKey } from '../i18n.svelte.ts';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** How urgent a clock looks: overdue red, due within a working day yellow, closed muted. */
export type Tone = 'red' | 'yellow' | 'green' | 'muted';

/** A project as planners name it: its code, then its name. */
export const projectLabel = (p: Project): string => `${p.code} ${p.name}`;

export function clockText(clock: ProblemClock, t: Translate): string {
  switch (clock.state) {
    case 'open':
      return t('clock.left', { n: clock.workingDaysLeft });
    case 'dueToday':
      return t('clock.dueToday');
    case 'overdue':
      return t('clock.overdue', { n: clock.daysOverdue });
    case 'resolved':
      return t(clock.late ? 'clock.resolvedLate' : 'clock.resolved');
    case 'notRaised':
      return t('clock.notRaised');
  }
}

export function clockTone(clock: ProblemClock): Tone {
  switch (clock.state) {
    case 'overdue':
      return 'red';
    case 'dueToday':
      return 'yellow';
    case 'open':
      return clock.workingDaysLeft <= 1 ? 'yellow' : 'green';
    default:
      return 'muted';
  }
}

export const lightWord = (light: Light, t: Translate): string => t(`problems.light.${light}`);

export function reasonText(reason: StatusReason, locale: Locale, t: Translate): string {
  switch (reason.kind) {
    case 'milestoneOverdue':
    case 'milestoneDueSoon':
      return t(`reason.${reason.kind}`, {
        milestone: MILESTONE_WORDS[reason.milestone][locale],
        plan: reason.plan,
      });
    case 'investmentBehind':
      return t('reason.investmentBehind', {
        done: reason.donePercent.toFixed(1),
        time: reason.timePercent.toFixed(1),
      });
    case 'problemOverdue':
      return t('reason.problemOverdue', { count: reason.count });
  }
}

/** A stored field value as the user reads it: words for keys, labels for projects. */
function valueText(
  field: string,
  value: string,
  locale: Locale,
  projectOf: (id: string) => Project | undefined,
): string {
  if (field === 'scope') return SCOPE_WORDS[value as ProblemScope]?.[locale] ?? value;
  if (field === 'escalation') return ESCALATION_WORDS[value as EscalationLevel]?.[locale] ?? value;
  if (field === 'projectId') {
    const p = projectOf(value);
    return p ? projectLabel(p) : value;
  }
  return value;
}

export function historyText(
  change: ProblemChange,
  locale: Locale,
  t: Translate,
  projectOf: (id: string) => Project | undefined,
): string {
  const note = change.note;
  switch (change.kind) {
    case 'raised':
      return t('history.raised', { note });
    case 'closed':
      return t('history.closed', { date: change.value ?? '', note });
    case 'reopened':
      return note === '' ? t('history.reopened') : t('history.reopenedWhy', { note });
    case 'edited':
      if (change.field === 'due') {
        if (change.value) return t('history.due', { value: change.value, note });
        return note === '' ? t('history.dueCleared') : t('history.dueClearedWhy', { note });
      }
      return t('history.edited', {
        field: t(`problems.col.${change.field ?? 'description'}` as MessageKey),
        value: valueText(change.field ?? '', change.value ?? '', locale, projectOf),
      });
  }
}
