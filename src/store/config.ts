/**
 * Parsing and validation of the store's config: our shape and VCC's user-admin shapes, as they
 * come. Every problem is reported with its path; nothing half-parsed ever leaves this module.
 * @module
 */
import { stripNumber, toE164 } from './e164.js';
import { PrefixIndex } from './prefix-index.js';
import type { ClidConfig, ClidNumber, MatchedRule } from './types.js';

/** One problem found in a config: where, and what. */
export interface ConfigIssue {
  /** e.g. `numbers[3].number`. */
  readonly path: string;
  /** e.g. `"+0 12" is not a valid E.164 number`. */
  readonly problem: string;
}

/**
 * Thrown by `createClidStore`, `setConfig` and `parseConfig` for an invalid config. The message
 * lists the problems as `path: problem`; `issues` holds them all.
 *
 * @example
 * try { parseConfig({ numbers: ['+0 12'] }); }
 * catch (e) { if (e instanceof ClidConfigError) console.log(e.issues[0].path); } // 'numbers[0]'
 */
export class ClidConfigError extends Error {
  readonly issues: readonly ConfigIssue[];
  constructor(issues: readonly ConfigIssue[]) {
    super(issues.slice(0, 9).map((i) => `${i.path}: ${i.problem}`).join('; ') + (issues.length > 9 ? '; …' : ''));
    this.name = 'ClidConfigError';
    this.issues = issues;
  }
}

/** A config after parsing: numbers normalised, references resolved, rules indexed. */
export interface ParsedConfig {
  /** The config as given. */
  readonly input: ClidConfig;
  readonly accountId: string;
  readonly agentId: string;
  /** Every account number, in list order. */
  readonly all: readonly ClidNumber[];
  readonly byId: ReadonlyMap<string, ClidNumber>;
  readonly byNumber: ReadonlyMap<string, ClidNumber>;
  /** The permitted numbers, in list order. */
  readonly numbers: readonly ClidNumber[];
  readonly permitted: ReadonlySet<ClidNumber>;
  /** The account default (permitted or not), `null` for an account without numbers. */
  readonly accountDefault: ClidNumber | null;
  readonly fields: ReadonlyArray<Extract<MatchedRule, { kind: 'field' }>>;
  /** Prefix → index of the prefix rule. */
  readonly prefixes: PrefixIndex;
  /** The prefix rule at `index` (built when it matches: no object per rule is held). */
  prefixRule(index: number): MatchedRule;
  readonly locked: boolean;
}

type Dict = Record<string, unknown>;
type Fail = (path: string, problem: string) => undefined;
/** An issue's path, built only when there is an issue: `base[i]suffix`, or `base`. */
const at = (base: string, i = -1, suffix = ''): string => (i < 0 ? base : `${base}[${i}]${suffix}`);
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown): string => (v === undefined ? 'undefined' : JSON.stringify(v) ?? String(v));
const PREFIX = /^\+?\d{1,15}$/;
const OPTIONAL_TEXT = ['name', 'language', 'analyticsProfile'] as const;

/**
 * Parses and validates a config; throws a {@link ClidConfigError} naming every problem.
 *
 * @example
 * const parsed = parseConfig({
 *   numbers: [{ callbackNumberId: 'uk', callbackNumberName: 'UK Sales', callbackNumberClid: '+44 20 7946 0000' }],
 *   rules: { prefixes: [{ prefix: '+44', number: 'uk' }] },
 * });
 * parsed.numbers[0].number; // '+442079460000'
 */
export function parseConfig(input: ClidConfig): ParsedConfig {
  const issues: ConfigIssue[] = [];
  const fail: Fail = (path, problem) => void issues.push({ path, problem });
  if (!isDict(input)) throw new ClidConfigError([{ path: 'config', problem: 'expected an object' }]);
  const cfg = input as unknown as Dict;

  const all: ClidNumber[] = [];
  const byId = new Map<string, ClidNumber>();
  const byNumber = new Map<string, ClidNumber>();
  const list = cfg.numbers;
  if (!Array.isArray(list)) fail('numbers', 'expected an array');
  else
    list.forEach((item: unknown, i) => {
      const n = readNumber(item, i, fail);
      if (!n) return;
      const twin = byId.get(n.id) ?? byNumber.get(n.number);
      if (twin) {
        const [what, ours, vcc] = twin.id === n.id ? ['id', '.id', '.callbackNumberId'] : ['number', '.number', '.callbackNumberClid'];
        const suffix = typeof item === 'string' ? '' : ours.slice(1) in (item as Dict) ? ours : vcc;
        return fail(at('numbers', i, suffix), `duplicate ${what} ${show(n[what as 'id'])} (also numbers[${all.indexOf(twin)}])`);
      }
      byId.set(n.id, n);
      byNumber.set(n.number, n);
      all.push(n);
    });

  /** The number `ref` names; `path` is built only when it names none. */
  const find = (ref: unknown, base: string, i?: number, suffix?: string): ClidNumber | undefined => {
    let r = isDict(ref) ? ref.id ?? ref.callbackNumberId ?? ref.number ?? ref.callbackNumberClid : ref;
    if (typeof r === 'number') r = String(r);
    if (typeof r !== 'string') return fail(at(base, i, suffix), `expected an id or E.164 number, got ${show(ref)}`);
    return byId.get(r) ?? byNumber.get(toE164(r) ?? '') ?? fail(at(base, i, suffix), `${show(r)} is not one of the numbers`);
  };

  const accountDefault = cfg.accountDefault === null || cfg.accountDefault === undefined ? all[0] ?? null : find(cfg.accountDefault, 'accountDefault') ?? null;

  let permitted: ClidNumber[] | Set<ClidNumber> = all;
  let source = cfg.permitted;
  let path = 'permitted';
  let user: Dict | undefined;
  if (isDict(source)) {
    user = source;
    source = source.callbackNumbers;
    path += '.callbackNumbers';
  }
  if ((source !== null && source !== undefined) || user) {
    if (!Array.isArray(source)) fail(path, 'expected an array, VCC\'s per-user response or null');
    else {
      const set = new Set<ClidNumber>();
      source.forEach((ref: unknown, i) => {
        const n = find(ref, path, i);
        if (n) set.add(n);
      });
      permitted = all.filter((n) => set.has(n));
    }
  }

  const rules = cfg.rules;
  const fields: Array<Extract<MatchedRule, { kind: 'field' }>> = [];
  const prefixes = new PrefixIndex();
  // Parallel arrays, not an object per rule: a setConfig of 100,000 rules allocates little.
  const prefixText: string[] = [];
  const prefixNumber: string[] = [];
  if (rules !== null && rules !== undefined && !isDict(rules)) fail('rules', 'expected an object');
  else if (rules) {
    const F = 'rules.fields';
    eachRule(rules.fields, F, fail, (rule, index) => {
      const { field, value } = rule;
      const n = find(rule.number, F, index, '.number');
      if (typeof field !== 'string' || !field) return fail(at(F, index, '.field'), 'expected a non-empty string');
      if (!['string', 'number', 'boolean'].includes(typeof value)) return fail(at(F, index, '.value'), 'expected a string, number or boolean');
      if (n) fields.push({ kind: 'field', index, field, value: value as string, number: n.id });
    });
    const P = 'rules.prefixes';
    eachRule(rules.prefixes, P, fail, (rule, index) => {
      const raw = rule.prefix;
      let prefix = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw : '';
      if (!PREFIX.test(prefix)) prefix = stripNumber(prefix);
      const bad = !PREFIX.test(prefix) && fail(at(P, index, '.prefix'), `${show(raw)} is not a prefix of digits`) === undefined;
      const n = find(rule.number, P, index, '.number');
      if (bad) return;
      if (prefix[0] !== '+') prefix = '+' + prefix;
      const twin = prefixes.add(prefix, n && index);
      if (twin !== undefined) fail(at(P, index, '.prefix'), `duplicate prefix ${show(prefix)} (also ${P}[${twin}])`);
      else if (n) (prefixText[index] = prefix), (prefixNumber[index] = n.id);
    });
  }

  const locked = cfg.locked ?? false;
  if (typeof locked !== 'boolean') fail('locked', 'expected a boolean');
  const id = (key: string, fallback: unknown): string => {
    const v = cfg[key] ?? fallback ?? '';
    return typeof v === 'string' || typeof v === 'number' ? String(v) : (fail(key, 'expected a string or number'), '');
  };
  const accountId = id('accountId', undefined);
  const agentId = id('agentId', user?.userId);
  if (issues.length) throw new ClidConfigError(issues);
  return {
    input,
    accountId,
    agentId,
    all,
    byId,
    byNumber,
    numbers: permitted,
    permitted: new Set(permitted),
    accountDefault,
    fields,
    prefixes,
    prefixRule: (index) => ({ kind: 'prefix', index, prefix: prefixText[index]!, number: prefixNumber[index]! }),
    locked: locked as boolean,
  };
}

/** Reads one number item: our shape, VCC's shape, or a bare E.164 string. */
function readNumber(item: unknown, i: number, fail: Fail): ClidNumber | undefined {
  const bad = (suffix: string, problem: string): false => (fail(at('numbers', i, suffix), problem), false);
  if (typeof item === 'string') {
    const number = toE164(item);
    return number ? Object.freeze({ id: number, number }) : (bad('', `${show(item)} is not a valid E.164 number`), undefined);
  }
  if (!isDict(item)) return void bad('', 'expected a number object or an E.164 string');
  const vcc = !('id' in item) && !('number' in item);
  let id = vcc ? item.callbackNumberId : item.id;
  const rawNumber = vcc ? item.callbackNumberClid : item.number;
  const number = toE164(rawNumber);
  if (typeof id === 'number') id = String(id);
  if (id === null || id === undefined) id = vcc ? null : number ?? undefined;
  let ok = true;
  if ((typeof id !== 'string' || !id) && id !== undefined) ok = bad(vcc ? '.callbackNumberId' : '.id', 'expected a non-empty string');
  if (!number) ok = bad(vcc ? '.callbackNumberClid' : '.number', `${show(rawNumber)} is not a valid E.164 number`);
  const out: Dict = { id, number };
  for (const key of OPTIONAL_TEXT) {
    const from = key === 'name' && vcc ? 'callbackNumberName' : key;
    const v = item[from];
    if (v === null || v === undefined) continue;
    if (typeof v !== 'string') ok = bad(`.${from}`, 'expected a string');
    else out[key] = v;
  }
  const tags = item.tags;
  if (tags !== null && tags !== undefined) {
    if (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string')) ok = bad('.tags', 'expected an array of strings');
    else out.tags = Object.freeze([...tags]);
  }
  return ok ? (Object.freeze(out) as unknown as ClidNumber) : undefined;
}

/** Walks a rule list, reporting a non-array list or a non-object rule. */
function eachRule(
  list: unknown,
  path: string,
  fail: Fail,
  each: (rule: Dict, index: number) => void,
): void {
  if (list === null || list === undefined) return;
  if (!Array.isArray(list)) return void fail(path, 'expected an array');
  for (let i = 0; i < list.length; i++) {
    const rule: unknown = list[i];
    if (isDict(rule)) each(rule, i);
    else fail(`${path}[${i}]`, 'expected an object');
  }
}
