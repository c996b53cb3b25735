/**
 * The precedence chain (domain rules 4 to 6): requested → field rule → prefix rule → selector
 * hook → sticky → local presence → per-call choice → agent default → account default → fallback.
 * Sticky and local presence come from the store ({@link ChainInput.automatic}). Pure functions of
 * a parsed config, the agent's choices and a request.
 * @module
 */
import { isBlocked, type ParsedConfig } from './config.js';
import { toE164 } from './e164.js';
import { ClidCallError } from './call-error.js';
import type {
  CallRequest,
  ClidNumber,
  ClidRef,
  ClidSource,
  MatchedRule,
  RejectReason,
  ResolvedRule,
  Resolution,
  TraceStep,
} from './types.js';

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
 * Checks a ref (an id or an E.164 number) against the config, in rule 6's order: the permitted
 * number, or its refusal (`invalid`, `not-configured`, `not-permitted`, `blocked`) by `source`. A refusal
 * names the account's number behind the ref when there is one, by name and number only: rule 1
 * never lets an unusable number object out.
 *
 * @example
 * usable(config, 'uk', 'select');    // { id: 'uk', number: '+44…' }
 * usable(config, '+0 12', 'select'); // ClidCallError, reason 'invalid'
 */
export function usable(
  c: ParsedConfig,
  ref: unknown,
  source: ClidSource | 'select',
  destination?: string,
): ClidNumber | ClidCallError {
  const e164 = toE164(ref);
  const n = typeof ref === 'string' ? (c.byId.get(ref) ?? (e164 ? c.byNumber.get(e164) : undefined)) : undefined;
  let reason: RejectReason = 'invalid';
  if (n && c.permitted.has(n)) {
    if (!isBlocked(n)) return n;
    reason = 'blocked';
  } else if (n) reason = 'not-permitted';
  else if (e164) reason = 'not-configured';
  return new ClidCallError({
    reason,
    requested: typeof ref === 'string' ? ref : JSON.stringify(ref),
    source,
    refused: n && (n.name ? { name: n.name, number: n.number } : { number: n.number }),
    destination,
  });
}

/** The resolution that step `source` found, with `source:match` in its trace. */
export function matched(clid: ClidNumber, source: ClidSource, trace: TraceStep[], rule?: ResolvedRule): Resolution {
  trace.push(`${source}:match`);
  return { clid, source, ...(rule && { rule }), trace };
}

/** A usable answer, or a rejection thrown (never a silent swap). */
function take(
  c: ParsedConfig,
  ref: unknown,
  source: ClidSource,
  trace: TraceStep[],
  destination: string,
  rule?: MatchedRule,
): Resolution {
  const n = usable(c, ref, source, destination);
  if (!(n instanceof ClidCallError)) return matched(n, source, trace, rule);
  trace.push(`${source}:rejected`);
  throw n;
}

/**
 * A remembered choice or a default (by id), taken when permitted and passed over (kept) when not,
 * or when `blocked`.
 */
function choice(
  c: ParsedConfig,
  id: string | null | undefined,
  source: ClidSource,
  trace: TraceStep[],
): Resolution | undefined {
  if (id === null || id === undefined) {
    trace.push(`${source}:skip`);
    return undefined;
  }
  const n = c.byId.get(id);
  const permitted = n && c.permitted.has(n);
  if (permitted && !isBlocked(n)) return matched(n, source, trace);
  trace.push(`${source}:${permitted ? 'blocked' : 'not-permitted'}`);
  return undefined;
}

/**
 * The destination in E.164, or throws `invalid-destination`.
 *
 * @example
 * destinationOf({ destination: '+1 415 555 0100' }); // '+14155550100'
 */
export function destinationOf(request: CallRequest): string {
  // Plain-JS callers may pass anything.
  const destination: unknown = (request as CallRequest | undefined)?.destination;
  const d = toE164(destination);
  if (d === null) throw new ClidCallError({ reason: 'invalid-destination', requested: String(destination) });
  return d;
}

/**
 * Steps before the selector hook: (manual: per-call choice), requested, field rule, prefix rule.
 * Returns the resolution, or `undefined` to go on; throws a {@link ClidCallError} to reject.
 */
function head(
  input: ChainInput,
  request: CallRequest,
  destination: string,
  trace: TraceStep[],
): Resolution | undefined {
  const c = input.config;
  const manual = request.manual && choice(c, input.call, 'call', trace);
  if (manual) return manual;
  const requested = request.requested;
  if (requested !== null && requested !== undefined && requested !== '')
    return take(c, requested, 'requested', trace, destination);
  trace.push('requested:skip');
  const record = request.record;
  if (record)
    for (const rule of c.fields)
      if (record[rule.field] === rule.value) return take(c, rule.number, 'field-rule', trace, destination, rule);
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
function tail(input: ChainInput, request: CallRequest, trace: TraceStep[]): Resolution {
  const c = input.config;
  // The account default is `null` only for an account without numbers, which throws below.
  const r =
    (request.manual ? undefined : choice(c, input.call, 'call', trace)) ??
    choice(c, input.default, 'agent-default', trace) ??
    choice(c, c.accountDefault?.id, 'account-default', trace);
  if (r) return r;
  if (!c.fallback) throw new ClidCallError({ reason: 'no-permitted-number' });
  return matched(c.fallback, 'fallback', trace);
}

/** The id or ref of a selector's answer. */
const answerRef = (a: SelectorAnswer): unknown => (typeof a === 'object' && a !== null ? a.id : a);

/** Whether `v` is a promise-like. */
export const isThenable = (v: unknown): v is PromiseLike<unknown> =>
  typeof (v as PromiseLike<unknown> | null)?.then === 'function';

/** What the chain reads: the config and the agent's choices, as they are when read. */
export interface ChainInput extends Choices {
  readonly config: ParsedConfig;
  /**
   * The automatic steps after the selector hook (sticky, then local presence) for a destination
   * (E.164): a resolution, or `undefined` with their trace steps pushed.
   */
  readonly automatic?: (destination: string, trace: TraceStep[]) => Resolution | undefined;
}

/**
 * The selector step's outcome: its answer, or (when it gave none) the trace step saying why;
 * `selector:none` when it answered `null` or `undefined`.
 */
interface SelectorOutcome {
  readonly answer?: unknown;
  readonly step?: TraceStep;
}

/**
 * The precedence chain, written once. `ask` gives the selector's outcome for the request
 * (destination normalised), now or as a promise; the chain then goes on now or when it settles.
 * The config and choices are read again after the selector step.
 */
function chain(
  read: () => ChainInput,
  request: CallRequest,
  ask?: (request: CallRequest) => SelectorOutcome | Promise<SelectorOutcome>,
): Resolution | Promise<Resolution> {
  const trace: TraceStep[] = [];
  const destination = destinationOf(request);
  const early = head(read(), request, destination, trace);
  if (early) return early;
  const rest = ({ answer, step = 'selector:none' }: SelectorOutcome): Resolution => {
    if (answer !== null && answer !== undefined)
      return take(read().config, answerRef(answer as SelectorAnswer), 'selector', trace, destination);
    trace.push(step);
    const input = read();
    return input.automatic?.(destination, trace) ?? tail(input, request, trace);
  };
  const outcome = ask
    ? ask(request.destination === destination ? request : { ...request, destination })
    : { step: 'selector:skip' as const };
  return outcome instanceof Promise ? outcome.then(rest) : rest(outcome);
}

/** The selector's outcome when asked synchronously: an answer that is a promise is passed over. */
function askNow(selector: ClidSelector, request: CallRequest): SelectorOutcome {
  let answer: unknown;
  try {
    answer = selector(request);
  } catch {
    return { step: 'selector:threw' };
  }
  if (!isThenable(answer)) return { answer };
  answer.then(undefined, () => {});
  return { step: 'selector:async' };
}

/** The selector's outcome, awaited for `ms` at most. */
function askWithin(selector: ClidSelector, request: CallRequest, ms: number): Promise<SelectorOutcome> {
  return new Promise((done) => {
    const timer = setTimeout(() => done({ step: 'selector:timeout' }), ms);
    const end = (outcome: SelectorOutcome): void => {
      clearTimeout(timer);
      done(outcome);
    };
    const threw = (): void => end({ step: 'selector:threw' });
    try {
      Promise.resolve(selector(request)).then((answer) => end({ answer }), threw);
    } catch {
      threw();
    }
  });
}

/**
 * The whole chain, synchronously. A selector hook is called; if it answers with a promise, the
 * step is passed over (`selector:async` in the trace) and the result is only a preview.
 *
 * @example
 * resolveNow(() => ({ config, call: null, default: null }), { destination: '+442079460000' });
 * // { clid: { id: 'uk', … }, source: 'prefix-rule', rule: { kind: 'prefix', prefix: '+44', … }, trace: [...] }
 */
export function resolveNow(read: () => ChainInput, request: CallRequest, selector?: ClidSelector): Resolution {
  return chain(read, request, selector && ((asked) => askNow(selector, asked))) as Resolution;
}

/**
 * The whole chain, waiting up to `timeoutMs` for the selector hook (sync or async). Rejects with
 * a {@link ClidCallError}.
 */
export async function resolveLater(
  read: () => ChainInput,
  request: CallRequest,
  selector: ClidSelector | undefined,
  timeoutMs: number,
): Promise<Resolution> {
  return chain(read, request, selector && ((asked) => askWithin(selector, asked, timeoutMs)));
}
