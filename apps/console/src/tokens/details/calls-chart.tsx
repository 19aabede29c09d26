import type { ReactNode } from 'react';
import { formatDate, plural } from '../../ui/format';
import { STATUS_CLASSES, type DayCalls } from './calls-by-day';

const COLORS: Record<string, string> = { '2xx': '#176b30', '3xx': '#1f5fbf', '4xx': '#a15c00', '5xx': '#b42318' };
const WIDTH = 640;
const HEIGHT = 200;
const AXIS = 28;

/**
 * Calls per day as stacked bars by status class: a plain SVG with `role="img"` and a sentence as its name, a legend,
 * and the same numbers as a table one click away (the text alternative).
 */
export function CallsChart({ days }: { days: readonly DayCalls[] }): ReactNode {
  if (days.length === 0) return <p className="empty">No calls recorded per day yet.</p>;
  const max = Math.max(1, ...days.map((day) => day.total));
  const slot = (WIDTH - AXIS) / days.length;
  const bar = Math.max(2, Math.min(40, slot * 0.7));
  const totals = STATUS_CLASSES.map((cls) => ({
    ...cls,
    total: days.reduce((sum, day) => sum + day.counts[cls.id], 0),
  }));
  const summary =
    `Calls per day from ${formatDate(days[0]!.date)} to ${formatDate(days[days.length - 1]!.date)}: ` +
    totals.map((cls) => `${cls.total} ${cls.label.toLowerCase()}`).join(', ') +
    '.';
  return (
    <figure className="calls-chart">
      <figcaption>Calls per day by status class</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 20}`} role="img" aria-label={summary} className="calls-chart__svg">
        <line x1={AXIS} y1={HEIGHT} x2={WIDTH} y2={HEIGHT} stroke="#59636e" />
        <text x={AXIS - 4} y={12} textAnchor="end" fontSize="11" fill="#59636e">
          {max}
        </text>
        <text x={AXIS - 4} y={HEIGHT} textAnchor="end" fontSize="11" fill="#59636e">
          0
        </text>
        {days.map((day, index) => {
          let y = HEIGHT;
          const x = AXIS + index * slot + (slot - bar) / 2;
          return (
            <g key={day.date}>
              {STATUS_CLASSES.map((cls) => {
                const height = (day.counts[cls.id] / max) * (HEIGHT - 16);
                y -= height;
                return height > 0 ? (
                  <rect key={cls.id} x={x} y={y} width={bar} height={height} fill={COLORS[cls.id]} />
                ) : null;
              })}
              {days.length <= 14 || index % Math.ceil(days.length / 7) === 0 ? (
                <text x={x + bar / 2} y={HEIGHT + 14} textAnchor="middle" fontSize="11" fill="#59636e">
                  {day.date.slice(5)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <ul className="calls-chart__legend">
        {totals.map((cls) => (
          <li key={cls.id}>
            <span className="calls-chart__swatch" style={{ background: COLORS[cls.id] }} aria-hidden="true" />
            {cls.label}: {plural(cls.total, 'call')}
          </li>
        ))}
      </ul>
      <details>
        <summary>Calls per day as a table</summary>
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Calls per day by status class</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                {STATUS_CLASSES.map((cls) => (
                  <th key={cls.id} scope="col">
                    {cls.label}
                  </th>
                ))}
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              {days.map((day) => (
                <tr key={day.date}>
                  <th scope="row">{formatDate(day.date)}</th>
                  {STATUS_CLASSES.map((cls) => (
                    <td key={cls.id}>{day.counts[cls.id]}</td>
                  ))}
                  <td>{day.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
