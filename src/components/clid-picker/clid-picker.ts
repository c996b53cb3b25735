import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { SourceController } from '../../controllers/source-controller.js';
import type { ClidConfig, ClidStore, ClidStoreOptions } from '../../store/index.js';
import { idle, lazy } from '../../lazy.js';
import { fill, stringsFor, type ClidStrings } from '../../strings.js';
import { styles } from './clid-picker.styles.js';
import { face, nameOf } from './face.js';
import type { KeyPress, Popup } from './picker-popup.js';

/** The popup's module (a lazily loaded chunk). */
export type PopupModule = typeof import('./picker-popup.js');

/** Keys that open the closed list (besides printable characters, which type ahead). */
const OPENERS = /^(Arrow(Up|Down)|Page(Up|Down)|Home|End|Enter| )$/;

const popupModule = lazy(() => import('./picker-popup.js'));

/**
 * The agent's callback numbers by name, with the number as secondary text: a WAI-ARIA
 * select-only combobox with a listbox popup. A plain choice is for the next call
 * (`scope: 'call'`); "Set as my default" (button, or Shift+Enter on an option) makes a number the
 * agent default; "Clear my default" (button, or Shift+Delete) forgets it.
 *
 * Data, first match wins: `store`; `config` (object or JSON text); a child
 * `<script type="application/json">`; `config-src`; else the store of the nearest
 * `<clid-provider>`.
 *
 * Keyboard: Down / Up / Alt+Down / Enter / Space open; Down / Up, PageDown / PageUp (10),
 * Home / End move; typing jumps to the first name or number that starts with / contains what was
 * typed; Enter, Space, Alt+Up or Tab choose; Escape closes. With more than 8 numbers, typing opens
 * a search field that filters by name and digits.
 *
 * The list is windowed: only the visible rows are in the DOM, whatever the number count.
 *
 * The first paint needs only the closed control: the popup (list, search, keyboard inside the
 * list) is a separate chunk, prefetched when the browser is idle after the picker's first render
 * and on pointer entry or focus ({@link ClidPicker.loadPopup}). A key or click that opens the
 * list before the chunk has arrived is kept and acted on when it arrives ("Loading…" shows after
 * a frame); the focus stays on the control throughout.
 *
 * @summary Chooses the outbound callback number (CLID): for this call, or as my default.
 *
 * @slot - Optional `<script type="application/json">` holding the config.
 *
 * @fires {ClidChangeEvent} clid-change - The agent chose a number (`scope` `call` or `default`). Cancelable: cancel it to keep the old selection.
 * @fires {ClidDefaultChangeEvent} clid-default-change - The agent set or cleared their default (`clid` `null`).
 * @fires {ClidRejectedEvent} clid-rejected - A `value` set on the element is not a usable number.
 * @fires {ClidErrorEvent} clid-error - The config is invalid (`config-invalid`) or could not be loaded (`config-load`).
 *
 * @csspart label - The visible label.
 * @csspart control - The combobox showing the current number.
 * @csspart name - Name of the current number.
 * @csspart number - Formatted current number.
 * @csspart badge - "My default" / "Locked" markers.
 * @csspart icon - Chevron of the control.
 * @csspart popup - The popup under the control.
 * @csspart search - Search field of a long list.
 * @csspart listbox - The scrolling list.
 * @csspart option - An option; also `active` on the keyboard-active one.
 * @csspart option-name - Name in an option.
 * @csspart option-number - Formatted number in an option.
 * @csspart group-label - Heading of a group (`group-by="tag"`).
 * @csspart empty - "No matching number".
 * @csspart actions - Row of the default actions.
 * @csspart action - A default action button.
 * @csspart message - Error or rejection message.
 * @csspart retry - Fetches `config-src` again after it failed to load or was invalid.
 *
 * @cssprop --clid-color - Text color (default `CanvasText`).
 * @cssprop --clid-background - Background (default `Canvas`).
 * @cssprop --clid-muted-color - Secondary text (numbers, group labels).
 * @cssprop --clid-border-color - Borders.
 * @cssprop --clid-accent-color - Focus ring, check mark, badges, actions.
 * @cssprop --clid-active-background - Background of the keyboard-active option.
 * @cssprop --clid-error-color - Error message text.
 * @cssprop --clid-row-height - Height of the control and of each row (default `2.5rem`, `2rem` compact).
 * @cssprop --clid-padding - Inline padding of the control and rows.
 * @cssprop --clid-radius - Corner radius.
 * @cssprop --clid-min-width - Minimum width (default `18rem`).
 * @cssprop --clid-popup-min-width - Minimum width of the popup (default `22rem`, never narrower than the control).
 * @cssprop --clid-font - Font shorthand (default `inherit`).
 * @cssprop --clid-shadow - Popup shadow.
 * @cssprop --clid-z-index - Popup stacking (default `10`).
 *
 * @example
 * <clid-picker label="Present as" name="clid" config-src="/api/clid-config"></clid-picker>
 */
export class ClidPicker extends LitElement {
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
    hostLabel: { attribute: 'aria-label' },
    groupBy: { attribute: 'group-by' },
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
  /** Form field name. */
  declare name?: string;
  /** Visible label and accessible name of the combobox (else the host's `aria-label`, else "Callback number"). */
  declare label?: string;
  /** The host's `aria-label`, forwarded to the combobox when there is no `label`. */
  declare hostLabel?: string;
  /** `tag`: groups the list by each number's first tag, after a "My default" group. */
  declare groupBy?: 'tag';
  /** Invalid (`valueMissing`) while no number is selected. */
  required = false;
  /** Not focusable, no choosing. */
  disabled = false;
  /** Shows the number, focusable and readable, with no way to change it (also when the config says `locked`). */
  locked = false;

  #src = new SourceController(this);
  #internals = this.attachInternals();
  #say = '';
  #formOff = false;
  /** The popup, once its chunk has arrived. */
  #pop?: Popup;
  #loading?: Promise<unknown>;
  /** Calls off the popup's prefetch. */
  #prefetch?: () => void;
  /** The frame after which a wait for the chunk says "Loading…". */
  #frame = 0;
  /** Opening keys (or `null` for a click) that came before the popup's chunk: replayed when it arrives. */
  #queue?: (KeyPress | null)[];
  /** The chunk is taking more than a frame: show "Loading…". */
  #wait = false;

  /**
   * Loads the popup's code, a lazily loaded chunk fetched once for every picker on the page
   * (later calls return the same promise; a failed load is retried at the next call). Pickers
   * call it themselves, when the browser is idle after their first render and on pointer entry
   * or focus; call it earlier to have the popup ready even sooner. A subclass may override it to
   * serve the popup another way.
   *
   * @example
   * await customElements.get('clid-picker').loadPopup();
   */
  static loadPopup(): Promise<PopupModule> {
    return popupModule();
  }

  constructor() {
    super();
    // Focus left the element (moves inside the shadow root never reach the host).
    this.addEventListener('focusout', () => {
      this.#queue = undefined;
      this.#pop?.close(false);
    });
    this.addEventListener('pointerenter', this.#load);
    this.addEventListener('focusin', this.#load);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Nothing pending may hold a removed picker (a hidden page has no frames).
    this.#prefetch?.();
    cancelAnimationFrame(this.#frame);
  }

  /**
   * E.164 of the number the next call presents (`''` while there is none). Setting it selects
   * that number for the next call, as soon as the store is there.
   */
  get value(): string {
    return this.#src.state?.selected?.number ?? '';
  }
  set value(v: string) {
    this.#src.select(v);
  }

  /** Whether the element satisfies its constraints (`required`). */
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  /** Why the element is invalid (`''` when valid). */
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  /** Like `checkValidity`, and shows the browser's message when invalid. */
  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  /** Form reset: back to the default (the per-call choice is dropped). */
  formResetCallback(): void {
    this.#src.own((s) => s.clearCall());
  }

  /** Restores the value the browser kept (back/forward, autofill). */
  formStateRestoreCallback(state: string | null): void {
    if (state) this.value = state;
  }

  formDisabledCallback(disabled: boolean): void {
    this.#formOff = disabled;
    this.#queue = undefined;
    this.#pop?.close();
    this.requestUpdate();
  }

  /** Also waits for an open that waits for the popup's chunk. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return this.#queue ? (await this.#loading?.catch(() => {}), this.getUpdateComplete()) : done;
  }

  /** Disabled, locked, or nothing to choose from. */
  get #noChoice(): boolean | undefined {
    const st = this.#src.state;
    return this.disabled || this.#formOff || this.locked || st?.locked || !st?.numbers.length;
  }

  override update(changed: PropertyValues): void {
    const src = this.#src;
    if (src.outside !== undefined) {
      const n = src.outside;
      src.outside = undefined;
      this.#say = n ? fill(stringsFor(this, this.strings).changed, nameOf(n, stringsFor(this, this.strings))) : '';
    }
    super.update(changed);
  }

  override firstUpdated(): void {
    this.#prefetch = idle(this.#load);
  }

  override updated(): void {
    const v = this.value;
    const s = stringsFor(this, this.strings);
    this.#internals.setFormValue(v || null);
    this.#internals.setValidity(this.required && !v ? { valueMissing: true } : {}, s.required, this.renderRoot.querySelector<HTMLElement>('#c')!);
  }

  override render(): TemplateResult {
    const s = stringsFor(this, this.strings);
    const src = this.#src;
    const st = src.state;
    const sel = st?.selected;
    const def = st?.agentDefault;
    const off = this.disabled || this.#formOff;
    const ro = this.locked || st?.locked;
    const msg = src.error?.message ?? src.notice ?? st?.error?.message;
    const pop = this.#pop;
    const open = !!pop?.open;
    return html`
      <div id="l" part="label" class=${this.label || !this.hostLabel ? '' : 'sr'} @click=${() => this.focus()}>
        ${this.label || this.hostLabel || s.label}
      </div>
      <div
        id="c"
        part="control"
        role="combobox"
        tabindex=${off ? -1 : 0}
        aria-labelledby="l"
        aria-describedby="m"
        aria-haspopup="listbox"
        aria-controls="lb"
        aria-expanded=${open}
        aria-activedescendant=${pop?.active ?? nothing}
        aria-disabled=${off || nothing}
        aria-readonly=${ro || nothing}
        aria-required=${this.required || nothing}
        aria-busy=${src.loading || this.#wait || nothing}
        @keydown=${this.#onKey}
        @click=${() => (open ? pop.close() : this.#open(null))}
      >
        ${sel ? face(sel, def, s, '') : html`<span part="name">${src.loading ? s.loading : s.empty}</span>`}
        ${ro ? html`<span part="badge">${s.locked}</span>` : sel ? html`<span part="icon" aria-hidden="true">▾</span>` : nothing}
      </div>
      ${open ? pop.render() : this.#wait ? html`<div part="popup"><div part="empty">${s.loading}</div></div>` : nothing}
      <div id="m" part="message" role="alert">${msg}</div>${src.retry()}
      <div class="sr" role="status">${this.#say}</div>
    `;
  }

  /** Fetches the popup's chunk (once), and acts on the keys or click that came before it. */
  #load = (): Promise<unknown> =>
    (this.#loading ??= (this.constructor as typeof ClidPicker).loadPopup().then(
      ({ Popup }) => {
        this.#pop = new Popup({ el: this, state: () => this.#src.state!, act: (a) => this.#src.own(a) });
        const q = this.#queue;
        this.#queue = undefined;
        this.#wait = false;
        if (q) for (const e of q) this.#open(e);
        this.requestUpdate();
      },
      () => {
        this.#loading = this.#queue = undefined;
        this.#wait = false;
        this.requestUpdate();
      },
    ));

  /** Opens the list with the key `e` (`null`: a click), at once or as soon as the chunk is there. */
  #open(e: KeyPress | null): void {
    if (this.#noChoice) return;
    if (this.#pop) return this.#pop.open ? void (e && this.#pop.key(e, false)) : this.#pop.show(e ?? undefined);
    (this.#queue ??= []).push(e);
    this.#load();
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => {
      if (this.#queue && !this.#wait) {
        this.#wait = true;
        this.requestUpdate();
      }
    });
  }

  #onKey = (e: KeyboardEvent): void => {
    const k = e.key;
    const pop = this.#pop;
    if (this.#noChoice) return;
    if (pop?.open) {
      if (pop.key(e, false)) e.preventDefault();
    } else if (k == 'Escape' || k == 'Tab') {
      // Nothing is open yet: an open still waiting for the chunk is called off.
      if (this.#queue && k == 'Escape') e.preventDefault();
      this.#queue = undefined;
      this.#wait = false;
      this.requestUpdate();
    } else if (OPENERS.test(k) || (k.length == 1 && !e.ctrlKey && !e.metaKey && !e.altKey) || (this.#queue && k == 'Delete' && e.shiftKey)) {
      // Keys pressed while the chunk is on its way are kept, in order, with the one that opens.
      e.preventDefault();
      this.#open({ key: k, shiftKey: e.shiftKey, altKey: e.altKey, ctrlKey: e.ctrlKey, metaKey: e.metaKey });
    }
  };
}
