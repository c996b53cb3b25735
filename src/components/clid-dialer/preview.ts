/**
 * The dialer's preview: the typed destination parsed, and which number a call to it would
 * present and why ("Presenting UK Sales (+44 20 7946 0000), chosen by prefix +44"), worked out by
 * the store ahead of the call.
 * @module
 */
import { formatNumber, loadFormats } from '../../phone/format.js';
import { readNumber } from '../../phone/parsed-number.js';
import type { ParsedNumber, PhoneKit } from '../../phone/types.js';
import { numberLabel, refusalMessage } from '../../messages.js';
import type {
  CallKind,
  CallRequest,
  ClidCallError,
  ClidState,
  ClidStore,
  Resolution,
  ResolvedRule,
} from '../../store/index.js';
import { isRefusal } from '../../store/call-error.js';
import { fill, type ClidStrings } from '../../strings.js';
import { healthNote, type PickerPresentation } from '../clid-picker/face.js';
import type { DialerStrings } from './clid-dialer.strings.js';
import { clock } from './clock.js';

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
  /** The `dial()` or click-to-dial request whose destination the field shows, if any. */
  readonly dialed?: CallRequest;
  /** That request is being placed. */
  readonly busy?: boolean;
}

/** How the status line reads: the preview, a destination that is not valid, or a number that cannot be presented. */
export type StatusKind = 'preview' | 'bad-destination' | 'rejected';

/** Sources that choose a number on their own: the picker marks them as automatic. */
const AUTOMATIC = new Set(['requested', 'field-rule', 'prefix-rule', 'selector', 'sticky', 'local-presence']);

/**
 * The call the field would place: the `dial()` request it shows (while it is placed; after a
 * refusal, the agent's own call with that request's record and ids), else a call typed by the
 * agent (an explicit per-call choice comes first).
 */
export const typedCall = (destination: string, input: PreviewInput): CallRequest => {
  const dialed = input.dialed;
  if (dialed?.destination === destination) return input.busy ? dialed : { ...dialed, manual: true };
  return { destination, record: input.record, kind: input.kind, manual: true };
};

/** What identifies the automatic choice for a destination: its source and rule (`''` when none applies). */
const ruleKey = (resolution: Resolution | ClidCallError | undefined): string =>
  resolution && !(resolution instanceof Error) && AUTOMATIC.has(resolution.source)
    ? `${resolution.source} ${JSON.stringify(resolution.rule ?? resolution.clid.id)}`
    : '';

/**
 * A step `resolveSync` could not answer in full: an async selector hook, or data still on its way
 * (the sticky memory of an async adapter, local presence's place data). `resolve` answers it.
 */
const answersLater = (step: string): boolean => step === 'selector:async' || step.endsWith(':not-loaded');

/** One dialer's preview, worked out again whenever what it depends on changes. */
export class Preview {
  /** The destination read (E.164, or why it is not valid); `undefined` while empty or unparsed. */
  parsed?: ParsedNumber;
  /** What would be presented, or why not; `undefined` while it is worked out. */
  #resolution?: Resolution | ClidCallError;
  #seen: unknown[] = [];
  #input?: PreviewInput;
  /** {@link automaticRule}, once worked out for the current input. */
  #automaticRule?: string;
  /** Only the latest async answer counts. */
  #asked = 0;

  /** A destination whose metadata could not be loaded: read without it. */
  #withoutMetadata?: string;

  readonly #resolved: () => void;
  readonly #metadataArrived: (kit: PhoneKit) => void;

  /**
   * `resolved` is called when an answer arrives later (an async selector hook); `metadataArrived`
   * when the metadata a destination needed has arrived (the dialer formats the field again).
   */
  constructor(resolved: () => void, metadataArrived: (kit: PhoneKit) => void) {
    this.#resolved = resolved;
    this.#metadataArrived = metadataArrived;
  }

  /** The destination is a valid number still being resolved, or not parsed yet. */
  get pending(): boolean {
    const parsed = this.parsed;
    return !parsed || (parsed.valid && !this.#resolution);
  }

  /** Re-parses the destination and asks the store when something the preview depends on changed. */
  update(input: PreviewInput): void {
    const { destination, region, kit, store, state, record, dialed, busy } = input;
    const seen = [destination, region, kit, state, record, dialed, busy];
    if (seen.every((value, i) => value === this.#seen[i])) return;
    this.#seen = seen;
    this.#resolution = this.#automaticRule = undefined;
    const typed = destination.trim();
    // A destination in a country whose metadata is still on its way: "Checking number…" until it
    // arrives, then it is formatted and checked (or, if it cannot be loaded, checked without it).
    const arriving = typed && typed !== this.#withoutMetadata ? kit?.load?.(typed, region) : undefined;
    if (kit && arriving) {
      this.parsed = undefined;
      const retry = (): void => {
        this.#seen = [];
        this.#metadataArrived(kit);
      };
      const readWithout = (): void => {
        this.#withoutMetadata = typed;
        retry();
      };
      arriving.then(retry, readWithout);
      return;
    }
    const parsed = typed && kit ? readNumber(kit, typed, region) : undefined;
    this.parsed = parsed;
    if (!parsed?.valid || !state || !store) return;
    this.#input = input;
    const request = typedCall(parsed.e164, input);
    const asked = ++this.#asked;
    const answered = (resolution: Resolution | ClidCallError): void => {
      if (asked !== this.#asked) return;
      this.#answer(resolution);
      this.#resolved();
    };
    try {
      const resolution = store.resolveSync(request);
      if (!resolution.trace.some(answersLater)) {
        this.#resolution = resolution;
        return;
      }
    } catch (error) {
      this.#answer(error as ClidCallError);
      return;
    }
    store.resolve(request).then(answered, answered);
  }

  #answer(resolution: Resolution | ClidCallError): void {
    this.#resolution = resolution;
    // A refused number reads in its country's grouping once that is here (the dialer renders again).
    const refused = resolution instanceof Error ? resolution.refused?.number : undefined;
    if (refused) loadFormats([refused]).catch(() => {});
  }

  /**
   * The status line for a non-empty destination, and how it reads (no kind: "Checking number…"
   * or nothing). A destination that is too short only shows as an error once `touched` (after
   * blur or a call attempt).
   */
  status(
    strings: DialerStrings & ClidStrings,
    touched: boolean,
    refusedRef?: string,
    lang = 'en',
  ): [string, StatusKind?] {
    const parsed = this.parsed;
    const resolution = this.#resolution;
    if (!parsed || this.pending) return [strings.checking];
    if (!parsed.valid) {
      if (!touched && parsed.problem === 'too-short') return [''];
      return [strings[`bad-${parsed.problem}`], 'bad-destination'];
    }
    if (!resolution) return [strings.checking];
    if (resolution instanceof Error) {
      // No number permitted: the picker already says so; a refused call's message says it already.
      if (!isRefusal(resolution) || (refusedRef !== undefined && resolution.requested === refusedRef)) return [''];
      const { reason, requested, refused } = resolution;
      return [refusalMessage(strings, { reason, requested, refused }, formatNumber), 'rejected'];
    }
    const line = fill(strings.presenting, numberLabel(resolution.clid, formatNumber), why(strings, resolution, lang));
    // A flagged or at-risk number says so here too, after the sentence that names it.
    const note = healthNote(resolution.clid, strings);
    return [note ? `${line}. ${note}.` : line, 'preview'];
  }

  /**
   * What the embedded picker shows: the number the next call presents, marked as automatic with
   * its reason or as the agent's own choice; `undefined` when the defaults decide (the picker shows
   * its selection).
   */
  presentation(strings: DialerStrings & ClidStrings, lang = 'en'): PickerPresentation | undefined {
    const resolution = this.#resolution;
    if (!resolution || resolution instanceof Error || !this.parsed?.valid) return undefined;
    if (resolution.source === 'call') return { clid: resolution.clid, mode: 'override', reason: strings.override };
    return AUTOMATIC.has(resolution.source)
      ? { clid: resolution.clid, mode: 'automatic', reason: fill(strings.automatic, why(strings, resolution, lang)) }
      : undefined;
  }

  /**
   * What identifies the rules' own choice for the destination now, the agent's choice aside (`''`:
   * none). Worked out once per change of what the preview depends on (it may ask the selector hook).
   */
  automaticRule(): string {
    return (this.#automaticRule ??= this.#findAutomaticRule());
  }

  #findAutomaticRule(): string {
    const input = this.#input;
    const parsed = this.parsed;
    if (!input?.store || !parsed?.valid) return '';
    try {
      return ruleKey(input.store.resolveSync({ ...typedCall(parsed.e164, input), manual: false }));
    } catch (error) {
      return ruleKey(error as ClidCallError);
    }
  }
}

/** Why a number is presented: "chosen by prefix +1415", "this customer answered it on 3 Dec". */
const why = (strings: DialerStrings, { source, rule }: Resolution, lang: string): string =>
  fill(strings[`why-${source}`], rule ? ruleText(rule, lang) : '');

/**
 * A day as the agent reads it, in their language: day and short month ("3 Dec", "Dec 3", "3. Dez."),
 * with the year when it is not this year's. A date alone (`2026-12-03`) is that day wherever the agent is.
 *
 * @example
 * dayText('2026-12-03', 'en-GB'); // '3 Dec' (in 2026)
 */
export function dayText(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const timeZone = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? 'UTC' : undefined;
  const thisYear = new Intl.DateTimeFormat('en', { year: 'numeric', timeZone }).format(clock.now());
  const year = new Intl.DateTimeFormat('en', { year: 'numeric', timeZone }).format(date);
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', timeZone };
  if (year !== thisYear) options.year = 'numeric';
  return new Intl.DateTimeFormat(lang, options).format(date);
}

/** What fills the `{}` of a rule's reason: the prefix, `Field = value`, the day it stuck, the place. */
function ruleText(rule: ResolvedRule, lang: string): string {
  switch (rule.kind) {
    case 'prefix':
      return rule.prefix;
    case 'field':
      return `${rule.field} = ${String(rule.value)}`;
    case 'sticky':
      return dayText(rule.since, lang);
    case 'local-presence':
      return rule.place;
  }
}
