/**
 * The dialer's preview: the typed destination parsed, and which number a call to it would
 * present and why ("Presenting UK Sales (+44 20 7946 0000), chosen by prefix +44"), worked out by
 * the store ahead of the call.
 * @module
 */
import { formatNumber } from '../../phone/format.js';
import type { PhoneKit, PhoneProblem } from '../../phone/parse.js';
import type { CallKind, CallRequest, ClidCallError, ClidNumber, ClidState, ClidStore, Resolution } from '../../store/index.js';
import { fill } from '../../strings.js';
import type { DialerStrings } from './clid-dialer.strings.js';

/** What the preview depends on. */
export interface PreviewInput {
  /** What the destination field holds, as typed. */
  readonly destination: string;
  readonly region?: string;
  readonly record?: Readonly<Record<string, unknown>>;
  readonly kind?: CallKind;
  /** The phone kit, once it has arrived. */
  readonly kit?: PhoneKit;
  readonly store?: ClidStore;
  readonly state?: ClidState;
}

/** How the status line reads: the preview, a destination that is not valid, or a number that cannot be presented. */
export type StatusKind = 'preview' | 'bad-destination' | 'rejected';

/** "UK Sales (+44 20 7946 0000)", or the formatted number alone. */
export const describeNumber = (n: ClidNumber): string => (n.name ? `${n.name} (${formatNumber(n.number)})` : formatNumber(n.number));

/** A call typed into the panel by the agent (an explicit per-call choice comes first). */
export const typedCall = (destination: string, input: PreviewInput): CallRequest => ({
  destination,
  record: input.record,
  kind: input.kind,
  manual: true,
});

/** One dialer's preview, worked out again whenever what it depends on changes. */
export class Preview {
  /** The destination in E.164, or why it is not valid; `undefined` while empty or unparsed. */
  parsed?: string;
  /** What would be presented, or why not; `undefined` while it is worked out. */
  #resolution?: Resolution | ClidCallError;
  #seen: unknown[] = [];
  /** Only the latest async answer counts. */
  #asked = 0;

  /** `resolved` is called when an answer arrives later (an async selector hook). */
  constructor(private readonly resolved: () => void) {}

  /** The destination is a valid number still being resolved, or not parsed yet. */
  get pending(): boolean {
    const parsed = this.parsed;
    return !parsed || (parsed[0] === '+' && !this.#resolution);
  }

  /** Re-parses the destination and asks the store when something the preview depends on changed. */
  update(input: PreviewInput): void {
    const { destination, region, kit, store, state, record } = input;
    const seen = [destination, region, kit, state, record];
    if (seen.every((value, i) => value === this.#seen[i])) return;
    this.#seen = seen;
    this.#resolution = undefined;
    const typed = destination.trim();
    const parsed = (this.parsed = typed && kit ? kit.parse(typed, region) : undefined);
    if (parsed?.[0] !== '+' || !state || !store) return;
    const request = typedCall(parsed, input);
    const asked = ++this.#asked;
    const answered = (resolution: Resolution | ClidCallError): void => {
      if (asked !== this.#asked) return;
      this.#resolution = resolution;
      this.resolved();
    };
    try {
      const resolution = store.resolveSync(request);
      if (!resolution.trace.includes('selector:async')) return void (this.#resolution = resolution);
    } catch (error) {
      return void (this.#resolution = error as ClidCallError);
    }
    store.resolve(request).then(answered, answered);
  }

  /**
   * The status line for a non-empty destination, and how it reads (no kind: "Checking number…"
   * or nothing). A destination that is too short only shows as an error once `touched` (after
   * blur or a call attempt).
   */
  status(strings: DialerStrings, state: ClidState, touched: boolean): [string, StatusKind?] {
    const parsed = this.parsed;
    const resolution = this.#resolution;
    if (this.pending) return [strings.checking];
    if (parsed![0] !== '+') return touched || parsed !== 'too-short' ? [strings[`bad-${parsed as PhoneProblem}`], 'bad-destination'] : [''];
    // No number permitted: the picker already says so.
    if (resolution instanceof Error) return resolution.message === state.error?.message ? [''] : [resolution.message, 'rejected'];
    const { clid, source, rule } = resolution!;
    const why = fill(strings[`why-${source}`], rule ? (rule.kind === 'prefix' ? rule.prefix : `${rule.field} = ${rule.value}`) : '');
    return [fill(fill(strings.presenting, describeNumber(clid)), why), 'preview'];
  }
}
