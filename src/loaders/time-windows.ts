/**
 * Feishu lists processes only for windows under 31 days. Longer windows are cut into consecutive,
 * non-overlapping inclusive windows (a process is modified at one instant, so it falls in one).
 */

const DAY_MS = 86_400_000;

/** `to - from` of each upstream window: 30 days, a day under Feishu's cap to spare clock quibbles. */
export const MAX_WINDOW_MS = 30 * DAY_MS;

export interface TimeWindow {
  from: Date;
  to: Date;
}

export function splitWindow(from: Date, to: Date, maxSpanMs = MAX_WINDOW_MS): TimeWindow[] {
  const start = from.getTime();
  const end = to.getTime();
  if (!(start <= end)) throw new RangeError('window start must not be after its end');
  const windows: TimeWindow[] = [];
  for (let cursor = start; cursor <= end; cursor += maxSpanMs + 1) {
    windows.push({ from: new Date(cursor), to: new Date(Math.min(cursor + maxSpanMs, end)) });
  }
  return windows;
}
