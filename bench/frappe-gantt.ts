// The peer of the battle map's first render: Frappe Gantt drawing the bars the battle map draws
// for the same campaign — each project's planned span and its five workstreams — as one task a
// bar, in a box of the size the app's chart had (?w=&h=). The tasks come from the app's own pure
// model (grouped by town, workstreams shown: the battle map's defaults); building them stands in
// for the app's read from IndexedDB, so it sits between two marks that the driver subtracts.
import Gantt, { type FrappeTask } from 'frappe-gantt';
import '../node_modules/frappe-gantt/dist/frappe-gantt.css';
import { NO_FILTERS, buildBattlemap, type Lane } from '../src/charts/battlemap-model.ts';
import { laneLabel } from '../src/charts/lane-text.ts';
import { buildSampleCampaign } from '../src/core/sample-campaign.ts';
import { markAfterPaint } from '../src/ui/user-timing.ts';
import { queryNumber } from './lib/page-api.ts';
import { scaleCampaign, withWorkstreams } from './lib/scale-campaign.ts';

/** Frappe Gantt's view closest to the battle map's default 旬 (ten-day) view. */
const VIEW_MODE = 'Week';

function taskOf(lane: Lane, index: number): FrappeTask | null {
  const name = laneLabel(lane, 'zh-CN');
  const id = `t${index}`;
  if (lane.kind === 'project') {
    const { planned, investmentPercent } = lane.row;
    if (!planned) return null;
    const progress = Math.min(100, Math.max(0, investmentPercent ?? 0));
    return { id, name, start: planned.start.date, end: planned.end.date, progress };
  }
  if (lane.kind === 'workstream') {
    const { planStart, planEnd, percent } = lane.data;
    if (planStart === null || planEnd === null || planEnd < planStart) return null;
    return { id, name, start: planStart, end: planEnd, progress: percent ?? 0 };
  }
  return null;
}

const container = document.getElementById('gantt') as HTMLDivElement;
const width = queryNumber('w', innerWidth);
const height = queryNumber('h', innerHeight);
container.style.width = `${width}px`;

performance.mark('bench:tasks-start');
const doc = withWorkstreams(scaleCampaign(buildSampleCampaign(), queryNumber('count', 1000)));
const asOf = doc.campaign.asOf ?? `${doc.campaign.year}-12-31`;
const model = buildBattlemap(
  doc.projects,
  {
    asOf,
    year: doc.campaign.year,
    rules: doc.campaign.statusRules,
    lists: doc.campaign.lists,
  },
  { filters: NO_FILTERS, groupBy: 'town', collapsed: new Set(), showWorkstreams: true },
);
const tasks = model.lanes.flatMap((lane, i) => taskOf(lane, i) ?? []);
document.body.dataset['tasks'] = String(tasks.length);
performance.mark('bench:tasks-ready');

new Gantt(container, tasks, {
  view_mode: VIEW_MODE,
  container_height: height,
  scroll_to: asOf,
  readonly: true,
});
markAfterPaint('bench:gantt-ready');
