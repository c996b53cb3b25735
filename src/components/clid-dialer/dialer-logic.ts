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
import type { PhoneKit, PhoneProblem } from '../../phone/parse.js';
import { ClidCallError, toE164, type CallDetail, type CallRequest, type ClidStore } from '../../store/index.js';
import { registerDefaultStrings, type ClidStrings } from '../../strings.js';
import type { DialerStrings } from './clid-dialer.strings.js';
import { de, en } from './dialer-logic.strings.js';
import { CallPlacement, type DialOptions } from './place-call.js';
import { Preview, typedCall, type PreviewInput, type StatusKind } from './preview.js';

registerDefaultStrings({ en, de });

/** What the dialer has now, as its logic reads it. */
export interface DialerInput extends Omit<PreviewInput, 'kit'> {
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

  constructor(private readonly options: DialerLogicOptions) {
    this.#preview = new Preview(options.requestUpdate);
    this.#calls = new CallPlacement(options.events, options.requestUpdate);
  }

  /** A call is being placed. */
  get busy(): boolean {
    return this.#calls.busy;
  }

  /** Takes the phone kit when it arrives (once; E.164 input only if it could not be loaded). */
  useKit(): Promise<PhoneKit> {
    return (this.#kit ??= this.options.kit().then((kit) => {
      const arrived = (this.kit = kit ?? E164_ONLY);
      this.options.kitArrived(arrived);
      this.options.requestUpdate();
      return arrived;
    }));
  }

  /** See `ClidDialer.dial`. */
  async dial(destination: string, options: DialOptions): Promise<CallDetail> {
    const parsed = (await this.useKit()).parse(destination, this.options.input().region);
    if (parsed[0] !== '+') {
      const message = this.options.input().strings[`bad-${parsed as PhoneProblem}`];
      throw this.#calls.fail(Object.assign(new ClidCallError('invalid-destination', destination), { message }));
    }
    return this.#place({ ...options, destination: parsed });
  }

  /** Nothing to place yet: disabled, a call in flight, or the destination still being checked. */
  get waiting(): boolean {
    const input = this.options.input();
    return input.disabled || this.busy || (!!input.destination.trim() && this.#preview.pending);
  }

  /** The Call button and Enter: places the typed destination if it is valid and resolved. */
  callTyped(): void {
    const parsed = this.#preview.parsed;
    if (parsed?.[0] === '+') this.#place(typedCall(parsed, this.options.input())).catch(() => {});
  }

  /** The field's text as the agent types at its end (formatted; not while deleting). A new destination clears the last call's line. */
  typed(text: string, atEnd: boolean, deleting: boolean): string {
    this.#calls.clearLine();
    return this.kit && atEnd && !deleting ? this.kit.format(text, this.options.input().region) : text;
  }

  /** Works the preview out again if what it depends on changed (call before each render). */
  update(): void {
    this.#preview.update({ ...this.options.input(), kit: this.kit });
  }

  /** The status line and how it reads (see {@link Preview.status}). */
  status(): [string, StatusKind?] {
    const input = this.options.input();
    const calls = this.#calls;
    if (!calls.failed && calls.line) return [calls.line];
    if (!input.state) return [input.loading ? input.strings.loading : ''];
    if (!input.destination.trim()) return [''];
    return this.#preview.status(input.strings, input.state, input.touched);
  }

  /** The rejection or error of the last call, unless the picker already shows it. */
  message(): string {
    const calls = this.#calls;
    return calls.failed && calls.line !== this.options.input().state?.error?.message ? calls.line : '';
  }

  #place(request: CallRequest): Promise<CallDetail> {
    return this.#calls.place(this.options.ready(), request, this.options.input().strings);
  }
}
