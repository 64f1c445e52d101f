/**
 * Feishu's numeric ids look like snowflakes: the creation time in ms shifted left by 22 bits, plus
 * low bits (7380912345678901234 >> 22 is a 2025 timestamp). Ids made this way sort by creation time
 * and have Feishu's 19 digits.
 */
export class IdFactory {
  private counter: number;

  /** `salt` varies the low bits between tenants; the sequence is fully determined by it. */
  constructor(salt: number) {
    this.counter = salt >>> 0;
  }

  /**
   * A fresh 19-digit id for something created at `atMs`. The low bits are the counter times an odd
   * constant modulo 2^22, a bijection: ids never repeat within 4 million calls, whatever the times.
   */
  next(atMs: number): string {
    this.counter = (this.counter + 1) >>> 0;
    return snowflake(Math.max(0, Math.floor(atMs)), Math.imul(this.counter, 0x9e3779b1) & (LOW_BITS - 1));
  }
}

const LOW_BITS = 2 ** 22;
const SPLIT = 1e7;

/** ms * 2^22 + low in decimal, without BigInt (far slower): both halves stay below 2^53, so doubles are exact. */
function snowflake(ms: number, low: number): string {
  const lowPart = (ms % SPLIT) * LOW_BITS + low;
  const high = Math.floor(ms / SPLIT) * LOW_BITS + Math.floor(lowPart / SPLIT);
  const rest = String(lowPart % SPLIT).padStart(7, '0');
  return high > 0 ? `${high}${rest}` : String(lowPart % SPLIT);
}

/** Ids compare as numbers: same-length strings compare lexicographically, shorter ones first. */
export function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
