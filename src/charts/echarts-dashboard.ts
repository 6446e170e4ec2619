// The dashboard's pieces of ECharts beyond the battle map's (echarts-setup.ts): lines and bars with
// a legend, drawn on canvas on screen. Importing this module registers them.
import { use } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { LegendComponent } from 'echarts/components';
import './echarts-canvas.ts';

use([LineChart, BarChart, LegendComponent]);
