/**
 * The precedence chain (domain rules 4 to 6): requested → field rule → prefix rule → selector
 * hook → per-call choice → agent default → account default → first permitted. Pure functions of
 * a parsed config, the agent's choices and a request.
 * @module
 */
import { messagesEn, refusalMessage } from '../messages.js';
import type { ParsedConfig } from './config.js';
import { toE164 } from './e164.js';
import type { RefusedNumber, CallFailReason, CallRequest, ClidNumber, ClidRef, ClidSource, MatchedRule, RejectReason, Resolution, TraceStep } from './types.js';

/** The agent's choices the chain reads: ids, kept even while not permitted. */
export interface Choices {
  readonly call: string | null;
  readonly default: string | null;
}

/** What a selector hook may answer: a ref, a number object, or nothing (falls through). */
export type SelectorAnswer = ClidRef | Pick<ClidNumber, 'id'> | null | undefined;

/**
 * The custom selector hook (rule 4.4). It receives the request (destination normalised) and may
 * answer synchronously or with a promise; `null`/`undefined` falls through to the next step.
 */
export type ClidSelector = (request: CallRequest) => SelectorAnswer | PromiseLike<SelectorAnswer>;

/**
 * Why a call cannot be placed (or resolved): `reason` is the machine word, the message is for the
 * agent (in English; the elements word it in the agent's language). `requested` is the ref that
 * could not be used, as given; `refused` names the account's number behind it, when it is one; `source` the
 * step that offered it; `destination` the call's destination (E.164), when there is a call.
 *
 * @example
 * store.placeCall({ destination: '+442079460000', requested: '+0 12' })
 *   .catch((e: ClidCallError) => e.reason); // 'invalid'
 */
export class ClidCallError extends Error {
  declare readonly reason: CallFailReason;
  declare readonly requested?: string;
  declare readonly source?: ClidSource | 'select';
  declare readonly refused?: RefusedNumber;
  declare readonly destination?: string;
  constructor(reason: CallFailReason, requested?: string, source?: ClidSource | 'select', refused?: RefusedNumber, destination?: string) {
    super(
      reason === 'no-permitted-number'
        ? messagesEn.noneAllowed
        : reason === 'invalid-destination'
          ? `${JSON.stringify(requested)} is not a valid E.164 destination`
          : refusalMessage(messagesEn, { reason, requested, refused, destination }, (n) => n),
    );
    this.name = 'ClidCallError';
    Object.assign(this, { reason, requested, source, refused, destination });
  }
}

/** The account's number behind a ref (an id or an E.164 number), permitted or not. */
const lookup = (c: ParsedConfig, ref: string): ClidNumber | undefined => {
  const e164 = toE164(ref);
  return c.byId.get(ref) ?? (e164 === null ? undefined : c.byNumber.get(e164));
};

/**
 * Checks a ref (id or E.164) against the config, in rule 6's order: the number, or why not.
 *
 * @example
 * check(config, 'uk');      // { id: 'uk', number: '+44…' }
 * check(config, '+0 12');   // 'invalid'
 */
export function check(c: ParsedConfig, ref: unknown): ClidNumber | RejectReason {
  if (typeof ref !== 'string') return 'invalid';
  const n = lookup(c, ref);
  return !n ? (toE164(ref) ? 'not-configured' : 'invalid') : c.permitted.has(n) ? n : 'not-permitted';
}

/** The refusal of `ref` for `reason`, naming the account's number behind it when there is one. */
export const refuse = (c: ParsedConfig, ref: unknown, reason: RejectReason, source: ClidSource | 'select', destination?: string): ClidCallError => {
  const requested = typeof ref === 'string' ? ref : JSON.stringify(ref);
  const n = typeof ref === 'string' ? lookup(c, ref) : undefined;
  return new ClidCallError(reason, requested, source, n && (n.name ? { name: n.name, number: n.number } : { number: n.number }), destination);
};

/** A usable answer, or a rejection thrown (never a silent swap). */
export function take(c: ParsedConfig, ref: unknown, source: ClidSource, trace: TraceStep[], destination: string, rule?: MatchedRule): Resolution {
  const n = check(c, ref);
  if (typeof n === 'string') {
    trace.push(`${source}:rejected`);
    throw refuse(c, ref, n, source, destination);
  }
  trace.push(`${source}:match`);
  return rule ? { clid: n, source, rule, trace } : { clid: n, source, trace };
}

/** A remembered choice, taken when permitted and passed over (kept) when not. */
function choice(c: ParsedConfig, id: string | null, source: 'call' | 'agent-default', trace: TraceStep[]): Resolution | undefined {
  if (id === null) return void trace.push(`${source}:skip`);
  const n = c.byId.get(id);
  if (n && c.permitted.has(n)) {
    trace.push(`${source}:match`);
    return { clid: n, source, trace };
  }
  trace.push(`${source}:not-permitted`);
  return undefined;
}

/**
 * The destination in E.164, or throws `invalid-destination`.
 *
 * @example
 * destinationOf({ destination: '+1 415 555 0100' }); // '+14155550100'
 */
export function destinationOf(request: CallRequest): string {
  const d = toE164(request?.destination);
  if (d === null) throw new ClidCallError('invalid-destination', String(request?.destination));
  return d;
}

/**
 * Steps before the selector hook: (manual: per-call choice), requested, field rule, prefix rule.
 * Returns the resolution, or `undefined` to go on; throws a {@link ClidCallError} to reject.
 */
export function head(c: ParsedConfig, choices: Choices, request: CallRequest, destination: string, trace: TraceStep[]): Resolution | undefined {
  if (request.manual) {
    const r = choice(c, choices.call, 'call', trace);
    if (r) return r;
  }
  const requested = request.requested;
  if (requested != null && requested !== '') return take(c, requested, 'requested', trace, destination);
  trace.push('requested:skip');
  const record = request.record;
  if (record && c.fields.length) {
    for (const rule of c.fields) if (record[rule.field] === rule.value) return take(c, rule.number, 'field-rule', trace, destination, rule);
  }
  trace.push('field-rule:none');
  const prefix = c.prefixes.find(destination);
  if (prefix !== undefined) {
    const rule = c.prefixRule(prefix);
    return take(c, rule.number, 'prefix-rule', trace, destination, rule);
  }
  trace.push('prefix-rule:none');
  return undefined;
}

/** Steps after the selector hook: per-call choice, agent default, account default, fallback. */
function tail(c: ParsedConfig, choices: Choices, request: CallRequest, trace: TraceStep[]): Resolution {
  const r = (!request.manual && choice(c, choices.call, 'call', trace)) || choice(c, choices.default, 'agent-default', trace);
  if (r) return r;
  const account = c.accountDefault;
  if (account && c.permitted.has(account)) {
    trace.push('account-default:match');
    return { clid: account, source: 'account-default', trace };
  }
  trace.push('account-default:not-permitted');
  const first = c.numbers[0];
  if (!first) throw new ClidCallError('no-permitted-number');
  trace.push('fallback:match');
  return { clid: first, source: 'fallback', trace };
}

/** The id or ref of a selector's answer. */
const answerRef = (a: SelectorAnswer): unknown => (typeof a === 'object' && a !== null ? a.id : a);

/** Whether `v` is a promise-like. */
export const isThenable = (v: unknown): v is PromiseLike<unknown> =>
  typeof (v as PromiseLike<unknown> | null)?.then === 'function';

/**
 * The whole chain, synchronously. A selector hook is called; if it answers with a promise, the
 * step is passed over (`selector:async` in the trace) and the result is only a preview.
 *
 * @example
 * resolveChain(config, { call: null, default: null }, { destination: '+442079460000' });
 * // { clid: { id: 'uk', … }, source: 'prefix-rule', rule: { kind: 'prefix', prefix: '+44', … }, trace: [...] }
 */
export function resolveChain(c: ParsedConfig, choices: Choices, request: CallRequest, selector?: ClidSelector): Resolution {
  const trace: TraceStep[] = [];
  const destination = destinationOf(request);
  const r = head(c, choices, request, destination, trace);
  if (r) return r;
  if (selector) {
    let answer: unknown;
    let step: TraceStep = 'selector:none';
    try {
      answer = selector(request.destination === destination ? request : { ...request, destination });
    } catch {
      step = 'selector:threw';
    }
    if (isThenable(answer)) {
      answer.then(undefined, () => {});
      answer = null;
      step = 'selector:async';
    }
    return afterHook(c, choices, request, trace, step, answer);
  }
  trace.push('selector:skip');
  return tail(c, choices, request, trace);
}

/** The selector's answer taken (or `step` traced when it gave none), then the rest of the chain. */
export function afterHook(c: ParsedConfig, choices: Choices, request: CallRequest, trace: TraceStep[], step: TraceStep, answer: unknown): Resolution {
  if (answer != null) return take(c, answerRef(answer as SelectorAnswer), 'selector', trace, destinationOf(request));
  trace.push(step);
  return tail(c, choices, request, trace);
}
