/**
 * The dialer's logic: everything that runs only once the agent types, calls or clicks a
 * click-to-dial link. Parsing and formatting through the phone kit, the live preview from the
 * store's `resolve`, placing calls (with the rejection and error display) and the texts only
 * these use. A lazily loaded chunk of its own (`clid-dialer-logic-<hash>.js` next to the
 * script-tag bundle): the first paint needs only the field, the picker, an empty status line and
 * the Call button. Every dialer prefetches it when the browser is idle after its first render,
 * and on pointer entry or focus; `dial()` and click-to-dial wait for it (see
 * `ClidDialer.loadLogic`).
 *
 * @example
 * const { DialerLogic } = await import('./dialer-logic.js');
 * const logic = new DialerLogic({ el: dialer, src, kit, s, touched: false });
 * await logic.dial('+44 20 7946 0123');
 * @module
 */
import type { SourceController } from '../../controllers/source-controller.js';
import { ClidCallEvent, ClidErrorEvent, ClidRejectedEvent } from '../../events.js';
import { formatNumber } from '../../phone/format.js';
import type { PhoneKit, PhoneProblem } from '../../phone/parse.js';
import { ClidCallError, toE164 } from '../../store/index.js';
import type { CallDetail, CallRequest, ClidNumber, ClidState, Resolution } from '../../store/index.js';
import { agentMessage, fill, type ClidStrings } from '../../strings.js';
import type { PickerPresentation } from '../clid-picker/clid-picker.js';
import type { ClidDialer, DialOptions } from './clid-dialer.js';
import type { DialerStrings } from './clid-dialer.strings.js';
import { en } from './dialer-logic.strings.js';

export { dialFromLink } from './dial-link.js';

/** The dialer, as its logic sees it. */
export interface DialerHost {
  el: ClidDialer;
  src: SourceController;
  /** The phone kit (loaded once; `undefined` when it cannot be loaded). */
  kit(): Promise<PhoneKit | undefined>;
  /** The element's first-paint texts, with the locale's and the element's own over them. */
  s(): Partial<DialerStrings> & ClidStrings;
  /** Show a "too short" destination as an error (after blur or a call attempt). */
  touched: boolean;
  /** The embedded picker. */
  picker(): HTMLElement | null;
}

/** A phone kit for when the real one cannot be loaded: E.164 input only. */
const E164_ONLY: PhoneKit = { parse: (t) => toE164(t) ?? 'invalid', format: (t) => t };

/** "UK Sales (+44 20 7946 0000)", or the number alone. */
const label = (n: ClidNumber): string => (n.name ? `${n.name} (${formatNumber(n.number)})` : formatNumber(n.number));

/** Sources that choose a number on their own: the picker marks them as automatic. */
const AUTOMATIC = new Set(['requested', 'field-rule', 'prefix-rule', 'selector']);

/** What identifies the automatic choice for a destination: its source and rule ('' when none applies). */
const ruleKey = (r: Resolution | ClidCallError | undefined): string =>
  r && !(r instanceof Error) && AUTOMATIC.has(r.source) ? `${r.source} ${JSON.stringify(r.rule ?? r.clid.id)}` : '';

/** One dialer's parsing, preview and calls. */
export class DialerLogic {
  /** The phone kit, once it has arrived. */
  kit?: PhoneKit;
  /** A call is being placed. */
  busy = false;
  #kit?: Promise<PhoneKit>;
  /** The destination in E.164, or why it is not valid. */
  #parsed?: string;
  /** The preview: what would be presented, or why not; `undefined` while it is worked out. */
  #res?: Resolution | ClidCallError;
  /**
   * The `dial()` or click-to-dial request whose destination the field shows: previews and the
   * agent's next call to that destination keep its record, requested number, ids and kind.
   */
  #dialed?: CallRequest;
  /** The automatic choice the agent overrode with a per-call choice (see {@link overridden}). */
  #overriddenRule?: string;
  /** The ref the last refused call could not use. */
  #refusedRef?: string;
  #seen: unknown[] = [];
  #seq = 0;
  #note = '';
  #bad = false;

  constructor(private h: DialerHost) {}

  get #s(): DialerStrings & ClidStrings {
    return { ...en, ...this.h.s() } as DialerStrings & ClidStrings;
  }

  /** Takes the phone kit when it arrives (once; E.164 input only if it could not be loaded), and formats what was typed before it. */
  useKit(): Promise<PhoneKit> {
    const el = this.h.el;
    return (this.#kit ??= this.h.kit().then((kit) => {
      const k = (this.kit = kit ?? E164_ONLY);
      const f = el.renderRoot.querySelector('input');
      if (!f || f.selectionStart == f.value.length) el.destination = k.format(el.destination, el.region);
      el.requestUpdate();
      return k;
    }));
  }

  /** See `ClidDialer.dial`. */
  async dial(destination: string, options: DialOptions): Promise<CallDetail> {
    const el = this.h.el;
    const kit = await this.useKit();
    // The destination shows in the field, so a refused call can be placed again with one choice.
    el.destination = kit.format(destination, el.region);
    const p = kit.parse(destination, el.region);
    this.#dialed = undefined;
    if (p[0] != '+') throw this.#fail(Object.assign(new ClidCallError('invalid-destination', destination), { message: this.#s[`bad-${p as PhoneProblem}`] }));
    const request = (this.#dialed = { ...options, destination: p });
    try {
      return await this.#place(request);
    } catch (e) {
      // Focus on the picker: one choice, then Enter on Call, places the call.
      if ((e as ClidCallError).reason !== 'no-config' as string) this.h.picker()?.focus();
      throw e;
    }
  }

  async #place(request: CallRequest): Promise<CallDetail> {
    const el = this.h.el;
    this.busy = true;
    this.#note = '';
    el.requestUpdate();
    try {
      const d = await (await this.h.src.ready()).placeCall(request);
      el.dispatchEvent(new ClidCallEvent(d));
      this.#bad = false;
      this.#dialed = this.#overriddenRule = undefined;
      this.#note = fill(this.#s.placed, formatNumber(d.destination), label(d.clid));
      return d;
    } catch (e) {
      const error = e as ClidCallError;
      const { reason, requested, source, refused, destination } = error;
      this.#refusedRef = requested;
      if (reason == 'no-permitted-number') {
        error.message = agentMessage(el, { code: reason, message: error.message }, el.strings);
        el.dispatchEvent(new ClidErrorEvent({ code: reason, message: error.message }));
      } else if (reason != 'no-config' as string && reason != 'invalid-destination') {
        error.message = agentMessage(el, error as { reason: 'invalid' }, el.strings);
        el.dispatchEvent(new ClidRejectedEvent({ requested: requested!, reason, message: error.message, source: source as 'requested', ...(refused && { refused }), ...(destination && { destination }) }));
      }
      throw this.#fail(error);
    } finally {
      this.busy = false;
      el.requestUpdate();
    }
  }

  /**
   * What the embedded picker shows: the number the next call presents for the destination in the
   * field (or for the request being placed), marked as automatic with its reason, or as the
   * agent's own choice; nothing when the defaults decide (the picker shows its selection).
   */
  presentation(): PickerPresentation | undefined {
    const r = this.#res;
    if (!r || r instanceof Error || !this.h.el.destination.trim()) return undefined;
    const s = this.#s;
    if (r.source === 'call') return { clid: r.clid, mode: 'override', reason: s.override };
    return AUTOMATIC.has(r.source) ? { clid: r.clid, mode: 'automatic', reason: fill(s.automatic, this.#why(r)) } : undefined;
  }

  /**
   * The agent chose a number in the embedded picker: their choice for the next call, over the
   * automatic one, until the call is placed or the destination changes to one another rule covers.
   */
  overridden(): void {
    this.#overriddenRule = ruleKey(this.#automatic());
  }

  /** What the rules would choose for the destination in the field, the agent's choice aside. */
  #automatic(): Resolution | ClidCallError | undefined {
    const p = this.#parsed;
    const store = this.h.src.store;
    if (!store || p?.[0] !== '+') return undefined;
    try {
      return store.resolveSync({ ...this.#request(p), manual: false });
    } catch (e) {
      return e as ClidCallError;
    }
  }

  #fail(e: Error): Error {
    this.#note = e.message;
    this.#bad = true;
    this.h.el.requestUpdate();
    return e;
  }

  /** The last call was refused (a rejection or error is shown). */
  get refused(): boolean {
    return this.#bad;
  }

  /** Nothing to place yet: disabled, a call in flight, or the destination still being checked. */
  get waiting(): boolean {
    const p = this.#parsed;
    const el = this.h.el;
    return el.disabled || this.busy || (!!el.destination.trim() && (!p || (p[0] == '+' && !this.#res)));
  }

  /** The Call button and Enter: the typed destination, once it is known to be valid and resolved. */
  call(): void {
    if (this.waiting) return;
    this.h.touched = true;
    if (this.#parsed?.[0] == '+') this.#place(this.#request(this.#parsed)).catch(() => {});
    else this.h.el.requestUpdate();
  }

  /**
   * The call the field would place: the `dial()` request it shows (being placed, or, after a
   * refusal, the agent's own call with that request's record), else a call typed by the agent.
   */
  #request(destination: string): CallRequest {
    const el = this.h.el;
    const dialed = this.#dialed;
    if (dialed?.destination === destination) return this.busy ? dialed : { ...dialed, manual: true };
    return { destination, record: el.record, kind: el.kind, manual: true };
  }

  /** Formats the field as the agent types at its end (not while deleting); a new destination clears the last call's line. */
  input(e: InputEvent): void {
    const f = e.target as HTMLInputElement;
    const k = this.kit;
    if (k && f.selectionStart == f.value.length && !e.inputType?.startsWith('delete')) f.value = k.format(f.value, this.h.el.region);
    this.#note = '';
  }

  /** Re-parses the destination and asks the store for a preview when something it depends on changed. */
  willUpdate(): void {
    const { el, src } = this.h;
    const st = src.state;
    const seen = [el.destination, el.region, this.kit, st, el.record, this.busy, this.#dialed];
    if (seen.every((v, i) => v === this.#seen[i])) return;
    this.#seen = seen;
    this.#res = undefined;
    const t = el.destination.trim();
    const p = (this.#parsed = t && this.kit ? this.kit.parse(t, el.region) : undefined);
    if (p?.[0] != '+' || !st) return;
    const overridden = this.#overriddenRule;
    if (overridden !== undefined && st.callChoice) {
      const now = ruleKey(this.#automatic());
      // Another rule covers the new destination: its automatic choice comes back.
      if (now && now !== overridden) {
        this.#overriddenRule = undefined;
        queueMicrotask(() => src.own((store) => store.clearCall()));
      }
    }
    const request = this.#request(p);
    const seq = ++this.#seq;
    const done = (r: Resolution | ClidCallError): void => {
      if (seq != this.#seq) return;
      this.#res = r;
      el.requestUpdate();
    };
    try {
      const r = src.store!.resolveSync(request);
      if (!r.trace.includes('selector:async')) return void (this.#res = r);
    } catch (e) {
      return void (this.#res = e as ClidCallError);
    }
    src.store!.resolve(request).then(done, done);
  }

  /**
   * The status line and its kind: the preview (0), why the destination is not valid (1), why the
   * resolved number cannot be presented (2), or "Checking number…".
   */
  status(st?: ClidState): [string, number?] {
    const s = this.#s;
    const p = this.#parsed;
    const r = this.#res;
    if (!this.#bad && this.#note) return [this.#note];
    if (!st) return [this.h.src.loading ? s.loading : ''];
    if (!this.h.el.destination.trim()) return [''];
    if (!p || (p[0] == '+' && !r)) return [s.checking];
    if (p[0] != '+') return this.h.touched || p != 'too-short' ? [s[`bad-${p as PhoneProblem}`], 1] : [''];
    // No number permitted: the picker already says so.
    // The refusal of the last call is shown as its message: the line does not repeat it.
    if (r instanceof Error && this.#bad && r.requested === this.#refusedRef) return [''];
    if (r instanceof Error) return r.reason == 'no-permitted-number' ? [''] : [agentMessage(this.h.el, { ...r, reason: r.reason as 'invalid', destination: undefined }, this.h.el.strings), 2];
    return [fill(s.presenting, label(r!.clid), this.#why(r!))];
  }

  /** Why a number is presented: "chosen by prefix +1415". */
  #why({ source, rule }: Resolution): string {
    return fill(this.#s[`why-${source}`], rule ? (rule.kind == 'prefix' ? rule.prefix : `${rule.field} = ${rule.value}`) : '');
  }

  /** The rejection or error of the last call, unless the picker already shows it. */
  message(st?: ClidState): string {
    return this.#bad && !(st?.error && this.#note === agentMessage(this.h.el, st.error, this.h.el.strings)) ? this.#note : '';
  }
}
