// The figures `npm run bench` measures, in the order the table shows them. A figure is one module
// whose default export is { id, measure(bench) → rows } (see lib/table.mjs for a row); add a new
// one here, and its bench page, if it needs one, as bench/<page>.html.
import sheetReady from './sheet-ready.mjs';
import editKpis from './edit-kpis.mjs';
import dekadRollups from './dekad-rollups.mjs';
import csvImport from './csv-import.mjs';
import coldStart from './cold-start.mjs';
import bundle from './bundle.mjs';
import memory from './memory.mjs';
import battlemap from './battlemap.mjs';
import paste from './paste.mjs';

export const FIGURES = [
  sheetReady,
  editKpis,
  paste,
  csvImport,
  dekadRollups,
  coldStart,
  battlemap,
  bundle,
  memory,
];
