/** Benchmark results as Markdown tables, so a run can be pasted into a report or a PR as is. */

export interface Table {
  title: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
  /** Lines printed under the table: what the numbers mean, what was checked. */
  notes?: readonly string[];
}

const NUMERIC = /^[-+]?[\d,.]+(?:\s?(?:%|×|ms|s|MB|KB|B))?$|^[—∞]$/;

export function formatTable(table: Table): string {
  const all = [table.columns, ...table.rows];
  const widths = table.columns.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  const numeric = table.columns.map((_, column) => table.rows.length > 0 && table.rows.every((row) => NUMERIC.test(row[column] ?? '')));
  const line = (row: readonly string[]) =>
    `| ${widths.map((width, column) => (numeric[column] ? (row[column] ?? '').padStart(width) : (row[column] ?? '').padEnd(width))).join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (numeric[column] ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`;
  const notes = (table.notes ?? []).map((note) => `- ${note}`);
  return [`### ${table.title}`, '', line(table.columns), rule, ...table.rows.map(line), ...(notes.length ? ['', ...notes] : []), ''].join(
    '\n',
  );
}

/** 12,345 */
export function count(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** A number with `digits` decimals (thousands separated). */
export function fixed(value: number, digits = 1): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${fixed((100 * part) / whole)}%`;
}

/** `value / baseline` as "12.3×"; ∞ when the baseline is zero and the value is not. */
export function ratio(value: number, baseline: number): string {
  if (baseline === 0) return value === 0 ? '—' : '∞';
  return `${fixed(value / baseline, value / baseline >= 10 ? 0 : 2)}×`;
}

export function megabytes(bytes: number): string {
  return `${fixed(bytes / 1_048_576)} MB`;
}
