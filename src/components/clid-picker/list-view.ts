/**
 * The picker's list as rows: filtered, sorted (agent default first, then by name), optionally
 * grouped by tag. Pure data, rebuilt only when its inputs change; the element renders a window
 * of it.
 * @module
 */
import type { ClidNumber, ClidState } from '../../store/index.js';
import type { ClidStrings } from '../../strings.js';

/** Rows visible at once; also the count above which the popup offers a search field. */
export const ROWS = 8;

/** An option (a number) or a group heading (a string). */
export type Row = ClidNumber | string;

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
/** What a number is sorted and searched by: its name, else its number. */
const sortText = (n: ClidNumber): string => n.name || n.number;

/** Sort order that puts `a` first when only `a` passes (`-1`), `b` first when only `b` does, else `0`. */
function firstIf(a: boolean, b: boolean): number {
  if (a === b) return 0;
  return a ? -1 : 1;
}

export class ListView {
  rows: Row[] = [];
  /** `aria-posinset` of each option row (within its group). */
  pos: number[] = [];
  /** `aria-setsize` of each option row (its group's size). */
  size: number[] = [];
  /** The inputs the rows were built from. */
  #builtFrom: unknown[] = [];

  /**
   * Rows for `state`, keeping the numbers whose name contains `query`, or (for a query of digits)
   * whose number contains its digits. (A `blocked` number is never among the state's numbers: the
   * store leaves it out, so it is never offered.)
   */
  build(state: ClidState, query: string, groupBy: string | undefined, s: ClidStrings): readonly Row[] {
    const def = state.agentDefault?.id;
    const inputs = [state.numbers, def, query, groupBy, s.default, s.other];
    if (inputs.every((input, i) => input === this.#builtFrom[i])) return this.rows;
    this.#builtFrom = inputs;
    const q = query.trim().toLowerCase();
    const digits = /^[\d\s+().-]+$/.test(q) && q.replace(/\D/g, '');
    const list = state.numbers
      .filter((n) => !q || sortText(n).toLowerCase().includes(q) || (digits && n.number.includes(digits)))
      .sort((a, b) => firstIf(a.id === def, b.id === def) || collator.compare(sortText(a), sortText(b)));
    const groups = new Map<string, ClidNumber[]>();
    for (const n of list) {
      let group = '';
      if (groupBy) group = n.id === def ? s.default : (n.tags?.[0] ?? s.other);
      const members = groups.get(group);
      if (members) members.push(n);
      else groups.set(group, [n]);
    }
    // The agent's default first, "Other" last, the rest by name.
    const names = [...groups.keys()].sort(
      (a, b) =>
        firstIf(a === s.default, b === s.default) || firstIf(b === s.other, a === s.other) || collator.compare(a, b),
    );
    const rows: Row[] = (this.rows = []);
    this.pos = [];
    this.size = [];
    for (const g of names) {
      const members = groups.get(g) ?? [];
      if (groupBy) rows.push(g);
      members.forEach((n, i) => {
        this.pos[rows.length] = i + 1;
        this.size[rows.length] = members.length;
        rows.push(n);
      });
    }
    return rows;
  }

  /** The group heading above row `i`. */
  groupOf(i: number): string {
    while (typeof this.rows[i] !== 'string' && i > 0) i--;
    return this.rows[i] as string;
  }

  /**
   * Type-ahead: the first option from row `from` on (wrapping) whose name starts with `typed`, or
   * whose digits contain the digits typed.
   */
  find(typed: string, from: number): number {
    const rows = this.rows;
    const digits = /^[\d+]+$/.test(typed) && typed.replace(/\D/g, '');
    for (let j = 0; j < rows.length; j++) {
      const i = (from + j) % rows.length;
      const r = rows[i];
      if (typeof r !== 'string' && (r.name?.toLowerCase().startsWith(typed) || (digits && r.number.includes(digits))))
        return i;
    }
    return -1;
  }
}
