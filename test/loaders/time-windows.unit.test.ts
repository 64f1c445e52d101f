import { describe, expect, it } from 'vitest';
import { MAX_WINDOW_MS, splitWindow } from '../../src/loaders/time-windows.js';

const DAY = 86_400_000;
const start = new Date('2024-01-01T00:00:00.000Z');

describe('splitWindow', () => {
  it('keeps a window under 31 days whole', () => {
    const end = new Date(start.getTime() + 20 * DAY);
    expect(splitWindow(start, end)).toEqual([{ from: start, to: end }]);
  });

  it('cuts a 70-day window into 3 consecutive windows that cover it without overlap', () => {
    const end = new Date(start.getTime() + 70 * DAY);
    const windows = splitWindow(start, end);
    expect(windows).toHaveLength(3);
    expect(windows[0]?.from).toEqual(start);
    expect(windows.at(-1)?.to).toEqual(end);
    for (const [i, window] of windows.entries()) {
      expect(window.to.getTime() - window.from.getTime()).toBeLessThan(31 * DAY);
      expect(window.to.getTime() - window.from.getTime()).toBeLessThanOrEqual(MAX_WINDOW_MS);
      const next = windows[i + 1];
      if (next) expect(next.from.getTime()).toBe(window.to.getTime() + 1);
    }
  });

  it('needs no extra window for a span of exactly 90 days', () => {
    expect(splitWindow(start, new Date(start.getTime() + 90 * DAY))).toHaveLength(3);
  });

  it('gives an instant window of its own', () => {
    expect(splitWindow(start, start)).toEqual([{ from: start, to: start }]);
  });

  it('refuses a window that ends before it starts', () => {
    expect(() => splitWindow(new Date(start.getTime() + 1), start)).toThrow(RangeError);
  });
});
