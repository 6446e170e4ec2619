// The only pieces of ECharts the app draws with, registered once: a custom series on a grid with
// tooltip, dataZoom, mark lines and areas, drawn on canvas (screen, PNG) or as SVG (print).
import { use } from 'echarts/core';
import { CustomChart } from 'echarts/charts';
import {
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  GridComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

use([
  CustomChart,
  GridComponent,
  TooltipComponent,
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  MarkLineComponent,
  MarkAreaComponent,
  CanvasRenderer,
  SVGRenderer,
]);

export { graphic, init, type ECharts } from 'echarts/core';
