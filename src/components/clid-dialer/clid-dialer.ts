import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { lazy, LazyPart } from '../../lazy.js';
import { loadPhoneKit, type PhoneKit, type PhoneKitOptions } from '../../phone/phone-kit.js';
import type { PickerPresentation } from '../clid-picker/face.js';
import type { CallDetail, CallKind, CallOutcome } from '../../store/index.js';
import { langOf, localeReady, registerDefaultStrings } from '../../strings.js';
import { ClidFormElement } from '../form-element.js';
import { dialerStrings, en } from './clid-dialer.strings.js';
import { styles } from './clid-dialer.styles.js';
import { listenForDialLinks } from './click-to-dial.js';
import { DialerKit } from './dialer-kit.js';
import type { DialerEffect, DialerLogic } from './dialer-logic.js';
import { viewBeforeLogic, type DialerInput } from './dialer-view.js';
import { embeddedPicker } from './embedded-picker.js';
import type { DialOptions } from './place-call.js';

export type { DialError, DialOptions } from './place-call.js';

/** The logic's module (a lazily loaded chunk). */
export type LogicModule = typeof import('./dialer-logic.js');

const logicModule = lazy(() => import('./dialer-logic.js'));

registerDefaultStrings(en);

/**
 * A make-call panel in the manner of ContactPad: a destination field that formats and validates
 * what the agent types or pastes (`+44 20 7946 0000`, `020 7946 0000` with `region="GB"`,
 * `00 44 …`), the picker for a per-call choice, a live line saying which number will be presented
 * and why, and a Call button. Enter in the field places the call; an explicit per-call choice in
 * the picker wins for the agent's own (manual) calls.
 *
 * With a valid destination a line says where the call goes and the local time there ("San
 * Francisco, CA · 7:42 AM"; a range over several time zones), kept current each minute;
 * `calling-hours` adds a warning when a call now would fall outside them (it never refuses one).
 *
 * While the number is being checked the field shows what was typed (typing is never blocked) and
 * the line says "Checking number…". The Call button does nothing while the number is being
 * checked or a call is being placed, so one click never places two calls.
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
 * @tagname clid-dialer - Its standard name; `defineClidElements` defines it under another too.
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
 * @csspart picker - The embedded picker, under the picker's tag name (`<clid-picker>`, or `pickerTag`); style it further with `--clid-*` properties.
 * @csspart where - Where the call goes and the local time there.
 * @csspart hours - The warning that a call now falls outside the `calling-hours`.
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
 * @cssprop --clid-warning-color - The calling-hours warning.
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
export class ClidDialer extends ClidFormElement {
  /**
   * Tag name the dialer renders its picker under: `defineClidElements` sets it to the picker's
   * name of the same call. A dialer subclass you define yourself under a picker name of your own
   * sets it too (`static pickerTag = 'acme-picker'`); the picker may be defined before or after.
   */
  static pickerTag = 'clid-picker';
  static override styles = styles;
  static override shadowRootOptions: ShadowRootInit = { ...ClidFormElement.shadowRootOptions, delegatesFocus: true };
  static override properties: PropertyDeclarations = {
    label: {},
    region: {},
    theme: { reflect: true },
    destination: {},
    record: { attribute: false },
    kind: {},
    callingHours: { attribute: 'calling-hours' },
    phoneKit: { attribute: false },
    disabled: { type: Boolean, reflect: true },
    locked: { type: Boolean, reflect: true },
  };

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
   * Hours at which calls are expected, in the destination's local time: `"08:00-21:00"` (24-hour
   * `HH:MM-HH:MM`; may cross midnight). Outside them the dialer shows a warning and still calls.
   * Any other value is ignored, with a console warning.
   */
  declare callingHours?: string;
  /**
   * Loads the phone kit; replace it to self-host or to stub libphonenumber. The dialer asks for
   * `{ metadata: 'on-demand' }`: the metadata of each destination's country as it is typed.
   */
  phoneKit: (options?: PhoneKitOptions) => Promise<PhoneKit> = loadPhoneKit;
  /** No typing, choosing or calling. */
  disabled = false;
  /** The agent may not change the number (also when the config says `locked`). */
  locked = false;

  /** The phone kit, loaded on the first focus, typing or `dial()`. */
  #kit = new DialerKit(() => this.phoneKit({ metadata: 'on-demand' }));
  #embeddedPicker?: HTMLElement;
  /** Ends this dialer's part in listening for click-to-dial links. */
  #stopListening?: () => void;
  /** Show a "too short" destination as an error (after blur or a call attempt). */
  #touched = false;
  #logic = new LazyPart<DialerLogic>(this, () =>
    (this.constructor as typeof ClidDialer).loadLogic().then(
      ({ DialerLogic }) =>
        new DialerLogic({
          input: this.#input,
          ready: () => this.source.ready(),
          kit: this.#kit,
          events: this,
          update: this.#do,
        }),
    ),
  );

  /**
   * Loads the dialer's logic (parsing, preview, placing calls), fetched once for every dialer on
   * the page (later calls return the same promise; a failed load is retried at the next call).
   * Dialers call it themselves, and `dial()` waits for it; call it earlier to have it ready even
   * sooner. A subclass may override it to serve the logic another way.
   *
   * @example
   * await customElements.get('clid-dialer').loadLogic();
   */
  static loadLogic(): Promise<LogicModule> {
    return logicModule();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Installed at once, so that a click right after page load is not lost; `dial()` waits for the logic.
    this.#stopListening = listenForDialLinks(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopListening?.();
    this.#logic.part?.stop();
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
    const [logic] = await Promise.all([this.#logic.load(), localeReady(this)]);
    return logic.dial(destination, options);
  }

  /**
   * Tells the store how a call placed through this dialer ended: `answered`, `voicemail`,
   * `no-answer`, `busy` or `failed` (`store.reportOutcome`). With `rules.sticky`, an answered call
   * makes its number the one the next call to that customer presents.
   *
   * @throws TypeError for a call the store does not know, or an unknown outcome.
   * @example
   * dialer.addEventListener('clid-call', (e) => sip.call(e.detail, { onEnd: (outcome) => dialer.reportOutcome(e.detail.callId, outcome) }));
   */
  async reportOutcome(callId: string, outcome: CallOutcome): Promise<void> {
    const logic = await this.#logic.load();
    await logic.reportOutcome(callId, outcome);
  }

  protected get validityAnchor(): HTMLElement | null {
    return this.renderRoot.querySelector('input');
  }

  #input = (): DialerInput => ({
    destination: this.destination,
    region: this.region,
    record: this.record,
    kind: this.kind,
    disabled: this.disabled,
    touched: this.#touched,
    loading: this.source.loading,
    store: this.source.store,
    state: this.source.state,
    strings: dialerStrings(this, this.strings),
    lang: langOf(this),
    callingHours: this.callingHours,
  });

  /** Does what the logic asks for (see {@link DialerEffect}), then renders again. */
  #do = (effect?: DialerEffect): void => {
    switch (effect?.kind) {
      case 'show': {
        const field = this.renderRoot.querySelector('input');
        const editing = field !== null && field.selectionStart !== field.value.length;
        if (!effect.unlessEditing || !editing) this.destination = effect.text;
        break;
      }
      case 'focus-picker':
        this.renderRoot.querySelector<HTMLElement>('[part=picker]')?.focus();
        break;
      case 'clear-call':
        this.source.own((store) => store.clearCall());
        break;
    }
    this.requestUpdate();
  };

  /** Starts loading the phone kit, and the logic that takes it. */
  #useKit = (): void => {
    this.#kit.load().catch(() => {});
    const logic = this.#logic.part;
    if (logic) logic.useKit().catch(() => {});
    else this.#logic.load().catch(() => {});
  };

  /** The Call button and Enter. */
  #call = (): void => {
    if (!this.#logic.part?.callTyped()) return;
    this.#touched = true;
    this.requestUpdate();
  };

  #onBlur = (): void => {
    this.#touched = true;
    this.requestUpdate();
  };

  #onKeydown = (e: KeyboardEvent): void => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    this.#call();
  };

  #onInput = (e: Event): void => {
    const field = e.target as HTMLInputElement;
    const logic = this.#logic.part;
    if (logic)
      field.value = logic.typed(
        field.value,
        field.selectionStart === field.value.length,
        // A plain `input` event (a script's) has no inputType.
        e instanceof InputEvent && e.inputType.startsWith('delete'),
      );
    this.destination = field.value;
    this.#touched = false;
    this.#useKit();
  };

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('destination') && this.destination) this.#useKit();
  }

  override update(changed: PropertyValues): void {
    // After the controllers' update, so the preview is worked out on the store's latest state.
    this.#logic.part?.update();
    // A removed dialer that renders again (a late answer) starts no timer.
    if (!this.isConnected) this.#logic.part?.stop();
    super.update(changed);
  }

  /**
   * The embedded picker, under the tag name the picker has (see {@link ClidDialer.pickerTag}),
   * showing what the next call presents (the logic's presentation).
   */
  #picker(presentation: PickerPresentation | undefined): HTMLElement {
    const { label, theme, disabled, locked } = this;
    const props = { store: this.source.store, presentation, label, theme, disabled, locked };
    const tag = (this.constructor as typeof ClidDialer).pickerTag;
    this.#embeddedPicker = embeddedPicker(this.#embeddedPicker, tag, props, this.#onChoice);
    return this.#embeddedPicker;
  }

  /** The agent chose a number in the picker: their choice for the call; after a refusal, Call is next. */
  #onChoice = (e: Event): void => {
    const logic = this.#logic.part;
    if ((e as CustomEvent<{ scope: string }>).detail.scope !== 'call' || !logic) return;
    logic.overridden();
    if (logic.view().refused) {
      this.updateComplete
        .then(() => this.renderRoot.querySelector<HTMLElement>('[part=call]')?.focus())
        .catch(() => {});
    }
  };

  override render(): TemplateResult {
    const input = this.#input();
    const view = this.#logic.part?.view() ?? viewBeforeLogic(input);
    const kind = view.statusKind;
    const bad = kind === 'bad-destination' || kind === 'rejected';
    return html`<label part="label" for="destination">${input.strings.destination}</label>
      <input
        id="destination"
        part="input"
        type="tel"
        autocomplete="off"
        aria-describedby="where hours status message"
        aria-invalid=${kind === 'bad-destination'}
        .value=${this.destination}
        ?disabled=${this.disabled}
        @focus=${this.#useKit}
        @blur=${this.#onBlur}
        @input=${this.#onInput}
        @keydown=${this.#onKeydown}
      />
      <div id="where" part="where">${view.where}</div>
      <div id="hours" part="hours" role="status">${view.outsideHours}</div>
      ${this.#picker(view.presentation)}
      <div id="status" part="status" class=${bad ? 'bad' : ''} role="status">${view.status}</div>
      <div id="message" part="message" role="alert">${this.source.error?.message ?? view.message}</div>
      ${this.source.retry()}
      <button part="call" aria-disabled=${view.waiting} aria-busy=${view.busy} @click=${this.#call}>
        ${input.strings.call}
      </button>`;
  }
}
