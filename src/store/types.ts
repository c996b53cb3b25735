/**
 * Public types of the headless store (`clid-picker/store`).
 * @module
 */

/** A callback number (outbound CLID) after parsing: our shape, whatever shape it came in. */
export interface ClidNumber {
  /** Stable id (VCC's `callbackNumberId`). */
  readonly id: string;
  /** E.164 number (VCC's `callbackNumberClid`), normalised: `+` and digits only. */
  readonly number: string;
  /** User-friendly name (VCC's `callbackNumberName`), shown first wherever numbers are listed. */
  readonly name?: string;
  /** Call-analytics language (BCP 47) tied to this number. */
  readonly language?: string;
  /** Call-analytics categorization profile tied to this number. */
  readonly analyticsProfile?: string;
  /** Free tags (e.g. `sales`, `campaign`). */
  readonly tags?: readonly string[];
  /** What the account's number-reputation source says of the number; absent = `healthy`. */
  readonly health?: NumberHealth;
}

/**
 * A number's reputation with carriers: `flagged` = shown to called parties as likely spam (never
 * chosen automatically); `blocked` = carriers block it or the account withdrew it (never presented);
 * `at-risk` = a softer warning.
 */
export type NumberHealth = 'healthy' | 'at-risk' | 'flagged' | 'blocked';

/** How a placed call ended, as `store.reportOutcome(callId, outcome)` is told. */
export type CallOutcome = 'answered' | 'voicemail' | 'no-answer' | 'busy' | 'failed';

/** A local-presence level: same area code, same state or province, same country. */
export type LocalPresenceLevel = 'area' | 'region' | 'country';

/** A callback number in VCC's user-admin API shape, accepted as it comes. */
export interface VccCallbackNumber {
  callbackNumberId: string;
  callbackNumberName?: string;
  callbackNumberClid: string;
  [extra: string]: unknown;
}

/** VCC's per-user response, accepted as the permitted set. */
export interface VccUserCallbackNumbers {
  userId?: string | number;
  agentDisplayId?: string | number;
  callbackNumbers: readonly PermittedInput[];
}

/** A number as it may appear in a config: our shape, VCC's shape, or a bare E.164 string. */
export type NumberInput =
  | string
  | VccCallbackNumber
  | {
      id?: string | number;
      number: string;
      name?: string;
      language?: string;
      analyticsProfile?: string;
      tags?: readonly string[];
      health?: NumberHealth;
    };

/** An entry of the permitted list: a ref, or a number object (ours or VCC's) matched by id, else number. */
export type PermittedInput =
  | ClidRef
  | {
      id?: string | number;
      number?: string;
      callbackNumberId?: string;
      callbackNumberClid?: string;
      [extra: string]: unknown;
    };

/** A reference to a number: its `id` or its E.164 number. */
export type ClidRef = string;

/** A field rule: when `record[field] === value`, present `number`. */
export interface FieldRuleInput {
  field: string;
  value: string | number | boolean;
  number: ClidRef;
}

/** A prefix rule: when the destination starts with `prefix` (digits, `+` optional), present `number`. */
export interface PrefixRuleInput {
  prefix: string | number;
  number: ClidRef;
}

/** The store's configuration (see the README, "Config"). */
export interface ClidConfig {
  /** Part of the key under which the agent default is remembered. */
  accountId?: string | number;
  /** Part of the key under which the agent default is remembered (VCC's `userId` when absent). */
  agentId?: string | number;
  /** The account's callback numbers, in display order. */
  numbers: readonly NumberInput[];
  /** Id or E.164 of the account default; absent = the first number. */
  accountDefault?: ClidRef | null;
  /** Numbers this agent may present: refs, numbers, or VCC's per-user response. Absent/null = all. */
  permitted?: readonly PermittedInput[] | VccUserCallbackNumbers | null;
  /** Automatic-selection rules. */
  rules?: {
    fields?: readonly FieldRuleInput[];
    prefixes?: readonly PrefixRuleInput[];
    /** Present the number that last reached this destination (after `answered` / `voicemail`); default 90 days. */
    sticky?: true | { days?: number };
    /** Present the permitted number nearest the destination (area code, then state or province, then country). */
    localPresence?: true | { tag?: string };
  } | null;
  /** The agent may not change the selection. */
  locked?: boolean;
}

/** A rule that chose a number, as given in a resolution and a `call` detail. */
export type MatchedRule =
  | {
      readonly kind: 'field';
      readonly index: number;
      readonly field: string;
      readonly value: string | number | boolean;
      readonly number: string;
    }
  | { readonly kind: 'prefix'; readonly index: number; readonly prefix: string; readonly number: string };

/** What chose a call's number automatically: a config rule, a sticky number, or local presence. */
export type ResolvedRule =
  | MatchedRule
  /** `since`: ISO date of the outcome that made the number stick. */
  | { readonly kind: 'sticky'; readonly since: string }
  /** `place`: the area, region or country in English, e.g. `"California"`. */
  | { readonly kind: 'local-presence'; readonly level: LocalPresenceLevel; readonly place: string };

/** Which step of the precedence chain chose a call's number. */
export type ClidSource =
  | 'requested'
  | 'field-rule'
  | 'prefix-rule'
  | 'selector'
  | 'sticky'
  | 'local-presence'
  | 'call'
  | 'agent-default'
  | 'account-default'
  | 'fallback';

/**
 * What happened at one step: `skip` (nothing to try), `none` (tried, nothing matched, or the hook
 * answered null), `match`, `rejected`, `not-permitted` (a default or choice that is not permitted
 * is passed over), `threw` / `timeout` (the selector hook failed and was passed over), `async`
 * (`resolveSync` met an async hook and passed over it). Second release: `blocked` / `flagged` (a
 * default, choice or sticky number with that health is passed over), `unavailable` (the sticky
 * memory could not be read from storage), `not-loaded` (`resolveSync` before the sticky memory or
 * the place data arrived; the load is started), `no-area` / `no-region` / `no-country` (local
 * presence found no candidate at that level).
 */
export type TraceOutcome =
  | 'skip'
  | 'none'
  | 'match'
  | 'rejected'
  | 'not-permitted'
  | 'threw'
  | 'timeout'
  | 'async'
  | 'blocked'
  | 'flagged'
  | 'unavailable'
  | 'not-loaded'
  | 'no-area'
  | 'no-region'
  | 'no-country';

/** One trace entry, e.g. `'prefix-rule:match'` or `'selector:timeout'`. */
export type TraceStep = `${ClidSource}:${TraceOutcome}`;

/** The kinds of call the same choice serves (rule 8). */
export type CallKind = 'outbound' | 'consult' | 'transfer';

/** A dial request (click-to-dial, campaign entry, or a number typed by the agent). */
export interface CallRequest {
  /** E.164 destination; spaces, dashes, dots and parentheses are removed. */
  destination: string;
  /** The dialed record's fields, matched by field rules (`record[field] === value`). */
  record?: Readonly<Record<string, unknown>>;
  /** A number requested explicitly with this dial request (id or E.164). */
  requested?: ClidRef | null;
  dialListId?: string;
  dialEntryId?: string;
  /** `outbound` (default), `consult` or `transfer`. */
  kind?: CallKind;
  /**
   * The agent typed this call into the dialer: an explicit per-call choice then comes first,
   * before the requested number and the rules.
   */
  manual?: boolean;
}

/** What would be presented, and why. */
export interface Resolution {
  readonly clid: ClidNumber;
  readonly source: ClidSource;
  readonly rule?: ResolvedRule;
  /** The steps tried, in order; the last one is the match. */
  readonly trace: readonly TraceStep[];
}

/** Detail of the `call` event, and what `placeCall` resolves with. */
export interface CallDetail {
  readonly callId: string;
  readonly destination: string;
  readonly clid: ClidNumber;
  readonly source: ClidSource;
  readonly rule?: ResolvedRule;
  readonly kind: CallKind;
  readonly record?: Readonly<Record<string, unknown>>;
  /** Where the destination is, in English (e.g. `"San Francisco, CA"`), when known. */
  readonly place?: string;
  /** The destination's IANA time zones, when known. */
  readonly timeZones?: readonly string[];
}

/** Why a number could not be used (rule 6). */
export type RejectReason = 'invalid' | 'not-configured' | 'not-permitted' | 'blocked';

/** Why `placeCall` / `resolve` failed. `invalid-destination`: the destination is not E.164. */
export type CallFailReason = RejectReason | 'no-permitted-number' | 'invalid-destination';

/** Codes of the `error` event. */
export type ClidErrorCode = 'config-load' | 'config-invalid' | 'storage' | 'no-permitted-number';

/** Detail of the `error` event; also the shape of `state.error`. */
export interface ErrorDetail {
  readonly code: ClidErrorCode;
  /** What the agent reads (the store's own events: English; the elements': the agent's language). */
  readonly message: string;
  /** The technical cause, in English, where there is one (a storage fault, a config problem with its path). */
  readonly cause?: string;
}

/** A refused number as messages name it: its name and number, not the number object. */
export interface RefusedNumber {
  readonly name?: string;
  readonly number: string;
}

/** Detail of the `rejected` event. */
export interface RejectedDetail {
  /** The ref that could not be used, as given. */
  readonly requested: string;
  readonly reason: RejectReason;
  /**
   * What the agent reads: which call was not placed, which number was refused and why, and what
   * to do next (the store's own events: English; the elements': the agent's language).
   */
  readonly message: string;
  /** Which step offered it: `requested`, `field-rule`, `prefix-rule`, `selector`, or `select`. */
  readonly source: 'requested' | 'field-rule' | 'prefix-rule' | 'selector' | 'select';
  /**
   * How the account names the number behind `requested`, when it is one (a number this agent may
   * not use), for messages; never a number object (rule 1: no unusable number is emitted).
   */
  readonly refused?: RefusedNumber;
  /** E.164 destination of the call that was not placed (absent when a plain choice was refused). */
  readonly destination?: string;
}

/** Scope of a selection: this call only, or the agent default. */
export type SelectScope = 'call' | 'default';

/** Detail of the `change` event. */
export interface ChangeDetail {
  readonly clid: ClidNumber | null;
  readonly scope: SelectScope;
}

/** Detail of the `default-change` event. */
export interface DefaultChangeDetail {
  readonly clid: ClidNumber | null;
}

/** Which step gives the selection shown before dialing (the automatic rules aside). */
export type SelectedSource = 'call' | 'agent-default' | 'account-default' | 'fallback';

/** The store's state: an immutable snapshot, the same object until something changes. */
export interface ClidState {
  /** The permitted numbers, in display (list) order. */
  readonly numbers: readonly ClidNumber[];
  /** The number the next call uses when no request or rule decides: `null` with none permitted. */
  readonly selected: ClidNumber | null;
  /** Why `selected` is what it is; `null` with none permitted. */
  readonly selectedSource: SelectedSource | null;
  /** The per-call choice, while it is permitted. */
  readonly callChoice: ClidNumber | null;
  /** The agent default, while it is permitted (it stays remembered while not). */
  readonly agentDefault: ClidNumber | null;
  /** The remembered agent default's id, permitted or not. */
  readonly rememberedDefault: string | null;
  /** The account default, while it is permitted. */
  readonly accountDefault: ClidNumber | null;
  /** The agent may not change the selection. */
  readonly locked: boolean;
  /** What is wrong now: no permitted number, or a storage fault (the store works in memory). */
  readonly error: ErrorDetail | null;
}
