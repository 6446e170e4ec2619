// ECharts' SVG renderer, for charts on paper (sharp at any scale). Importing this module registers
// it; the battle map loads it after its first paint, since printing needs it only later.
import { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([SVGRenderer]);
