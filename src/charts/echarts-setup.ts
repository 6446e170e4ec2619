// The pieces of ECharts the battle map draws with on screen, registered once: a custom series on a
// grid with tooltip, dataZoom and mark lines, drawn on canvas. They are all its first render loads;
// the dashboard's lines, bars and legend and the SVG renderer for paper come with their own modules
// (echarts-dashboard.ts, echarts-svg.ts), so the map's chunk neither carries nor evaluates them.
import { use } from 'echarts/core';
import { CustomChart } from 'echarts/charts';
import {
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  GridComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([
  CustomChart,
  GridComponent,
  TooltipComponent,
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  MarkLineComponent,
  CanvasRenderer,
]);

export { graphic, init, type ECharts } from 'echarts/core';
