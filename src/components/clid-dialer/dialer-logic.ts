/**
 * What the dialer runs once the agent types, calls or clicks a click-to-dial link: the preview
 * (`preview.ts`) and placing calls (`place-call.ts`), with the texts only these show. The chunk
 * `ClidDialer.loadLogic` loads (see `lazy.ts`). It reads the dialer through a {@link DialerLink}
 * and answers with what the dialer renders ({@link DialerView}) or does ({@link DialerEffect}).
 *
 * @example
 * const { DialerLogic } = await ClidDialer.loadLogic();
 * const logic = new DialerLogic({ input, ready, kit, events: dialer, update });
 * await logic.dial('+44 20 7946 0123', {});
 * @module
 */
import { readNumber } from '../../phone/parsed-number.js';
import type { PhoneKit } from '../../phone/types.js';
import {
  ClidCallError,
  toE164,
  type CallDetail,
  type CallOutcome,
  type CallRequest,
  type ClidStore,
} from '../../store/index.js';
import { errorMessage } from '../../messages.js';
import { registerDefaultStrings } from '../../strings.js';
import type { DialerKit } from './dialer-kit.js';
import { en } from './dialer-logic.strings.js';
import { isWaiting, statusLine, type DialerInput, type DialerView } from './dialer-view.js';
import { CallPlacement, type DialError, type DialOptions } from './place-call.js';
import { Preview, typedCall, type PreviewInput, type StatusKind } from './preview.js';
import { lazy } from '../../lazy.js';
import type { Where } from './where.js';

registerDefaultStrings(en);

/** The where-the-call-goes chunk, once it has arrived. */
let whereModule: typeof import('./where.js') | undefined;
/** Fetches it (once for every dialer; again after a failure): only a valid destination needs it. */
const loadWhere = lazy(() =>
  import('./where.js').then((module) => {
    whereModule = module;
    return module;
  }),
);

/** A phone kit for when the real one cannot be loaded: E.164 input only. */
const E164_ONLY: PhoneKit = { parse: (text) => toE164(text) ?? 'invalid', format: (text) => text };

/** Something the dialer does for its logic (besides rendering again). */
export type DialerEffect =
  /**
   * The field shows `text`: a `dial()` request's destination, or what was typed, formatted once
   * the kit or a destination's metadata arrived (`unlessEditing`: not while the caret is inside it).
   */
  | { readonly kind: 'show'; readonly text: string; readonly unlessEditing?: boolean }
  /** The focus moves to the embedded picker (after a refused `dial()`). */
  | { readonly kind: 'focus-picker' }
  /** The agent's per-call choice is dropped (another rule's destination brings the automatic one back). */
  | { readonly kind: 'clear-call' };

/** What the logic reads from, and does through, its dialer. */
export interface DialerLink {
  /** What the dialer has now. */
  input(): DialerInput;
  /** The store, once there is one (waits for the config). */
  ready(): Promise<ClidStore>;
  /** The dialer's phone kit. */
  readonly kit: DialerKit;
  /** Where the call events go (the dialer). */
  readonly events: EventTarget;
  /** Renders the dialer again, after doing `effect`, if one is given. */
  update(effect?: DialerEffect): void;
}

/** One dialer's parsing, preview and calls. */
export class DialerLogic {
  #preview: Preview;
  #calls: CallPlacement;
  /** This logic has taken the kit in (formatted the field once it arrived; see {@link useKit}). */
  #kitTaken?: Promise<PhoneKit>;
  /** The `dial()` or click-to-dial request whose destination the field shows. */
  #dialed?: CallRequest;
  /** The automatic choice the agent overrode with a per-call choice (see {@link overridden}). */
  #overriddenRule?: string;
  /** Where the destination is, and the minute timer that keeps its local time current (once its chunk is here). */
  #where?: Where;

  readonly #link: DialerLink;

  constructor(link: DialerLink) {
    this.#link = link;
    const update = (): void => link.update();
    this.#preview = new Preview(update, (kit) => this.#format(kit));
    this.#calls = new CallPlacement(link.events, update);
    if (link.kit.loading) this.useKit().catch(() => {});
  }

  /**
   * Takes the phone kit in when it arrives (once): what was typed before it is formatted. Starts
   * loading it if the dialer has not.
   */
  useKit(): Promise<PhoneKit> {
    this.#kitTaken ??= this.#link.kit.load().then(() => {
      const kit = this.#kit ?? E164_ONLY;
      this.#format(kit);
      return kit;
    });
    return this.#kitTaken;
  }

  /**
   * See `ClidDialer.dial`. The destination shows in the field; a refused request moves the focus
   * to the picker, so one choice and Enter on Call place the call (with the request's record).
   */
  async dial(destination: string, options: DialOptions): Promise<CallDetail> {
    const kit = await this.useKit();
    const region = this.#link.input().region;
    await kit.load?.(destination, region)?.catch(() => {});
    this.#link.update({ kind: 'show', text: kit.format(destination, region) });
    const parsed = readNumber(kit, destination, region);
    this.#dialed = undefined;
    if (!parsed.valid) {
      const message = this.#link.input().strings[`bad-${parsed.problem}`];
      throw this.#calls.fail(new ClidCallError({ reason: 'invalid-destination', requested: destination, message }));
    }
    const request = { ...options, destination: parsed.e164 };
    this.#dialed = request;
    // Where the call goes, for its `clid-call` detail: the data of one calling code, small and cached.
    await loadWhere()
      .then((module) => module.placeOf(parsed.e164))
      .catch(() => null);
    try {
      return await this.#place(request);
    } catch (error) {
      if ((error as DialError).reason !== 'no-config') this.#link.update({ kind: 'focus-picker' });
      throw error;
    }
  }

  /**
   * The agent chose a number in the embedded picker: their choice for the next call, over the
   * automatic one, until the call is placed or the destination changes to one another rule covers.
   */
  overridden(): void {
    this.#overriddenRule = this.#preview.automaticRule();
  }

  /**
   * The Call button and Enter: places the typed destination if it is valid and resolved. Returns
   * `false` (and does nothing) while the dialer is waiting (see {@link DialerView.waiting}).
   */
  callTyped(): boolean {
    if (this.#waiting(this.#link.input())) return false;
    const parsed = this.#preview.parsed;
    if (parsed?.valid) this.#place(typedCall(parsed.e164, this.#previewInput())).catch(() => {});
    return true;
  }

  /** The field's text as the agent types at its end (formatted; not while deleting). A new destination clears the last call's line. */
  typed(text: string, atEnd: boolean, deleting: boolean): string {
    this.#calls.clearLine();
    const kit = this.#kit;
    return kit && atEnd && !deleting ? kit.format(text, this.#link.input().region) : text;
  }

  /**
   * Tells the store how a call this dialer placed ended (see `ClidDialer.reportOutcome`).
   * @throws TypeError for a call the store does not know, or an unknown outcome.
   */
  async reportOutcome(callId: string, outcome: CallOutcome): Promise<void> {
    (await this.#link.ready()).reportOutcome(callId, outcome);
  }

  /** The dialer was removed: nothing of this logic keeps running (the minute timer stops). */
  stop(): void {
    this.#where?.stop();
  }

  /** Works the preview out again if what it depends on changed (call before each render). */
  update(): void {
    this.#preview.update(this.#previewInput());
    const parsed = this.#preview.parsed;
    const destination = this.#link.input().destination.trim() && parsed?.valid ? parsed.e164 : undefined;
    if (this.#where) this.#where.show(destination);
    else if (destination) this.#startWhere();
    const overridden = this.#overriddenRule;
    if (overridden !== undefined && this.#link.input().state?.callChoice) {
      const now = this.#preview.automaticRule();
      // Another rule covers the new destination: its automatic choice comes back.
      if (now && now !== overridden) {
        this.#overriddenRule = undefined;
        queueMicrotask(() => this.#link.update({ kind: 'clear-call' }));
      }
    }
  }

  /** What the dialer renders now. */
  view(): DialerView {
    const input = this.#link.input();
    const [status, statusKind] = this.#status(input);
    return {
      status,
      statusKind,
      message: this.#message(input),
      waiting: this.#waiting(input),
      busy: this.#calls.busy,
      refused: this.#calls.failed,
      presentation: input.destination.trim() ? this.#preview.presentation(input.strings, input.lang) : undefined,
      ...this.#whereView(input),
    };
  }

  /** Where the call goes and the time there, and the calling-hours warning (see {@link DialerView}). */
  #whereView({ strings, lang, callingHours }: DialerInput): Pick<DialerView, 'where' | 'outsideHours'> {
    return this.#where?.view(strings, lang, callingHours) ?? { where: '', outsideHours: '' };
  }

  /** Fetches the where-the-call-goes chunk; the dialer renders again once it is here (and shows it). */
  #startWhere(): void {
    loadWhere()
      .then(({ Where }) => {
        this.#where ??= new Where(() => {
          this.#link.update();
        });
        this.#link.update();
      })
      .catch(() => {});
  }

  /** The phone kit once it has arrived (E.164 input only if it could not be loaded). */
  get #kit(): PhoneKit | undefined {
    const { kit } = this.#link.kit;
    return kit === null ? E164_ONLY : kit;
  }

  #waiting(input: DialerInput): boolean {
    return isWaiting(input, this.#calls.busy, this.#preview.pending);
  }

  #previewInput(): PreviewInput {
    const kit = this.#kit;
    return { ...this.#link.input(), kit, dialed: this.#dialed, busy: this.#calls.busy };
  }

  /** The field shows what was typed formatted by `kit` (unless the agent is editing inside it). */
  #format(kit: PhoneKit): void {
    const { destination, region } = this.#link.input();
    this.#link.update({ kind: 'show', text: kit.format(destination, region), unlessEditing: true });
  }

  /** The status line and how it reads: the last call's line, else the preview's (see {@link Preview.status}). */
  #status(input: DialerInput): [string, StatusKind?] {
    const calls = this.#calls;
    if (!calls.failed && calls.line) return [calls.line];
    const refusedRef = calls.failed ? calls.refusedRef : undefined;
    return statusLine(input, () => this.#preview.status(input.strings, input.touched, refusedRef, input.lang));
  }

  /** The rejection or error of the last call, unless the picker already shows it. */
  #message({ state, strings }: DialerInput): string {
    const calls = this.#calls;
    if (!calls.failed) return '';
    const error = state?.error;
    if (error && calls.line === errorMessage(strings, error.code, error.cause)) return '';
    return calls.line;
  }

  async #place(request: CallRequest): Promise<CallDetail> {
    const call = await this.#calls.place(this.#link.ready(), request, this.#link.input().strings, (detail) =>
      whereModule ? whereModule.withPlace(detail) : detail,
    );
    this.#dialed = undefined;
    this.#overriddenRule = undefined;
    return call;
  }
}
