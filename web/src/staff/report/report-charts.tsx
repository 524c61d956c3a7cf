import { useEffect, useRef } from 'react';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type ChartConfiguration, type Plugin } from 'chart.js';
import type { IntervalRow, RateChartModel } from './report-view.ts';

// Only the parts of Chart.js these bar charts use.
Chart.register(BarController, BarElement, CategoryScale, LinearScale);

const BRAND = '#1d4f73';
const BRAND_SOFT = '#9fbdd4';
const TARGET = '#a4271b';
const INK = '#1b1b1f';
const MUTED = '#4b4b57';
const FONT = '13px system-ui, sans-serif';
const BOLD = 'bold 13px system-ui, sans-serif';

/**
 * Keeps a picture of the chart in an <img> beside the canvas after every drawing. Paper gets the
 * picture (a canvas does not always survive the trip to a printer or a PDF); the screen gets the
 * live canvas.
 */
function printImage(img: () => HTMLImageElement | null): Plugin {
  return {
    id: 'youSaidPrintImage',
    afterRender(chart) {
      const target = img();
      if (!target || chart.width === 0 || chart.height === 0) return;
      target.src = chart.toBase64Image('image/png', 1);
    },
  };
}

function useChart<T extends ChartConfiguration<'bar', (number | [number, number] | null)[], string | string[]>>(
  config: () => T,
  key: string,
) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const imgRef = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const c = config();
    const chart = new Chart(canvas, { ...c, plugins: [...(c.plugins ?? []), printImage(() => imgRef.current)] });
    return () => chart.destroy();
    // `key` names the figures drawn; `config` is rebuilt on each render.
  }, [key]);
  return { canvasRef, imgRef };
}

/**
 * Response rate per band as bars, with the target as a dashed line across the chart. A band
 * with no rate to show gets no bar: its words ("rate fewer than 5") stand where the bar would be.
 */
export function RateChart({ model, description }: { model: RateChartModel; description: string }) {
  const highest = Math.max(model.targetPercent, ...model.percents.filter((p): p is number => p !== null));
  const top = Math.min(100, Math.max(50, Math.ceil((highest + 10) / 10) * 10));
  const { canvasRef, imgRef } = useChart(
    () => ({
      type: 'bar',
      data: { labels: model.labels, datasets: [{ label: 'Response rate', data: model.percents, backgroundColor: BRAND, borderRadius: 3 }] },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          y: { min: 0, max: top, ticks: { callback: (v) => `${v}%`, font: { size: 13 } }, title: { display: true, text: 'Response rate', font: { size: 13 } } },
          x: { grid: { display: false }, ticks: { font: { size: 14 }, color: INK } },
        },
        // Every figure is written on the chart and in the table beside it: no hover needed, and
        // no redrawing on every pointer move (each drawing also refreshes the printed picture).
        events: [],
      },
      plugins: [rateOverlay(model)],
    }),
    JSON.stringify(model),
  );
  return (
    <figure className="report-chart" data-testid="rate-chart">
      <div className="chart-box report-chart-box">
        <canvas ref={canvasRef} role="img" aria-label={description} />
      </div>
      <img ref={imgRef} className="chart-print" alt={description} />
    </figure>
  );
}

function rateOverlay(model: RateChartModel): Plugin<'bar'> {
  return {
    id: 'youSaidRates',
    afterDatasetsDraw(chart) {
      const { ctx, scales, chartArea } = chart;
      const x = scales.x;
      const y = scales.y;
      if (!x || !y) return;
      ctx.save();
      ctx.font = BOLD;
      ctx.textAlign = 'center';
      model.labels.forEach((_, i) => {
        const centre = x.getPixelForValue(i);
        const value = model.percents[i];
        if (value !== null && value !== undefined) {
          ctx.fillStyle = INK;
          ctx.textBaseline = 'bottom';
          ctx.fillText(`${Math.round(value)}%`, centre, y.getPixelForValue(value) - 3);
        } else {
          ctx.fillStyle = MUTED;
          ctx.font = FONT;
          ctx.textBaseline = 'bottom';
          ctx.fillText(model.notes[i] ?? 'not shown', centre, y.getPixelForValue(0) - 6);
          ctx.font = BOLD;
        }
      });
      const at = y.getPixelForValue(model.targetPercent);
      ctx.setLineDash([6, 4]);
      ctx.strokeStyle = TARGET;
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.moveTo(chartArea.left, at);
      ctx.lineTo(chartArea.right, at);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = TARGET;
      ctx.textAlign = 'right';
      ctx.textBaseline = 'bottom';
      ctx.fillText(`target ${Math.round(model.targetPercent)}%`, chartArea.right, at - 3);
      ctx.restore();
    },
  };
}

/**
 * Each indicator of one domain as its 95% interval (a pale bar), its figure (a dark tick and the
 * percentage), and where shown, other councils (an open diamond) and the general population (an
 * open triangle). A hidden figure is not drawn: its row carries the words instead.
 */
export function IntervalChart({ rows, description }: { rows: IntervalRow[]; description: string }) {
  const height = Math.max(120, rows.reduce((h, r) => h + 22 + 16 * r.label.length, 0) + 60);
  const { canvasRef, imgRef } = useChart(
    () => ({
      type: 'bar',
      data: {
        labels: rows.map((r) => r.label),
        datasets: [
          {
            label: '95% interval',
            data: rows.map((r): [number, number] | null => (r.lower !== null && r.upper !== null ? [r.lower, r.upper] : null)),
            backgroundColor: BRAND_SOFT,
            borderColor: BRAND,
            borderWidth: 1,
            barPercentage: 0.55,
          },
        ],
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { min: 0, max: 100, ticks: { callback: (v) => `${v}%`, font: { size: 13 } } },
          y: { grid: { display: false }, ticks: { autoSkip: false, color: INK, font: { size: 13 } } },
        },
        events: [],
      },
      plugins: [intervalOverlay(rows)],
    }),
    JSON.stringify(rows),
  );
  return (
    <figure className="report-chart" data-testid="interval-chart">
      <div className="chart-box report-chart-box" style={{ height: `${height}px` }}>
        <canvas ref={canvasRef} role="img" aria-label={description} />
      </div>
      <img ref={imgRef} className="chart-print" alt={description} />
      <figcaption className="chart-key small">
        <span>
          <span className="key-bar" aria-hidden="true" /> 95% interval
        </span>
        <span>
          <span className="key-tick" aria-hidden="true" /> this council
        </span>
        <span>◇ other councils</span>
        <span>△ general population</span>
      </figcaption>
    </figure>
  );
}

function intervalOverlay(rows: IntervalRow[]): Plugin<'bar'> {
  return {
    id: 'youSaidIntervals',
    afterDatasetsDraw(chart) {
      const { ctx, scales } = chart;
      const x = scales.x;
      const y = scales.y;
      if (!x || !y) return;
      ctx.save();
      rows.forEach((row, i) => {
        const middle = y.getPixelForValue(i);
        if (row.share === null) {
          ctx.fillStyle = MUTED;
          ctx.font = FONT;
          ctx.textAlign = 'left';
          ctx.textBaseline = 'middle';
          ctx.fillText(`${row.note ?? 'not shown'}: not drawn`, x.getPixelForValue(0) + 6, middle);
          return;
        }
        const at = x.getPixelForValue(row.share);
        ctx.strokeStyle = INK;
        ctx.lineWidth = 3;
        ctx.beginPath();
        ctx.moveTo(at, middle - 9);
        ctx.lineTo(at, middle + 9);
        ctx.stroke();
        ctx.fillStyle = INK;
        ctx.font = BOLD;
        ctx.textAlign = 'left';
        ctx.textBaseline = 'middle';
        const right = x.getPixelForValue(row.upper ?? row.share);
        ctx.fillText(`${Math.round(row.share)}%`, right + 6, middle);
        ctx.lineWidth = 1.5;
        if (row.otherCouncils !== null) diamond(ctx, x.getPixelForValue(row.otherCouncils), middle - 12);
        if (row.generalPopulation !== null) triangle(ctx, x.getPixelForValue(row.generalPopulation), middle + 12);
      });
      ctx.restore();
    },
  };
}

function diamond(ctx: CanvasRenderingContext2D, x: number, y: number) {
  ctx.strokeStyle = INK;
  ctx.fillStyle = '#fff';
  ctx.beginPath();
  ctx.moveTo(x, y - 5);
  ctx.lineTo(x + 5, y);
  ctx.lineTo(x, y + 5);
  ctx.lineTo(x - 5, y);
  ctx.closePath();
  ctx.fill();
  ctx.stroke();
}

function triangle(ctx: CanvasRenderingContext2D, x: number, y: number) {
  ctx.strokeStyle = INK;
  ctx.fillStyle = '#fff';
  ctx.beginPath();
  ctx.moveTo(x, y - 5);
  ctx.lineTo(x + 5, y + 4);
  ctx.lineTo(x - 5, y + 4);
  ctx.closePath();
  ctx.fill();
  ctx.stroke();
}
