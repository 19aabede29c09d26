/** Where progress goes: stderr, so stdout stays for the result and can be piped. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean | undefined;
  columns?: number | undefined;
}

/** Shows a run's progress: a redrawn bar on a terminal, a few plain lines otherwise (CI logs, pipes). */
export interface ProgressReporter {
  update(done: number, total: number | undefined): void;
  finish(): void;
}

const BAR_WIDTH = 28;
const REDRAW_MS = 80;

/**
 * A progress reporter for `label`. On a TTY it redraws one line at most every 80 ms; otherwise it prints a line at
 * each 10% step (or every 1000 rows when the total is unknown), so logs stay short.
 */
export function createProgressReporter(
  stream: ProgressStream,
  label: string,
  now: () => number = Date.now,
): ProgressReporter {
  let lastDraw = 0;
  let lastStep = -1;
  let drawn = false;
  let last: [number, number | undefined] = [0, undefined];

  const text = (done: number, total: number | undefined): string => {
    if (total === undefined || total === 0) return `${label}: ${done} read`;
    const ratio = Math.min(1, done / total);
    return `${label}: ${Math.floor(ratio * 100)}% (${done}/${total})`;
  };

  const drawBar = (done: number, total: number | undefined) => {
    const ratio = total ? Math.min(1, done / total) : 0;
    const filled = Math.round(ratio * BAR_WIDTH);
    const bar = total ? `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ` : '';
    const line = `${bar}${text(done, total)}`;
    const width = stream.columns ?? 80;
    stream.write(`\r${line.slice(0, width - 1).padEnd(Math.min(width - 1, line.length + 2))}`);
    drawn = true;
  };

  return {
    update(done, total) {
      last = [done, total];
      if (stream.isTTY) {
        const t = now();
        if (t - lastDraw < REDRAW_MS && done !== total) return;
        lastDraw = t;
        drawBar(done, total);
        return;
      }
      const step = total ? Math.floor((Math.min(done, total) / total) * 10) : Math.floor(done / 1000);
      if (step !== lastStep && (done > 0 || total === 0)) {
        lastStep = step;
        stream.write(`${text(done, total)}\n`);
      }
    },
    finish() {
      if (stream.isTTY && drawn) {
        drawBar(...last);
        stream.write('\n');
      }
    },
  };
}
