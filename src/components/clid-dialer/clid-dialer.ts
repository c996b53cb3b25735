import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { SourceController } from '../../controllers/source-controller.js';
import { ClidCallEvent, ClidErrorEvent, ClidRejectedEvent } from '../../events.js';
import { formatNumber } from '../../phone/format.js';
import { loadPhoneKit, type PhoneKit, type PhoneProblem } from '../../phone/parse.js';
import { ClidCallError, toE164 } from '../../store/index.js';
import type { CallDetail, CallKind, CallRequest, ClidConfig, ClidNumber, ClidState, ClidStore, ClidStoreOptions, Resolution } from '../../store/index.js';
import { fill, langOf, stringsFor, type ClidStrings } from '../../strings.js';
import { de, en, type DialerStrings } from './clid-dialer.strings.js';
import { styles } from './clid-dialer.styles.js';
import { listenForDialLinks } from './click-to-dial.js';

/** Options of {@link ClidDialer.dial}: what a click-to-dial link or a campaign entry knows. */
export interface DialOptions {
  /** The dialed record's fields, matched by field rules. */
  record?: Readonly<Record<string, unknown>>;
  /** A number requested for this call (id or E.164). */
  requested?: string | null;
  dialListId?: string;
  dialEntryId?: string;
  /** `outbound` (default), `consult` or `transfer`. */
  kind?: CallKind;
}

/** Why `dial()` rejected: the store's reasons, `invalid-destination` or `no-config`. */
export type DialError = Error & { reason: ClidCallError['reason'] | 'no-config' };

/** A phone kit for when the real one cannot be loaded: E.164 input only. */
const E164_ONLY: PhoneKit = { parse: (t) => toE164(t) ?? 'invalid', format: (t) => t };

/** "UK Sales (+44 20 7946 0000)", or the number alone. */
const label = (n: ClidNumber): string => (n.name ? `${n.name} (${formatNumber(n.number)})` : formatNumber(n.number));

/**
 * A make-call panel in the manner of ContactPad: a destination field that formats and validates
 * what the agent types or pastes (`+44 20 7946 0000`, `020 7946 0000` with `region="GB"`,
 * `00 44 …`), the picker for a per-call choice, a live line saying which number will be presented
 * and why, and a Call button. Enter in the field places the call; an explicit per-call choice in
 * the picker wins for the agent's own (manual) calls.
 *
 * Full number handling (libphonenumber-js) loads on first focus or input of the field, as a
 * separate chunk; until it has arrived the field shows what was typed and the line says
 * "Checking number…". The Call button does nothing while the number is being checked or a call is
 * being placed, so one click never places two calls.
 *
 * Click-to-dial: any element with `data-clid-dial="<number>"` (optional `data-clid-record`,
 * `data-clid-requested`, `data-clid-kind`) calls through the dialer named by `data-clid-dialer`,
 * else its nearest ancestor dialer, else the first dialer in the document.
 *
 * Data, first match wins: `store`; `config`; a child `<script type="application/json">`;
 * `config-src`; else the store of the nearest `<clid-provider>`.
 *
 * @summary Places outbound calls and shows which callback number will be presented, and why.
 *
 * @slot - Optional `<script type="application/json">` holding the config.
 *
 * @fires {ClidCallEvent} clid-call - A call was placed through this dialer (Call, Enter, a click-to-dial link, or `dial()`).
 * @fires {ClidRejectedEvent} clid-rejected - A requested, rule-chosen or selector-chosen number cannot be presented; no call was placed.
 * @fires {ClidErrorEvent} clid-error - No number is permitted, or the config is invalid / could not be loaded.
 * @fires {ClidChangeEvent} clid-change - The agent chose a number in the embedded picker. Cancelable.
 * @fires {ClidDefaultChangeEvent} clid-default-change - The agent set or cleared their default in the picker.
 *
 * @csspart label - Label of the destination field.
 * @csspart input - The destination field.
 * @csspart picker - The embedded `<clid-picker>` (style it further with `--clid-*` properties).
 * @csspart status - The line saying which number will be presented and why (or why the destination is not valid).
 * @csspart message - A rejection or error: what was asked for, and why it cannot be presented.
 * @csspart call - The Call button.
 *
 * @cssprop --clid-color - Text color (default `CanvasText`).
 * @cssprop --clid-background - Background (default `Canvas`).
 * @cssprop --clid-muted-color - The status line.
 * @cssprop --clid-border-color - Borders of the panel and the field.
 * @cssprop --clid-accent-color - Focus ring; default background of the Call button.
 * @cssprop --clid-error-color - Validation and error text.
 * @cssprop --clid-call-background - Background of the Call button.
 * @cssprop --clid-call-color - Text of the Call button.
 * @cssprop --clid-row-height - Height of the field and the button (default `2.5rem`).
 * @cssprop --clid-padding - Inline padding of the field and the button.
 * @cssprop --clid-panel-padding - Padding of the panel (default `1rem`).
 * @cssprop --clid-radius - Corner radius.
 * @cssprop --clid-min-width - Minimum width (default `18rem`).
 * @cssprop --clid-font - Font shorthand (default `inherit`).
 *
 * @example
 * <clid-dialer region="GB" config-src="/api/clid-config"></clid-dialer>
 * <script type="module">
 *   const call = await document.querySelector('clid-dialer')
 *     .dial('020 7946 0000', { record: { Department: 'Finance' } });
 * </script>
 */
export class ClidDialer extends LitElement {
  static override styles = styles;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static formAssociated = true;
  static override properties = {
    store: { attribute: false },
    config: {},
    configSrc: { attribute: 'config-src' },
    storeOptions: { attribute: false },
    strings: { attribute: false },
    value: { noAccessor: true },
    name: {},
    label: {},
    region: {},
    theme: { reflect: true },
    destination: {},
    record: { attribute: false },
    kind: {},
    phoneKit: { attribute: false },
    required: { type: Boolean },
    disabled: { type: Boolean, reflect: true },
    locked: { type: Boolean, reflect: true },
  };

  /** A shared store; wins over every other data source. */
  declare store?: ClidStore;
  /** The config, as an object or JSON text (the `config` attribute). */
  declare config?: ClidConfig | string;
  /** URL of a JSON config, fetched with same-origin credentials (`config-src`). */
  declare configSrc?: string;
  /** Options for the store this element makes from a config (storage, selector…). */
  declare storeOptions?: ClidStoreOptions;
  /** Texts for this element only, over the locale's (see `registerStrings`). */
  declare strings?: Partial<ClidStrings>;
  /** Form field name; the form value is the E.164 of the number the next call presents. */
  declare name?: string;
  /** Label of the embedded picker (default "Callback number"). */
  declare label?: string;
  /** ISO 3166 country for numbers typed in national format (`GB`: `020 7946 0000`). */
  declare region?: string;
  /** `light` or `dark` forces a color scheme (else the page's). */
  declare theme?: 'light' | 'dark';
  /** What the destination field holds, as typed (set it to pre-fill the field). */
  destination = '';
  /** The record the agent has open (a CRM screen-pop): its fields feed field rules of calls placed from the panel. */
  declare record?: Readonly<Record<string, unknown>>;
  /** Kind of the calls placed from the panel: `outbound` (default), `consult` or `transfer`. */
  declare kind?: CallKind;
  /** Loads the phone kit; replace it to self-host or to stub libphonenumber. */
  phoneKit: () => Promise<PhoneKit> = loadPhoneKit;
  /** Invalid (`valueMissing`) while no number can be presented. */
  required = false;
  /** No typing, choosing or calling. */
  disabled = false;
  /** The agent may not change the number (also when the config says `locked`). */
  locked = false;

  private src = new SourceController(this);
  private internals = this.attachInternals();
  private kit?: PhoneKit;
  private loading?: Promise<PhoneKit>;
  /** The destination in E.164, or why it is not valid. */
  private parsed?: string;
  /** The preview: what would be presented, or why not; `undefined` while it is worked out. */
  private res?: Resolution | ClidCallError;
  private seen: unknown[] = [];
  private seq = 0;
  private busy = false;
  /** Show a "too short" destination as an error (after blur or a call attempt). */
  private touched = false;
  private note = '';
  private bad = false;
  private pending?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    listenForDialLinks();
  }

  /** E.164 of the number the next call presents unless a rule decides; setting it chooses it for the next call. */
  get value(): string {
    return this.src.state?.selected?.number ?? '';
  }
  set value(v: string) {
    this.pending = v;
    this.requestUpdate();
  }

  /**
   * Places a call as click-to-dial does. The destination may be in any format the field accepts.
   * Waits for the config when it has not loaded yet.
   *
   * @returns the `clid-call` detail; rejects with an Error whose `reason` is the store's reason,
   * `invalid-destination`, or `no-config`.
   */
  async dial(destination: string, options: DialOptions = {}): Promise<CallDetail> {
    const p = (await this.load()).parse(destination, this.region);
    if (p[0] != '+') throw this.fail(Object.assign(new ClidCallError('invalid-destination', destination), { message: this.s[`bad-${p as PhoneProblem}`] }));
    return this.place({ ...options, destination: p });
  }

  private get s(): DialerStrings & ClidStrings {
    return { ...en, ...(langOf(this).startsWith('de') && de), ...stringsFor(this, this.strings) } as DialerStrings & ClidStrings;
  }

  private get field(): HTMLInputElement {
    return this.renderRoot.querySelector('input')!;
  }

  /** Loads the phone kit once; falls back to E.164-only input when it cannot be loaded. */
  private load(): Promise<PhoneKit> {
    return (this.loading ??= this.phoneKit().then(
      (k) => k,
      () => E164_ONLY,
    ).then((k) => {
      this.kit = k;
      const f = this.field;
      if (!f || f.selectionStart == f.value.length) this.destination = k.format(this.destination, this.region);
      this.requestUpdate();
      return k;
    }));
  }

  private async place(request: CallRequest): Promise<CallDetail> {
    this.busy = true;
    this.note = '';
    this.requestUpdate();
    try {
      const d = await (await this.src.ready()).placeCall(request);
      this.dispatchEvent(new ClidCallEvent(d));
      this.bad = false;
      this.note = fill(fill(this.s.placed, formatNumber(d.destination)), label(d.clid));
      return d;
    } catch (e) {
      const { reason, message, requested, source } = e as ClidCallError;
      if (reason == 'no-permitted-number') this.dispatchEvent(new ClidErrorEvent({ code: reason, message }));
      else if (reason != 'no-config' as string) this.dispatchEvent(new ClidRejectedEvent({ requested: requested!, reason: reason as 'invalid', message, source: source as 'requested' }));
      throw this.fail(e as Error);
    } finally {
      this.busy = false;
      this.requestUpdate();
    }
  }

  private fail(e: Error): Error {
    this.note = e.message;
    this.bad = true;
    this.requestUpdate();
    return e;
  }

  /** Nothing to place yet: disabled, a call in flight, or the destination still being checked. */
  private get waiting(): boolean {
    const p = this.parsed;
    return this.disabled || this.busy || (!!this.destination.trim() && (!p || (p[0] == '+' && !this.res)));
  }

  /** The Call button and Enter: the typed destination, once it is known to be valid and resolved. */
  private call(): void {
    if (this.waiting) return;
    this.touched = true;
    if (this.parsed?.[0] == '+') this.place(this.request(this.parsed)).catch(() => {});
    else this.requestUpdate();
  }

  /** A call typed into the panel by the agent. */
  private request(destination: string): CallRequest {
    return { destination, record: this.record, kind: this.kind, manual: true };
  }

  private onInput(e: InputEvent): void {
    const f = e.target as HTMLInputElement;
    const k = this.kit;
    if (k && f.selectionStart == f.value.length && !e.inputType?.startsWith('delete')) f.value = k.format(f.value, this.region);
    this.destination = f.value;
    this.touched = false;
    this.note = '';
    this.load();
  }

  /** Re-parses the destination and asks the store for a preview when something it depends on changed. */
  override willUpdate(changed: PropertyValues): void {
    const src = this.src;
    const st = src.state;
    if (this.pending != null && src.store) {
      const v = this.pending;
      this.pending = undefined;
      if (v != this.value) src.own((s) => s.select(v));
    }
    if (changed.has('destination') && this.destination) this.load();
    const seen = [this.destination, this.region, this.kit, st, this.record];
    if (seen.every((v, i) => v === this.seen[i])) return;
    this.seen = seen;
    this.res = undefined;
    const t = this.destination.trim();
    const p = (this.parsed = t && this.kit ? this.kit.parse(t, this.region) : undefined);
    if (p?.[0] != '+' || !st) return;
    const request = this.request(p);
    const seq = ++this.seq;
    const done = (r: Resolution | ClidCallError): void => {
      if (seq != this.seq) return;
      this.res = r;
      this.requestUpdate();
    };
    try {
      const r = src.store!.resolveSync(request);
      if (!r.trace.includes('selector:async')) return void (this.res = r);
    } catch (e) {
      return void (this.res = e as ClidCallError);
    }
    src.store!.resolve(request).then(done, done);
  }

  override updated(): void {
    const v = this.value;
    this.internals.setFormValue(this.name && v ? v : null);
    this.internals.setValidity(this.required && !v ? { valueMissing: true } : {}, this.s.required, this.field);
  }

  /**
   * The status line and its kind: the preview (0), why the destination is not valid (1), why the
   * resolved number cannot be presented (2), or "Checking number…".
   */
  private status(s: DialerStrings & ClidStrings, st?: ClidState): [string, number?] {
    const p = this.parsed;
    const r = this.res;
    if (!this.bad && this.note) return [this.note];
    if (!st) return [this.src.loading ? s.loading : ''];
    if (!this.destination.trim()) return [''];
    if (!p || (p[0] == '+' && !r)) return [s.checking];
    if (p[0] != '+') return this.touched || p != 'too-short' ? [s[`bad-${p as PhoneProblem}`], 1] : [''];
    // No number permitted: the picker already says so.
    if (r instanceof Error) return r.message == st.error?.message ? [''] : [r.message, 2];
    const { clid, source, rule } = r!;
    const why = fill(s[`why-${source}`], rule ? (rule.kind == 'prefix' ? rule.prefix : `${rule.field} = ${rule.value}`) : '');
    return [fill(fill(s.presenting, label(clid)), why)];
  }

  override render(): TemplateResult {
    const s = this.s;
    const src = this.src;
    const st = src.state;
    const [line, bad] = this.status(s, st);
    const off = this.disabled;
    const note = this.bad && this.note != st?.error?.message ? this.note : '';
    return html`<label part="label" for="d">${s.destination}</label>
      <input
        id="d"
        part="input"
        type="tel"
        autocomplete="off"
        aria-describedby="st m"
        aria-invalid=${bad == 1}
        .value=${this.destination}
        ?disabled=${off}
        @focus=${this.load}
        @blur=${() => ((this.touched = true), this.requestUpdate())}
        @input=${this.onInput}
        @keydown=${(e: KeyboardEvent) => e.key == 'Enter' && (e.preventDefault(), this.call())}
      />
      <clid-picker
        part="picker"
        .store=${src.store}
        label=${this.label ?? nothing}
        theme=${this.theme ?? nothing}
        ?disabled=${off}
        ?locked=${this.locked}
      ></clid-picker>
      <div id="st" part="status" class=${bad ? 'bad' : ''} role="status">${line}</div>
      <div id="m" part="message" role="alert">${src.error?.message ?? note}</div>
      <button part="call" aria-disabled=${this.waiting} aria-busy=${this.busy} @click=${this.call}>${s.call}</button>`;
  }
}
