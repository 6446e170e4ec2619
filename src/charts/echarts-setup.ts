// The only pieces of ECharts the app draws with, registered once: a custom series on a grid with
// tooltip, dataZoom and mark lines, drawn on canvas (screen, PNG) or as SVG (print); and for
// the dashboard's charts, lines and bars with a legend.
import { use } from 'echarts/core';
import { BarChart, CustomChart, LineChart } from 'echarts/charts';
import {
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

use([
  CustomChart,
  LineChart,
  BarChart,
  LegendComponent,
  GridComponent,
  TooltipComponent,
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  MarkLineComponent,
  CanvasRenderer,
  SVGRenderer,
]);

export { graphic, init, type ECharts } from 'echarts/core';
