import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { SourceController } from '../../controllers/source-controller.js';
import { idle, lazy } from '../../lazy.js';
import { loadPhoneKit, type PhoneKit, type PhoneKitOptions } from '../../phone/phone-kit.js';
import type { ClidCallError } from '../../store/index.js';
import type { CallDetail, CallKind, ClidConfig, ClidStore, ClidStoreOptions } from '../../store/index.js';
import { langOf, stringsFor, type ClidStrings } from '../../strings.js';
import { de, en, type FirstPaintStrings } from './clid-dialer.strings.js';
import { styles } from './clid-dialer.styles.js';
import { listenForDialLinks } from './click-to-dial.js';
import type { DialerHost, DialerLogic } from './dialer-logic.js';

/** The logic's module (a lazily loaded chunk). */
export type LogicModule = typeof import('./dialer-logic.js');

const logicModule = lazy(() => import('./dialer-logic.js'));

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

/**
 * A make-call panel in the manner of ContactPad: a destination field that formats and validates
 * what the agent types or pastes (`+44 20 7946 0000`, `020 7946 0000` with `region="GB"`,
 * `00 44 …`), the picker for a per-call choice, a live line saying which number will be presented
 * and why, and a Call button. Enter in the field places the call; an explicit per-call choice in
 * the picker wins for the agent's own (manual) calls.
 *
 * The first paint needs only the field, the picker, an empty status line and the Call button.
 * What runs once the agent types or calls (parsing, the preview, placing calls) is a separate
 * chunk, prefetched when the browser is idle after the first render and on pointer entry or focus
 * ({@link ClidDialer.loadLogic}); full number handling (libphonenumber-js) is another, loaded on
 * first focus or input of the field. Until they have arrived the field shows what was typed
 * (typing is never blocked) and the line says "Checking number…"; `dial()` and click-to-dial
 * links wait for them. The Call button does nothing while the number is being checked or a call
 * is being placed, so one click never places two calls.
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
 * @csspart retry - Fetches `config-src` again after it failed to load or was invalid.
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
  /**
   * Loads the phone kit; replace it to self-host or to stub libphonenumber. The dialer asks for
   * `{ metadata: 'on-demand' }`: the metadata of each destination's country as it is typed.
   */
  phoneKit: (options?: PhoneKitOptions) => Promise<PhoneKit> = loadPhoneKit;
  /** Invalid (`valueMissing`) while no number can be presented. */
  required = false;
  /** No typing, choosing or calling. */
  disabled = false;
  /** The agent may not change the number (also when the config says `locked`). */
  locked = false;

  private src = new SourceController(this);
  private internals = this.attachInternals();
  #kit?: Promise<PhoneKit | undefined>;
  #loading?: Promise<DialerLogic>;
  /** The logic, once its chunk has arrived. */
  #logic?: DialerLogic;
  /** What the logic shares with the element. */
  #h: DialerHost = {
    el: this,
    src: this.src,
    kit: () => (this.#kit ??= this.phoneKit({ metadata: 'on-demand' }).catch(() => undefined)),
    s: () => this.#s,
    touched: false,
  };

  /**
   * Loads the dialer's logic (parsing, preview, placing calls), a lazily loaded chunk fetched once
   * for every dialer on the page (later calls return the same promise; a failed load is retried
   * at the next call). Dialers call it themselves, when the browser is idle after their first
   * render, on pointer entry or focus, and from `dial()`; call it earlier to have it ready even
   * sooner. A subclass may override it to serve the logic another way.
   *
   * @example
   * await customElements.get('clid-dialer').loadLogic();
   */
  static loadLogic(): Promise<LogicModule> {
    return logicModule();
  }

  constructor() {
    super();
    this.addEventListener('pointerenter', this.#load);
    this.addEventListener('focusin', this.#load);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Installed at once, so that a click right after page load is not lost; it waits for the logic.
    listenForDialLinks((link) => (this.constructor as typeof ClidDialer).loadLogic().then((m) => m.dialFromLink(link)));
  }

  /** E.164 of the number the next call presents unless a rule decides; setting it chooses it for the next call. */
  get value(): string {
    return this.src.state?.selected?.number ?? '';
  }
  set value(v: string) {
    this.src.select(v);
  }

  /**
   * Places a call as click-to-dial does. The destination may be in any format the field accepts.
   * Waits for the config when it has not loaded yet (and for the dialer's logic and phone kit).
   *
   * @returns the `clid-call` detail; rejects with an Error whose `reason` is the store's reason,
   * `invalid-destination`, or `no-config`.
   */
  async dial(destination: string, options: DialOptions = {}): Promise<CallDetail> {
    this.#useKit();
    return (await this.#load()).dial(destination, options);
  }

  get #s(): FirstPaintStrings & ClidStrings {
    return { ...en, ...(langOf(this).startsWith('de') && de), ...stringsFor(this, this.strings) } as FirstPaintStrings & ClidStrings;
  }

  /** Fetches the logic's chunk (once per element; again after a failure). */
  #load = (): Promise<DialerLogic> =>
    (this.#loading ??= (this.constructor as typeof ClidDialer).loadLogic().then(
      ({ DialerLogic }) => {
        const l = (this.#logic = new DialerLogic(this.#h));
        if (this.#kit) l.useKit();
        this.requestUpdate();
        return l;
      },
      (e) => {
        this.#loading = undefined;
        throw e;
      },
    ));

  /** Starts loading the phone kit, and the logic that takes it. */
  #useKit = (): void => {
    this.#h.kit();
    this.#logic ? this.#logic.useKit() : this.#load().catch(() => {});
  };

  /** Nothing to place yet: disabled, a call in flight, or the destination still being checked. */
  get #waiting(): boolean {
    return this.#logic?.waiting ?? (this.disabled || !!this.destination.trim());
  }

  #onInput = (e: InputEvent): void => {
    this.#logic?.input(e);
    this.destination = (e.target as HTMLInputElement).value;
    this.#h.touched = false;
    this.#useKit();
  };

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('destination') && this.destination) this.#useKit();
  }

  override update(changed: PropertyValues): void {
    // After the controllers' update, so the preview is worked out on the store's latest state.
    this.#logic?.willUpdate();
    super.update(changed);
  }

  override firstUpdated(): void {
    idle(this.#load);
  }

  override updated(): void {
    const v = this.value;
    this.internals.setFormValue(this.name && v ? v : null);
    this.internals.setValidity(this.required && !v ? { valueMissing: true } : {}, this.#s.required, this.renderRoot.querySelector('input')!);
  }

  override render(): TemplateResult {
    const s = this.#s;
    const src = this.src;
    const st = src.state;
    const l = this.#logic;
    // Before the logic has arrived: nothing to say, or still checking what was typed.
    const [line, bad] = l ? l.status(st) : [st ? (this.destination.trim() ? s.checking : '') : src.loading ? s.loading : ''];
    const off = this.disabled;
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
        @focus=${this.#useKit}
        @blur=${() => ((this.#h.touched = true), this.requestUpdate())}
        @input=${this.#onInput}
        @keydown=${(e: KeyboardEvent) => e.key == 'Enter' && (e.preventDefault(), l?.call())}
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
      <div id="m" part="message" role="alert">${src.error?.message ?? l?.message(st)}</div>${src.retry()}
      <button part="call" aria-disabled=${this.#waiting} aria-busy=${!!l?.busy} @click=${() => l?.call()}>${s.call}</button>`;
  }
}
