// The pieces of ECharts the battle map draws with, registered once: a custom series on a grid with
// tooltip, dataZoom and mark lines, drawn as SVG on screen and on paper. Its ~300 shapes patch a
// few DOM nodes where a canvas the size of the chart would be allocated and cleared on the first
// frame. The dashboard's lines, bars and legend and the canvas renderer for PNGs come with their
// own modules (echarts-dashboard.ts, echarts-canvas.ts), so the map's chunk neither carries nor
// evaluates them.
import { use } from 'echarts/core';
import { CustomChart } from 'echarts/charts';
import {
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  GridComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([
  CustomChart,
  GridComponent,
  TooltipComponent,
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  MarkLineComponent,
  SVGRenderer,
]);

export { graphic, init, type ECharts } from 'echarts/core';
