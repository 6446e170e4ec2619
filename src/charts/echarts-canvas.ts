// ECharts' canvas renderer, for pixels: the dashboard's charts and the battle map's PNG. Importing
// this module registers it; the battle map loads it only when a PNG is asked for.
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([CanvasRenderer]);
