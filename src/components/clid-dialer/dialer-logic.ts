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
import type { ReactiveController } from 'lit';
import { formatNumber, onFormatsChange } from '../../phone/format.js';
import type { PhoneKit, PhoneProblem } from '../../phone/types.js';
import { ClidCallError, toE164 } from '../../store/index.js';
import type { CallDetail, CallRequest, ClidNumber, ClidState, Resolution } from '../../store/index.js';
import { fill, langOf, type ClidStrings } from '../../strings.js';
import type { ClidDialer, DialOptions } from './clid-dialer.js';
import type { DialerStrings } from './clid-dialer.strings.js';
import { de, en } from './dialer-logic.strings.js';

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
}

/** A phone kit for when the real one cannot be loaded: E.164 input only. */
const E164_ONLY: PhoneKit = { parse: (t) => toE164(t) ?? 'invalid', format: (t) => t };

/** "UK Sales (+44 20 7946 0000)", or the number alone. */
const label = (n: ClidNumber): string => (n.name ? `${n.name} (${formatNumber(n.number)})` : formatNumber(n.number));

/** One dialer's parsing, preview and calls. */
export class DialerLogic implements ReactiveController {
  /** The phone kit, once it has arrived. */
  kit?: PhoneKit;
  /** A call is being placed. */
  busy = false;
  #kit?: Promise<PhoneKit>;
  /** The destination in E.164, or why it is not valid. */
  #parsed?: string;
  /** The preview: what would be presented, or why not; `undefined` while it is worked out. */
  #res?: Resolution | ClidCallError;
  #seen: unknown[] = [];
  #seq = 0;
  #note = '';
  #bad = false;
  #stopWatchingFormats?: () => void;

  constructor(private h: DialerHost) {
    h.el.addController(this);
  }

  hostConnected(): void {
    // The line names numbers as the picker shows them: in their country's format once it is here.
    this.#stopWatchingFormats = onFormatsChange(() => this.h.el.requestUpdate());
  }

  hostDisconnected(): void {
    this.#stopWatchingFormats?.();
  }

  get #s(): DialerStrings & ClidStrings {
    return { ...en, ...(langOf(this.h.el).startsWith('de') && de), ...this.h.s() } as DialerStrings & ClidStrings;
  }

  /** Takes the phone kit when it arrives (once; E.164 input only if it could not be loaded), and formats what was typed before it. */
  useKit(): Promise<PhoneKit> {
    return (this.#kit ??= this.h.kit().then((kit) => {
      const k = (this.kit = kit ?? E164_ONLY);
      this.#formatField(k);
      return k;
    }));
  }

  /** Formats what was typed (unless the agent is editing inside it), and shows the panel again. */
  #formatField(k: PhoneKit): void {
    const el = this.h.el;
    const f = el.renderRoot.querySelector('input');
    if (!f || f.selectionStart == f.value.length) el.destination = k.format(el.destination, el.region);
    el.requestUpdate();
  }

  /** See `ClidDialer.dial`. */
  async dial(destination: string, options: DialOptions): Promise<CallDetail> {
    const kit = await this.useKit();
    await kit.load?.(destination, this.h.el.region)?.catch(() => {});
    const p = kit.parse(destination, this.h.el.region);
    if (p[0] != '+') throw this.#fail(Object.assign(new ClidCallError('invalid-destination', destination), { message: this.#s[`bad-${p as PhoneProblem}`] }));
    return this.#place({ ...options, destination: p });
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
      this.#note = fill(fill(this.#s.placed, formatNumber(d.destination)), label(d.clid));
      return d;
    } catch (e) {
      const { reason, message, requested, source } = e as ClidCallError;
      if (reason == 'no-permitted-number') el.dispatchEvent(new ClidErrorEvent({ code: reason, message }));
      else if (reason != 'no-config' as string) el.dispatchEvent(new ClidRejectedEvent({ requested: requested!, reason: reason as 'invalid', message, source: source as 'requested' }));
      throw this.#fail(e as Error);
    } finally {
      this.busy = false;
      el.requestUpdate();
    }
  }

  #fail(e: Error): Error {
    this.#note = e.message;
    this.#bad = true;
    this.h.el.requestUpdate();
    return e;
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

  /** A call typed into the panel by the agent. */
  #request(destination: string): CallRequest {
    const el = this.h.el;
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
    const seen = [el.destination, el.region, this.kit, st, el.record];
    if (seen.every((v, i) => v === this.#seen[i])) return;
    this.#seen = seen;
    this.#res = undefined;
    const t = el.destination.trim();
    const kit = this.kit;
    // A destination in a country whose metadata is still on its way: "Checking number…" until it
    // arrives, then it is formatted and checked (or, if it cannot be loaded, checked without it).
    const arriving = t ? kit?.load?.(t, el.region) : undefined;
    if (arriving) {
      this.#parsed = undefined;
      arriving.then(
        () => ((this.#seen = []), this.#formatField(kit!)),
        () => el.destination.trim() === t && ((this.#parsed = kit!.parse(t, el.region)), el.requestUpdate()),
      );
      return;
    }
    const p = (this.#parsed = t && kit ? kit.parse(t, el.region) : undefined);
    if (p?.[0] != '+' || !st) return;
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
    if (r instanceof Error) return r.message == st.error?.message ? [''] : [r.message, 2];
    const { clid, source, rule } = r!;
    const why = fill(s[`why-${source}`], rule ? (rule.kind == 'prefix' ? rule.prefix : `${rule.field} = ${rule.value}`) : '');
    return [fill(fill(s.presenting, label(clid)), why)];
  }

  /** The rejection or error of the last call, unless the picker already shows it. */
  message(st?: ClidState): string {
    return this.#bad && this.#note != st?.error?.message ? this.#note : '';
  }
}
