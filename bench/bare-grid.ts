// The peer of "sheet ready": Handsontable on its own, with the ledger's rows and columns (widths,
// text and dropdown cells, frozen columns), but none of the app around it: no Svelte, no storage,
// no custom renderer. The container takes the size the app's grid had (?w=&h=), so both draw the
// same number of cells. Building the rows is bench work the app replaces by reading IndexedDB, so
// it sits between two marks that the driver subtracts.
import Handsontable from 'handsontable/base';
import { registerCellType, DropdownCellType, TextCellType } from 'handsontable/cellTypes';
import { buildSampleCampaign } from '../src/core/sample-campaign.ts';
import { FROZEN_COLUMNS, PROJECT_COLUMNS, projectRow } from '../src/grid/project-columns.ts';
import { HANDSONTABLE_LICENSE_KEY } from '../src/grid/license.ts';
import { markAfterPaint } from '../src/ui/user-timing.ts';
import { queryNumber } from './lib/page-api.ts';
import { scaleCampaign } from './lib/scale-campaign.ts';

registerCellType(TextCellType);
registerCellType(DropdownCellType);

const container = document.getElementById('grid') as HTMLDivElement;
container.style.width = `${queryNumber('w', innerWidth)}px`;
container.style.height = `${queryNumber('h', innerHeight)}px`;

performance.mark('bench:rows-start');
const doc = scaleCampaign(buildSampleCampaign(), queryNumber('count', 10_000));
const ctx = {
  locale: 'zh-CN' as const,
  asOf: doc.campaign.asOf ?? `${doc.campaign.year}-12-31`,
  year: doc.campaign.year,
  lists: doc.campaign.lists,
};
const data = doc.projects.map((p) => projectRow(p, ctx));
performance.mark('bench:rows-ready');

new Handsontable(container, {
  data,
  columns: PROJECT_COLUMNS.map((column) => {
    const choices = column.choices(ctx);
    return {
      title: column.key,
      width: column.width,
      type: choices ? 'dropdown' : 'text',
      ...(choices ? { source: choices } : {}),
    };
  }),
  colHeaders: true,
  rowHeaders: true,
  fixedColumnsStart: FROZEN_COLUMNS,
  height: '100%',
  width: '100%',
  licenseKey: HANDSONTABLE_LICENSE_KEY,
});
markAfterPaint('bench:grid-ready');
