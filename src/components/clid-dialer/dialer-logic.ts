/**
 * What the dialer runs once the agent types, calls or clicks a click-to-dial link: the phone kit
 * taken in, the preview (`preview.ts`) and placing calls (`place-call.ts`), with the texts only
 * these show. The chunk `ClidDialer.loadLogic` loads (see `lazy.ts`).
 *
 * @example
 * const { DialerLogic } = await ClidDialer.loadLogic();
 * const logic = new DialerLogic({ input, ready, kit, dispatch, requestUpdate });
 * await logic.dial('+44 20 7946 0123', {});
 * @module
 */
import type { PhoneKit, PhoneProblem } from '../../phone/types.js';
import { ClidCallError, toE164, type CallDetail, type CallRequest, type ClidStore } from '../../store/index.js';
import { errorMessage } from '../../messages.js';
import { registerDefaultStrings, type ClidStrings } from '../../strings.js';
import type { PickerPresentation } from '../clid-picker/face.js';
import type { DialerStrings } from './clid-dialer.strings.js';
import { en } from './dialer-logic.strings.js';
import { CallPlacement, type DialOptions } from './place-call.js';
import { Preview, typedCall, type PreviewInput, type StatusKind } from './preview.js';

registerDefaultStrings(en);

/** What the dialer has now, as its logic reads it. */
export interface DialerInput extends Omit<PreviewInput, 'kit' | 'dialed' | 'busy'> {
  readonly disabled: boolean;
  /** Show a "too short" destination as an error (after blur or a call attempt). */
  readonly touched: boolean;
  /** `config-src` is loading. */
  readonly loading: boolean;
  readonly strings: DialerStrings & ClidStrings;
}

/** What the logic reads from, and does through, its dialer. */
export interface DialerLogicOptions {
  input(): DialerInput;
  /** The store, once there is one (waits for the config). */
  ready(): Promise<ClidStore>;
  /** The phone kit (loaded once; `undefined` when it cannot be loaded). */
  kit(): Promise<PhoneKit | undefined>;
  /** The phone kit has arrived (once): the dialer formats what was typed before it. */
  kitArrived(kit: PhoneKit): void;
  /** Where the call events go (the dialer). */
  events: EventTarget;
  /** Re-renders the dialer. */
  requestUpdate(): void;
  /** Shows `text` in the destination field (a `dial()` request's destination). */
  showDestination(text: string): void;
  /** Moves the focus to the embedded picker (after a refused `dial()`). */
  focusPicker(): void;
  /** Drops the agent's per-call choice (another rule's destination brings the automatic one back). */
  clearCall(): void;
}

/** A phone kit for when the real one cannot be loaded: E.164 input only. */
const E164_ONLY: PhoneKit = { parse: (text) => toE164(text) ?? 'invalid', format: (text) => text };

/** One dialer's parsing, preview and calls. */
export class DialerLogic {
  /** The phone kit, once it has arrived. */
  kit?: PhoneKit;
  #kit?: Promise<PhoneKit>;
  #preview: Preview;
  #calls: CallPlacement;
  /** The `dial()` or click-to-dial request whose destination the field shows. */
  #dialed?: CallRequest;
  /** The automatic choice the agent overrode with a per-call choice (see {@link overridden}). */
  #overriddenRule?: string;

  readonly #options: DialerLogicOptions;

  constructor(options: DialerLogicOptions) {
    this.#options = options;
    this.#preview = new Preview(options.requestUpdate, (kit) => {
      options.kitArrived(kit);
      options.requestUpdate();
    });
    this.#calls = new CallPlacement(options.events, options.requestUpdate);
  }

  /** A call is being placed. */
  get busy(): boolean {
    return this.#calls.busy;
  }

  /** Takes the phone kit when it arrives (once; E.164 input only if it could not be loaded). */
  useKit(): Promise<PhoneKit> {
    return (this.#kit ??= this.#options.kit().then((kit) => {
      const arrived = (this.kit = kit ?? E164_ONLY);
      this.#options.kitArrived(arrived);
      this.#options.requestUpdate();
      return arrived;
    }));
  }

  /**
   * See `ClidDialer.dial`. The destination shows in the field; a refused request moves the focus
   * to the picker, so one choice and Enter on Call place the call (with the request's record).
   */
  async dial(destination: string, options: DialOptions): Promise<CallDetail> {
    const kit = await this.useKit();
    const region = this.#options.input().region;
    await kit.load?.(destination, region)?.catch(() => {});
    this.#options.showDestination(kit.format(destination, region));
    const parsed = kit.parse(destination, region);
    this.#dialed = undefined;
    if (parsed[0] !== '+') {
      const message = this.#options.input().strings[`bad-${parsed as PhoneProblem}`];
      throw this.#calls.fail(Object.assign(new ClidCallError('invalid-destination', destination), { message }));
    }
    const request = (this.#dialed = { ...options, destination: parsed });
    try {
      return await this.#place(request);
    } catch (error) {
      if ((error as ClidCallError).reason !== ('no-config' as string)) this.#options.focusPicker();
      throw error;
    }
  }

  /** The last call was refused (a rejection or error is shown). */
  get refused(): boolean {
    return this.#calls.failed;
  }

  /** What the embedded picker shows (see {@link Preview.presentation}). */
  presentation(): PickerPresentation | undefined {
    return this.#options.input().destination.trim()
      ? this.#preview.presentation(this.#options.input().strings)
      : undefined;
  }

  /**
   * The agent chose a number in the embedded picker: their choice for the next call, over the
   * automatic one, until the call is placed or the destination changes to one another rule covers.
   */
  overridden(): void {
    this.#overriddenRule = this.#preview.automaticRule();
  }

  /** Nothing to place yet: disabled, a call in flight, or the destination still being checked. */
  get waiting(): boolean {
    const input = this.#options.input();
    return input.disabled || this.busy || (!!input.destination.trim() && this.#preview.pending);
  }

  /** The Call button and Enter: places the typed destination if it is valid and resolved. */
  callTyped(): void {
    const parsed = this.#preview.parsed;
    if (parsed?.[0] === '+') this.#place(typedCall(parsed, this.#previewInput())).catch(() => {});
  }

  /** The field's text as the agent types at its end (formatted; not while deleting). A new destination clears the last call's line. */
  typed(text: string, atEnd: boolean, deleting: boolean): string {
    this.#calls.clearLine();
    return this.kit && atEnd && !deleting ? this.kit.format(text, this.#options.input().region) : text;
  }

  /** Works the preview out again if what it depends on changed (call before each render). */
  update(): void {
    this.#preview.update(this.#previewInput());
    const overridden = this.#overriddenRule;
    if (overridden !== undefined && this.#options.input().state?.callChoice) {
      const now = this.#preview.automaticRule();
      // Another rule covers the new destination: its automatic choice comes back.
      if (now && now !== overridden) {
        this.#overriddenRule = undefined;
        queueMicrotask(this.#options.clearCall);
      }
    }
  }

  #previewInput() {
    return { ...this.#options.input(), kit: this.kit, dialed: this.#dialed, busy: this.busy };
  }

  /** The status line and how it reads (see {@link Preview.status}). */
  status(): [string, StatusKind?] {
    const input = this.#options.input();
    const calls = this.#calls;
    if (!calls.failed && calls.line) return [calls.line];
    if (!input.state) return [input.loading ? input.strings.loading : ''];
    if (!input.destination.trim()) return [''];
    return this.#preview.status(input.strings, input.touched, calls.failed ? calls.refusedRef : undefined);
  }

  /** The rejection or error of the last call, unless the picker already shows it. */
  message(): string {
    const calls = this.#calls;
    const { state, strings } = this.#options.input();
    return calls.failed && !(state?.error && calls.line === errorMessage(strings, state.error.code, state.error.cause))
      ? calls.line
      : '';
  }

  async #place(request: CallRequest): Promise<CallDetail> {
    const call = await this.#calls.place(this.#options.ready(), request, this.#options.input().strings);
    this.#dialed = this.#overriddenRule = undefined;
    return call;
  }
}
