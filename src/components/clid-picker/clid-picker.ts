import {
  adoptStyles,
  html,
  isServer,
  nothing,
  type LitElement,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ClidNumber, SelectScope } from '../../store/index.js';
import { idle, lazy, LazyPart } from '../../lazy.js';
import { agentMessage, fill, stringsFor, type ClidStrings } from '../../strings.js';
import { ClidFormElement } from '../form-element.js';
import { styles } from './clid-picker.styles.js';
import { face, nameOf, type PickerPresentation } from './face.js';
import { closedKey, type KeyPress } from './keyboard/closed.js';
import type { Popup, PopupView } from './picker-popup.js';

/** The popup's module (a lazily loaded chunk). */
export type PopupModule = typeof import('./picker-popup.js');
export type { PickerPresentation } from './face.js';

const popupModule = lazy(() => import('./picker-popup.js'));

/** Fetches the popup's chunk ahead of need; if that fails, the open that needs it tries again. */
const prefetchPopup = (): void => {
  popupModule().catch(() => undefined);
};

/**
 * The agent's callback numbers by name, with the number as secondary text: a WAI-ARIA
 * select-only combobox with a listbox popup. A plain choice is for the next call
 * (`scope: 'call'`); "Set as my default" (button, or Shift+Enter on an option) makes a number the
 * agent default; "Clear my default" (button, or Shift+Delete) forgets it.
 *
 * The keyboard is the WAI-ARIA select-only combobox's at every list size, type-ahead included
 * (see the README); with more than 8 numbers, `/` reaches a search field. The list is windowed.
 *
 * Data, first match wins: `store`; `config` (object or JSON text); a child
 * `<script type="application/json">`; `config-src`; else the store of the nearest
 * `<clid-provider>`.
 *
 * @summary Chooses the outbound callback number (CLID): for this call, or as my default.
 *
 * @tagname clid-picker - Its standard name; `defineClidElements` defines it under another too.
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
 * @csspart reason - Inside `<clid-dialer>`: why the number shown will be presented ("Automatic, chosen by prefix +1415", "Your choice for this call").
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
export class ClidPicker extends ClidFormElement {
  static override styles = styles;
  static override shadowRootOptions: ShadowRootInit = { ...ClidFormElement.shadowRootOptions, delegatesFocus: true };
  static override properties: PropertyDeclarations = {
    label: {},
    hostLabel: { attribute: 'aria-label' },
    groupBy: { attribute: 'group-by' },
    presentation: { attribute: false },
    disabled: { type: Boolean, reflect: true },
    locked: { type: Boolean, reflect: true },
  };

  /** Visible label and accessible name of the combobox (else the host's `aria-label`, else "Callback number"). */
  declare label?: string;
  /** The host's `aria-label`, forwarded to the combobox when there is no `label`. */
  declare hostLabel?: string;
  /** `tag`: groups the list by each number's first tag, after a "My default" group. */
  declare groupBy?: 'tag';
  /**
   * Set by `<clid-dialer>`: the number its next call presents and why, shown instead of the
   * selection; choosing any number, the one shown included, is then the agent's explicit choice.
   */
  declare presentation?: PickerPresentation;
  /** Not focusable, no choosing. */
  disabled = false;
  /** Shows the number, focusable and readable, with no way to change it (also when the config says `locked`). */
  locked = false;

  /** Announced to screen readers: the selection changed without the agent. */
  #announcement = '';
  /** The form (a disabled fieldset) disables the element. */
  #formDisabled = false;
  #popup = new LazyPart<Popup>(this, () =>
    (this.constructor as typeof ClidPicker).loadPopup().then((module) => this.#makePopup(module)),
  );
  /**
   * Opening keys (or `null` for a click) that came before the popup's chunk or before the numbers
   * (a config still loading): replayed, in order, once both are here (see `update`).
   */
  #queue?: (KeyPress | null)[];
  /** The chunk or the numbers are taking more than a moment: show "Loading…". */
  #waiting = false;
  /** The timer after which a waiting open says "Loading…" (a timer: a hidden page gets no frames). */
  #loadingTimer?: ReturnType<typeof setTimeout>;

  /**
   * Loads the popup's code, once for every picker on the page (again after a failure). Pickers
   * call it themselves; call it earlier to have it ready sooner, or override it to serve it another way.
   *
   * @example
   * await customElements.get('clid-picker').loadPopup();
   */
  static loadPopup(): Promise<PopupModule> {
    return popupModule();
  }

  /**
   * Set up once, when the class is defined: the popup's code is then fetched as soon as the browser
   * is idle, so that a picker opened at once after it is created (a call panel that appears with the
   * call) seldom waits for it. Not when a subclass serves the popup its own way (`loadPopup`).
   */
  protected static override finalize(): void {
    const first = !Object.hasOwn(this, 'finalized');
    super.finalize();
    // Defined on a server (SSR): nothing to fetch there. (`isServer` is typed `false`, its browser
    // value; Node's export condition makes it true.)
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    if (first && !isServer && this.loadPopup === ClidPicker.loadPopup) idle(prefetchPopup);
  }

  constructor() {
    super();
    // Focus left the element (moves inside the shadow root never reach the host).
    this.addEventListener('focusout', () => {
      this.#queue = undefined;
      this.#popup.part?.close(false);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Removed (or moved, which takes the focus away too): the list closes, an open waiting for
    // the chunk is called off, and nothing pending may hold the picker. Its own store is released
    // a task later (SourceController): nothing may render from it after that.
    clearTimeout(this.#loadingTimer);
    this.#queue = undefined;
    this.#waiting = false;
    this.#popup.part?.close(false);
  }

  formDisabledCallback(disabled: boolean): void {
    this.#formDisabled = disabled;
    this.#queue = undefined;
    this.#popup.part?.close();
    this.requestUpdate();
  }

  /** Also waits for an open that waits for the popup's chunk (not for numbers that may never come). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const chunk = this.#queue && !this.#popup.part ? this.#popup.loading : undefined;
    if (!chunk && !this.isUpdatePending) return done;
    await chunk?.catch(() => {});
    return this.getUpdateComplete();
  }

  protected get validityAnchor(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('#control');
  }

  /** The number the control shows: what a containing dialer presents, else the selection. */
  get #shown(): ClidNumber | null {
    return this.presentation?.clid ?? this.source.state?.selected ?? null;
  }

  /**
   * Disabled, locked, or nothing to choose from: no numbers, or no store and a config that failed.
   * (No store yet while one is on its way is not this: an open then waits for the numbers.)
   */
  get #noChoice(): boolean {
    const source = this.source;
    const state = source.state;
    const nothingToChoose = state ? !state.numbers.length : !!source.error;
    return this.disabled || this.#formDisabled || this.locked || !!state?.locked || nothingToChoose;
  }

  override update(changed: PropertyValues): void {
    const source = this.source;
    // The store went away under an open list (taken away, or released): the list goes with it.
    if (!source.state) this.#popup.part?.close(false);
    // An open that waited for the chunk or the numbers: acted on once both are here, dropped if
    // there is nothing to choose after all (the config failed, the picker was disabled meanwhile).
    const queue = this.#queue;
    const popup = this.#popup.part;
    if (queue && (this.#noChoice || (popup && source.state))) {
      this.#queue = undefined;
      this.#waiting = false;
      if (popup) for (const e of queue) this.#openWith(popup, e);
    }
    if (source.outside !== undefined) {
      const selected = source.outside;
      source.outside = undefined;
      const strings = stringsFor(this, this.strings);
      this.#announcement = selected ? fill(strings.changed, nameOf(selected, strings)) : '';
    }
    super.update(changed);
  }

  override render(): TemplateResult {
    const strings = stringsFor(this, this.strings);
    const source = this.source;
    const state = source.state;
    const presentation = this.presentation;
    const selected = this.#shown;
    const off = this.disabled || this.#formDisabled;
    const readOnly = this.locked || state?.locked;
    const message =
      source.error?.message ?? source.notice ?? (state?.error && agentMessage(this, state.error, this.strings));
    const popup = this.#popup.part;
    const open = !!popup?.open;
    return html`
      <div id="label" part="label" class=${this.label || !this.hostLabel ? '' : 'sr'} @click=${() => this.focus()}>
        ${this.label || this.hostLabel || strings.label}
      </div>
      <div
        id="control"
        part="control"
        role="combobox"
        tabindex=${off ? -1 : 0}
        aria-labelledby=${presentation ? 'label reason' : 'label'}
        aria-describedby="message"
        aria-haspopup="listbox"
        aria-controls="listbox"
        aria-expanded=${open}
        aria-activedescendant=${popup?.active ?? nothing}
        aria-disabled=${ifDefined(off ? 'true' : undefined)}
        aria-readonly=${ifDefined(readOnly ? 'true' : undefined)}
        aria-required=${ifDefined(this.required ? 'true' : undefined)}
        aria-busy=${ifDefined(source.loading || this.#waiting ? 'true' : undefined)}
        @keydown=${this.#onKey}
        @click=${() => (open ? popup.close() : this.#open(null))}
      >
        ${selected ? face(selected, state?.agentDefault, strings, '') : html`<span part="name">${source.loading ? strings.loading : strings.empty}</span>`}
        ${this.#marker(!!readOnly, !!selected, strings)}
      </div>
      ${presentation ? html`<div id="reason" part="reason" class=${presentation.mode}>${presentation.reason}</div>` : nothing}
      ${this.#underControl(strings)}
      <div id="message" part="message" role="alert">${message}</div>
      ${source.retry()}
      <div class="sr" role="status">${this.#announcement}</div>
    `;
  }

  /** After the control's text: the badge of a locked picker, else the arrow when there is a number. */
  #marker(readOnly: boolean, selected: boolean, strings: ClidStrings): TemplateResult | typeof nothing {
    if (readOnly) return html`<span part="badge">${strings.locked}</span>`;
    if (selected) return html`<span part="icon" aria-hidden="true">▾</span>`;
    return nothing;
  }

  /** Under the control: the open list, "Loading…" while its chunk is on its way, or nothing. */
  #underControl(strings: ClidStrings): TemplateResult | typeof nothing {
    const popup = this.#popup.part;
    if (popup?.open) return popup.render();
    if (this.#waiting) return html`<div part="popup"><div part="empty">${strings.loading}</div></div>`;
    return nothing;
  }

  /** The popup, made when its chunk arrives; the keys or click that came before it are acted on. */
  #makePopup(module: PopupModule): Popup {
    const root = this.renderRoot as ShadowRoot;
    adoptStyles(root, [...(this.constructor as typeof LitElement).elementStyles, module.popupStyles]);
    const popup = new module.Popup(this, {
      view: (): PopupView => ({
        state: this.source.state,
        shown: this.#shown,
        strings: stringsFor(this, this.strings),
        groupBy: this.groupBy,
        labelId: 'label',
      }),
      choose: (number: ClidNumber, scope: SelectScope) => {
        const state = this.source.state;
        if (!state) return;
        // Inside a dialer, choosing the number shown is still the agent's explicit choice for the call.
        const explicit = scope === 'call' && !!this.presentation;
        if (explicit || number.id !== (scope === 'call' ? state.selected : state.agentDefault)?.id)
          this.source.own((store) => store.select(number.id, { scope }));
      },
      clearDefault: () => this.source.own((store) => store.clearDefault()),
      focusControl: () => root.querySelector<HTMLElement>('#control')?.focus(),
    });
    // An open waiting for it is acted on at the update that follows (LazyPart requests it).
    return popup;
  }

  /** Opens the list with the key `e` (`null`: a click), at once or as soon as the chunk and the numbers are there. */
  #open(e: KeyPress | null): void {
    if (this.#noChoice) return;
    const popup = this.#popup.part;
    if (popup && this.source.state) {
      this.#openWith(popup, e);
      return;
    }
    (this.#queue ??= []).push(e);
    this.#popup.load().catch(() => {
      this.#queue = undefined;
      this.#waiting = false;
      this.requestUpdate();
    });
    clearTimeout(this.#loadingTimer);
    this.#loadingTimer = setTimeout(() => {
      if (this.#queue && !this.#waiting) {
        this.#waiting = true;
        this.requestUpdate();
      }
    }, 16);
  }

  #openWith(popup: Popup, e: KeyPress | null): void {
    if (this.#noChoice) return;
    if (popup.open) {
      if (e) popup.key(e, false);
    } else popup.show(e ?? undefined);
  }

  #onKey = (e: KeyboardEvent): void => {
    if (this.#noChoice) return;
    const popup = this.#popup.part;
    if (popup?.open) {
      if (popup.key(e, false)) e.preventDefault();
      return;
    }
    const action = closedKey(e, !!this.#queue);
    if (action === 'cancel') {
      // Nothing is open yet: an open still waiting for the chunk is called off.
      if (this.#queue && e.key === 'Escape') e.preventDefault();
      this.#queue = undefined;
      this.#waiting = false;
      this.requestUpdate();
    } else if (action === 'open') {
      // Keys pressed while the chunk is on its way are kept, in order, with the one that opens.
      e.preventDefault();
      this.#open({ key: e.key, shiftKey: e.shiftKey, altKey: e.altKey, ctrlKey: e.ctrlKey, metaKey: e.metaKey });
    }
  };
}
