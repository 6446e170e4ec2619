// The hover text of a row: the facts behind its bars, as escaped HTML for ECharts' tooltip.
import type { CalendarDate } from '../core/calendar-date.ts';
import type { Light } from '../core/status.ts';
import {
  BATTLE_WORDS,
  MILESTONE_WORDS,
  TIER_WORDS,
  WORKSTREAM_WORDS,
  type Locale,
} from '../core/vocabulary.ts';
import type { Lane, ProjectRow } from './battlemap-model.ts';
import { CHART_WORDS } from './chart-words.ts';
import { html, type SafeHtml } from './escape.ts';
import { groupName } from './lane-text.ts';
import { LIGHT_COLORS, MUTED } from './palette.ts';
import { DIAMOND_MILESTONES } from './lane-shapes.ts';

const dot = (light: Light): SafeHtml =>
  html`<span
    style="display:inline-block;width:9px;height:9px;border-radius:50%;background:${LIGHT_COLORS[light]};margin-right:4px"
  ></span>`;

const muted = (text: string): SafeHtml => html`<span style="color:${MUTED}">${text}</span>`;

function spanText(
  from: CalendarDate | null,
  to: CalendarDate | null,
  running: boolean,
  asOf: CalendarDate,
  locale: Locale,
): string {
  const words = CHART_WORDS[locale];
  if (from === null) return words.notStarted;
  if (running || to === null) return words.running(from, asOf);
  return words.span(from, to);
}

function projectTooltip(row: ProjectRow, asOf: CalendarDate, locale: Locale): SafeHtml {
  const words = CHART_WORDS[locale];
  const p = row.project;
  const planned = row.planned;
  const actual = row.actual;
  const battles = p.battles.map((b) => BATTLE_WORDS[b][locale]).join('、');
  const milestones = DIAMOND_MILESTONES.map((m) => {
    const { plan, actual: done } = p.milestones[m];
    if (plan === null && done === null) return null;
    return html`<div>
      ${MILESTONE_WORDS[m][locale]}：${words.plan} ${plan ?? '—'} · ${words.actual} ${done ?? '—'}
    </div>`;
  });
  return html`<div style="max-width:360px;white-space:normal">
    <div><b>${p.name || p.code}</b> ${muted(p.code)}</div>
    <div>${dot(row.status.light)}${words.light[row.status.light]}</div>
    ${row.status.reasons.map((r) => html`<div style="color:${LIGHT_COLORS.red}">· ${words.reason(r, locale)}</div>`)}
    <div>
      ${words.town} ${p.town || '—'} · ${words.unit} ${p.unit || '—'} · ${words.leader}
      ${p.leader || '—'}
    </div>
    <div>
      ${words.tier}
      ${TIER_WORDS[p.tier][locale]}${battles ? html` · ${words.battles} ${battles}` : ''}
    </div>
    ${
      planned
        ? html`<div>
            ${words.plan}（${MILESTONE_WORDS[planned.start.milestone][locale]}→${MILESTONE_WORDS[planned.end.milestone][locale]}）${words.span(planned.start.date, planned.end.date)}
          </div>`
        : ''
    }
    <div>
      ${words.actual}
      ${spanText(actual?.start ?? null, actual?.end ?? null, actual?.running ?? false, asOf, locale)}
    </div>
    ${
      row.investmentPercent !== null
        ? html`<div>
            ${words.investmentDone(row.investmentPercent.toFixed(1), row.timePercent.toFixed(1))}
          </div>`
        : ''
    }
    ${
      milestones.some((m) => m !== null)
        ? html`<div style="margin-top:4px">${muted(words.milestones)}</div>
            ${milestones}`
        : ''
    }
    <div style="margin-top:4px">${muted(words.hint)}</div>
  </div>`;
}

export function laneTooltip(lane: Lane, asOf: CalendarDate, locale: Locale): string {
  const words = CHART_WORDS[locale];
  switch (lane.kind) {
    case 'group': {
      const g = lane.group;
      return html`<div><b>${groupName(g, locale)}</b> ${words.projects(g.count)}</div>
        ${(['red', 'yellow', 'green'] as const).map((l) => html`<div>${dot(l)}${words.light[l]} ${g.lights[l]}</div>`)}`
        .markup;
    }
    case 'project':
      return projectTooltip(lane.row, asOf, locale).markup;
    case 'workstream': {
      const w = lane.data;
      const p = lane.row.project;
      const running = w.actualEnd === null || w.actualEnd > asOf;
      const started = w.actualStart !== null && w.actualStart <= asOf ? w.actualStart : null;
      return html`<div style="max-width:360px;white-space:normal">
        <div><b>${p.name || p.code}</b> — ${WORKSTREAM_WORDS[lane.workstream][locale]}</div>
        <div>
          ${dot(lane.light)}${words.light[lane.light]}${w.percent !== null ? html` · ${words.workstreamDone(String(w.percent))}` : ''}
        </div>
        <div>
          ${words.plan}
          ${w.planStart !== null && w.planEnd !== null ? words.span(w.planStart, w.planEnd) : '—'}
        </div>
        <div>
          ${words.actual} ${spanText(started, running ? null : w.actualEnd, running, asOf, locale)}
        </div>
        ${w.owner ? html`<div>${words.owner} ${w.owner}</div>` : ''}
        ${w.note ? html`<div>${muted(w.note)}</div>` : ''}
      </div>`.markup;
    }
  }
}
