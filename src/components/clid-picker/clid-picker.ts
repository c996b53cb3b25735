import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { SourceController } from '../../controllers/source-controller.js';
import { formatNumber, spellNumber } from '../../phone/format.js';
import type { ClidConfig, ClidNumber, ClidStore, ClidStoreOptions, SelectScope } from '../../store/index.js';
import { fill, stringsFor, type ClidStrings } from '../../strings.js';
import { styles } from './clid-picker.styles.js';
import { ListView, ROWS, type Row } from './list-view.js';

/** Rows rendered above and below the visible ones. */
const OVERSCAN = 4;
/** PageUp / PageDown step (APG). */
const PAGE = 10;

/** Accessible name of a number: its name, then its digits spaced, then "My default". */
const nameOf = (n: ClidNumber, s: ClidStrings, isDefault?: boolean): string =>
  [n.name, spellNumber(n.number), isDefault && s.default].filter(Boolean).join(', ');

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
  #list = new ListView();
  #open = false;
  #active = 0;
  #top = 0;
  #rh = 40;
  #q = '';
  #typed = '';
  #typedAt = 0;
  #say = '';
  #formOff = false;
  #pending?: string;

  constructor() {
    super();
    // Focus left the element (moves inside the shadow root never reach the host).
    this.addEventListener('focusout', () => this.#close(false));
  }

  /**
   * E.164 of the number the next call presents (`''` while there is none). Setting it selects
   * that number for the next call, as soon as the store is there.
   */
  get value(): string {
    return this.#src.state?.selected?.number ?? '';
  }
  set value(v: string) {
    this.#pending = v;
    this.requestUpdate();
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
    const st = this.#src.state;
    const d = st?.agentDefault ?? st?.accountDefault ?? st?.numbers[0];
    if (d && d.id != st?.selected?.id) this.#src.own((s) => s.select(d.id));
  }

  /** Restores the value the browser kept (back/forward, autofill). */
  formStateRestoreCallback(state: string | null): void {
    if (state) this.value = state;
  }

  formDisabledCallback(disabled: boolean): void {
    this.#formOff = disabled;
    this.#close();
    this.requestUpdate();
  }

  get #ctl(): HTMLElement {
    return this.renderRoot.querySelector('#c')!;
  }

  /** Disabled, locked, or nothing to choose from. */
  get #noChoice(): boolean | undefined {
    const st = this.#src.state;
    return this.disabled || this.#formOff || this.locked || st?.locked || !st?.numbers.length;
  }

  get #rows(): readonly Row[] {
    return this.#list.rows;
  }

  override update(changed: PropertyValues): void {
    const v = this.#pending;
    const src = this.#src;
    if (v != null && src.store) {
      this.#pending = undefined;
      if (v != this.value) src.own((s) => s.select(v));
    }
    if (src.outside !== undefined) {
      const n = src.outside;
      src.outside = undefined;
      this.#say = n ? fill(stringsFor(this, this.strings).changed, nameOf(n, stringsFor(this, this.strings))) : '';
    }
    super.update(changed);
  }

  override updated(): void {
    const v = this.value;
    const s = stringsFor(this, this.strings);
    this.#internals.setFormValue(v || null);
    this.#internals.setValidity(this.required && !v ? { valueMissing: true } : {}, s.required, this.#ctl);
    const lb = this.renderRoot.querySelector('#lb');
    const h = lb?.querySelector('[role=option]')?.getBoundingClientRect().height;
    if (h && h != this.#rh) {
      this.#rh = h;
      this.requestUpdate();
    } else if (lb && Math.abs(lb.scrollTop - this.#top * this.#rh) >= this.#rh) lb.scrollTop = this.#top * this.#rh;
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
    const open = this.#open;
    const rows = open ? this.#list.build(st!, this.#q, this.groupBy, s) : [];
    const long = open && st!.numbers.length > ROWS;
    const act = open && rows.length ? `o${this.#active}` : nothing;
    // A window of the same size wherever it is, so the DOM does not grow or shrink.
    const start = Math.max(0, Math.min(this.#top - OVERSCAN, rows.length - ROWS - 2 * OVERSCAN));
    const end = Math.min(rows.length, start + ROWS + 2 * OVERSCAN);
    const win: unknown[] = [];
    let group: unknown[] | undefined;
    for (let i = start; i < end; i++) {
      const r = rows[i];
      if (this.groupBy && (typeof r == 'string' || !group)) {
        win.push(html`<div role="group" aria-label=${this.#list.groupOf(i)}>${(group = [])}</div>`);
      }
      (group ?? win).push(
        typeof r == 'string'
          ? html`<div part="group-label" aria-hidden="true">${r}</div>`
          : html`<div
              id="o${i}"
              role="option"
              tabindex="-1"
              part="option${i == this.#active ? ' active' : ''}"
              aria-selected=${r.id == sel?.id}
              aria-posinset=${this.#list.pos[i]}
              aria-setsize=${this.#list.size[i]}
            >
              <span class="sr">${nameOf(r, s, r.id == def?.id)}</span>${this.#face(r, def, s, 'option-')}
            </div>`,
      );
    }
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
        aria-activedescendant=${act}
        aria-disabled=${off || nothing}
        aria-readonly=${ro || nothing}
        aria-required=${this.required || nothing}
        aria-busy=${src.loading || nothing}
        @keydown=${this.#onKey}
        @click=${() => (open ? this.#close() : this.#show())}
      >
        ${sel
          ? html`<span class="sr">${nameOf(sel, s, sel.id == def?.id)}</span>${this.#face(sel, def, s, '')}`
          : html`<span part="name">${src.loading ? s.loading : s.empty}</span>`}
        ${ro ? html`<span part="badge">${s.locked}</span>` : sel ? html`<span part="icon" aria-hidden="true">▾</span>` : nothing}
      </div>
      ${open
        ? html`<div part="popup" @mousedown=${(e: Event) => e.target != this.renderRoot.querySelector('#q') && e.preventDefault()}>
            ${long
              ? html`<input
                  id="q"
                  part="search"
                  role="combobox"
                  aria-label=${s.search}
                  placeholder=${s.search}
                  aria-expanded="true"
                  aria-controls="lb"
                  aria-autocomplete="list"
                  aria-activedescendant=${act}
                  tabindex="-1"
                  autocomplete="off"
                  .value=${this.#q}
                  @input=${(e: Event) => this.#filter((e.target as HTMLInputElement).value)}
                  @keydown=${this.#onKey}
                />`
              : nothing}
            <div
              id="lb"
              part="listbox"
              role="listbox"
              aria-labelledby="l"
              @scroll=${this.#onScroll}
              @click=${(e: Event) => {
                const o = (e.target as Element).closest('[role=option]');
                if (o) this.#choose(+o.id.slice(1), 'call');
              }}
            >
              <div style="block-size:${rows.length * this.#rh}px">
                <div style="transform:translateY(${start * this.#rh}px)">${win}</div>
              </div>
            </div>
            ${rows.length ? nothing : html`<div part="empty">${s.noMatch}</div>`}
            <div part="actions">
              <button part="action" tabindex="-1" aria-keyshortcuts="Shift+Enter" @click=${() => this.#choose(this.#active, 'default')}>
                ${s.setDefault}
              </button>
              ${def
                ? html`<button part="action" tabindex="-1" aria-keyshortcuts="Shift+Delete" @click=${this.#clearDefault}>
                    ${s.clearDefault}
                  </button>`
                : nothing}
            </div>
          </div>`
        : nothing}
      <div id="m" part="message" role="alert">${msg}</div>
      <div class="sr" role="status">${this.#say}</div>
    `;
  }

  /** What sighted users see of a number (hidden from assistive technology, which reads `nameOf`). */
  #face(n: ClidNumber, def: ClidNumber | null | undefined, s: ClidStrings, p: string): TemplateResult {
    return html`<span part="${p}name" aria-hidden="true">${n.name || formatNumber(n.number)}</span>${n.name
        ? html`<span part="${p}number" aria-hidden="true">${formatNumber(n.number)}</span>`
        : nothing}${n.id == def?.id ? html`<span part="badge" aria-hidden="true">${s.default}</span>` : nothing}`;
  }

  /** Opens the popup with `to` (default: the current selection) as the active option. */
  #show(to?: number): void {
    if (this.#open || this.#noChoice) return;
    this.#open = true;
    const rows = this.#list.build(this.#src.state!, (this.#q = ''), this.groupBy, stringsFor(this, this.strings));
    const sel = this.#src.state!.selected;
    this.#moveTo(to ?? rows.findIndex((r) => typeof r != 'string' && r.id == sel?.id), 0, true);
  }

  /** Closes the popup; focus inside it goes back to the control unless `refocus` is false. */
  #close(refocus = true): void {
    if (!this.#open) return;
    if (refocus && this.renderRoot.querySelector('#q:focus')) this.#ctl.focus();
    this.#open = false;
    this.#q = '';
    this.requestUpdate();
  }

  #filter(q: string): void {
    this.#q = q;
    this.#list.build(this.#src.state!, q, this.groupBy, stringsFor(this, this.strings));
    this.#top = 0;
    this.#moveTo(0, 1);
  }

  /** Makes row `i` active (the nearest option in direction `dir`) and scrolls it into view. */
  #moveTo(i: number, dir: number, center?: boolean): void {
    const rows = this.#rows;
    const last = rows.length - 1;
    i = Math.max(0, Math.min(last, i));
    while (typeof rows[i] == 'string') i += i == last ? -1 : i == 0 ? 1 : dir || 1;
    this.#active = i;
    if (center) this.#top = i - (ROWS >> 1);
    else if (i < this.#top + 1) this.#top = i - (typeof rows[i - 1] == 'string' ? 1 : 0);
    else if (i >= this.#top + ROWS) this.#top = i - ROWS + 1;
    this.#top = Math.max(0, Math.min(this.#top, rows.length - ROWS));
    this.requestUpdate();
  }

  /** Chooses row `i` for the next call, or as the agent default; closes the popup. */
  #choose(i: number, scope: SelectScope, refocus?: boolean): void {
    const r = this.#open && this.#rows[i];
    this.#close(refocus);
    const st = this.#src.state;
    if (r && typeof r != 'string' && r.id != (scope == 'call' ? st?.selected : st?.agentDefault)?.id) {
      this.#src.own((s) => s.select(r.id, { scope }));
    }
  }

  #clearDefault = (): void => {
    this.#close();
    this.#src.own((s) => s.clearDefault());
  };

  #onScroll = (e: Event): void => {
    const top = Math.floor((e.target as Element).scrollTop / this.#rh);
    if (top != this.#top) {
      this.#top = top;
      this.requestUpdate();
    }
  };

  #onKey = (e: KeyboardEvent): void => {
    const k = e.key;
    const open = this.#open;
    const inSearch = e.target != this.#ctl;
    const last = this.#rows.length - 1;
    const nav: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: PAGE, PageUp: -PAGE };
    if (this.#noChoice) return;
    if (k == 'Escape' || k == 'Tab') {
      if (open && k == 'Tab') this.#choose(this.#active, 'call', false);
      else if (open) (this.#close(), e.preventDefault());
      return;
    }
    if (!open) {
      if (k == 'Home' || k == 'End') this.#show(k == 'Home' ? 0 : Number.MAX_SAFE_INTEGER);
      else if (nav[k] || k == 'Enter' || k == ' ') this.#show();
      else if (k.length == 1 && !e.ctrlKey && !e.metaKey && !e.altKey) this.#typeAhead(k);
      else return;
    } else if (k == 'Enter' || (k == ' ' && !inSearch) || (e.altKey && k == 'ArrowUp')) {
      this.#choose(this.#active, e.shiftKey ? 'default' : 'call');
    } else if (k == 'Delete' && e.shiftKey) this.#clearDefault();
    else if (nav[k]) this.#moveTo(this.#active + nav[k], nav[k]);
    else if ((k == 'Home' || k == 'End') && !inSearch) this.#moveTo(k == 'Home' ? 0 : last, k == 'Home' ? 1 : -1);
    else if (k.length == 1 && !inSearch && !e.ctrlKey && !e.metaKey && !e.altKey) this.#typeAhead(k);
    else return;
    e.preventDefault();
  };

  /**
   * Printable keys on the control. A long list opens its search field with the key typed;
   * a short one jumps to the first option whose name starts with, or whose digits contain, what
   * was typed within the last half second.
   */
  #typeAhead(k: string): void {
    this.#show();
    if (this.#src.state!.numbers.length > ROWS) {
      this.#filter(k);
      this.updateComplete.then(() => (this.renderRoot.querySelector('#q') as HTMLInputElement).focus());
      return;
    }
    const now = Date.now();
    const t = (this.#typed = (now - this.#typedAt > 500 ? '' : this.#typed) + k.toLowerCase());
    this.#typedAt = now;
    const i = this.#list.find(t, this.#active + (t.length == 1 ? 1 : 0));
    if (i >= 0) this.#moveTo(i, 1);
  }
}
