import { useEffect, useRef } from 'react';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type Plugin } from 'chart.js';
import { SHOWN_FROM, type ChartModel } from './dashboard-view.ts';

// Only the parts of Chart.js this bar chart uses, so the rest stays out of the bundle.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const BRAND = '#1d4f73';
const TARGET = '#a4271b';
const MUTED = '#4b4b57';
// Chart.js's defaults for a bar's share of its category; the drawings below line up with them.
const BAR_SHARE = 0.8 * 0.9;

interface Extras {
  hidden: (string | null)[];
  belowFive: boolean[];
  targets: (number | null)[];
}

/**
 * Draws what the bars cannot: each band's target as a dashed line across its bar, and for a
 * suppressed count a hatched, outlined box up to 5 labelled "fewer than 5". The box says only
 * what the server says (somewhere below 5); no bar is ever drawn from a hidden count.
 */
const overlays: Plugin<'bar'> = {
  id: 'youSaidOverlays',
  afterDatasetsDraw(chart) {
    const extras = (chart.options.plugins as { youSaidOverlays?: Extras }).youSaidOverlays;
    if (!extras) return;
    const { ctx, scales } = chart;
    const x = scales.x;
    const y = scales.y;
    if (!x || !y) return;
    const count = chart.data.labels?.length ?? 0;
    const barWidth = (x.width / Math.max(1, count)) * BAR_SHARE;
    ctx.save();
    for (let i = 0; i < count; i++) {
      const centre = x.getPixelForValue(i);
      const left = centre - barWidth / 2;
      const words = extras.hidden[i];
      if (words) {
        const bottom = y.getPixelForValue(0);
        let top = bottom;
        if (extras.belowFive[i]) {
          top = y.getPixelForValue(SHOWN_FROM);
          ctx.fillStyle = hatch(ctx) ?? 'rgba(75, 75, 87, 0.15)';
          ctx.fillRect(left, top, barWidth, bottom - top);
          ctx.setLineDash([4, 3]);
          ctx.strokeStyle = MUTED;
          ctx.lineWidth = 1;
          ctx.strokeRect(left, top, barWidth, bottom - top);
          ctx.setLineDash([]);
        }
        ctx.fillStyle = MUTED;
        ctx.font = '12px system-ui, sans-serif';
        ctx.textAlign = 'center';
        ctx.textBaseline = 'bottom';
        ctx.fillText(words, centre, top - 4);
      }
      const target = extras.targets[i];
      if (target !== null && target !== undefined) {
        const at = y.getPixelForValue(target);
        ctx.setLineDash([6, 4]);
        ctx.strokeStyle = TARGET;
        ctx.lineWidth = 2;
        ctx.beginPath();
        ctx.moveTo(left - 6, at);
        ctx.lineTo(left + barWidth + 6, at);
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.fillStyle = TARGET;
        ctx.font = '12px system-ui, sans-serif';
        ctx.textAlign = 'left';
        ctx.textBaseline = 'bottom';
        ctx.fillText(`target ${target}`, left, at - 2);
      }
    }
    ctx.restore();
  },
};

let hatchPattern: CanvasPattern | null = null;
function hatch(ctx: CanvasRenderingContext2D): CanvasPattern | null {
  if (hatchPattern) return hatchPattern;
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const t = tile.getContext('2d');
  if (!t) return null;
  t.strokeStyle = 'rgba(75, 75, 87, 0.45)';
  t.lineWidth = 1;
  t.beginPath();
  t.moveTo(0, 8);
  t.lineTo(8, 0);
  t.stroke();
  hatchPattern = ctx.createPattern(tile, 'repeat');
  return hatchPattern;
}

function highest(model: ChartModel): number {
  const values = [...model.values, ...model.targets].filter((v): v is number => v !== null);
  return Math.max(SHOWN_FROM + 2, ...values.map((v) => v * 1.15));
}

/** Responses per age band as bars, with each band's target. The table beside it has the same figures in words. */
export function ResponseChart({ model }: { model: ChartModel }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart<'bar', (number | null)[], string> | null>(null);
  const drawn = useRef(false);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const chart = new Chart(canvas, {
      type: 'bar',
      data: { labels: [], datasets: [{ label: 'Responses', data: [], backgroundColor: BRAND, borderRadius: 4 }] },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reduceMotion ? false : { duration: 300 },
        scales: {
          y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'Responses' } },
          x: { grid: { display: false } },
        },
        plugins: {
          tooltip: {
            callbacks: { label: (item) => `${item.formattedValue} responses` },
          },
        },
      },
      plugins: [overlays],
    });
    chartRef.current = chart;
    return () => {
      chart.destroy();
      chartRef.current = null;
      drawn.current = false;
    };
  }, []);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    chart.data.labels = model.labels;
    const dataset = chart.data.datasets[0];
    // A suppressed band has no value here: nothing of it is drawn as a bar.
    if (dataset) dataset.data = model.values.map((v, i) => (model.hidden[i] === null ? v : null));
    const y = chart.options.scales?.y;
    if (y) y.suggestedMax = highest(model);
    (chart.options.plugins as { youSaidOverlays?: Extras }).youSaidOverlays = { hidden: model.hidden, belowFive: model.belowFive, targets: model.targets };
    // Refreshes every 30 seconds must not replay the animation each time.
    chart.update(drawn.current ? 'none' : undefined);
    drawn.current = true;
  }, [model]);

  return (
    <div className="chart-box">
      <canvas
        ref={canvasRef}
        role="img"
        aria-label="Bar chart of responses in each age band, with each band's target as a dashed line. The table gives the same figures."
      />
    </div>
  );
}
