/**
 * Parsing and validation of the store's config: our shape and VCC's user-admin shapes, as they
 * come. Every problem is reported with its path; nothing half-parsed ever leaves this module.
 * @module
 */
import { stripNumber, toE164 } from './e164.js';
import { PrefixIndex } from './prefix-index.js';
import type { ClidConfig, ClidNumber, MatchedRule, NumberHealth } from './types.js';

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
    super(
      issues
        .slice(0, 9)
        .map((i) => `${i.path}: ${i.problem}`)
        .join('; ') + (issues.length > 9 ? '; …' : ''),
    );
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
  /** The numbers this agent may present now: permitted and not `blocked`, in list order. */
  readonly numbers: readonly ClidNumber[];
  /** The permitted numbers, `blocked` ones included (a ref to one is refused as `blocked`, not `not-permitted`). */
  readonly permitted: ReadonlySet<ClidNumber>;
  /** The last resort (rule 5): the first of {@link numbers} not `flagged`, else the first; `null` with none. */
  readonly fallback: ClidNumber | null;
  /** `rules.sticky`: how long a number stays remembered for a destination; `null` when off. */
  readonly sticky: { readonly days: number } | null;
  /** `rules.localPresence`; `tag`: only numbers with it take part. `null` when off. */
  readonly localPresence: { readonly tag?: string } | null;
  /** The account default (permitted or not), `null` for an account without numbers. */
  readonly accountDefault: ClidNumber | null;
  readonly fields: readonly Extract<MatchedRule, { kind: 'field' }>[];
  /** Prefix → index of the prefix rule. */
  readonly prefixes: PrefixIndex;
  /** The prefix rule at `index` (built when it matches: no object per rule is held). */
  prefixRule(index: number): MatchedRule;
  readonly locked: boolean;
}

type Dict = Record<string, unknown>;
/** Records an issue at `base[index]suffix` (or `base`): the path is built only when there is one. */
type Fail = (problem: string, base: string, index?: number, suffix?: string) => undefined;
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A number as text (ids, refs and prefixes may be given as numbers); anything else as it is. */
const asText = (v: unknown): unknown => (typeof v === 'number' ? String(v) : v);
/** A value as the issue names it: JSON, or `String` for what JSON cannot write (`undefined`, a function). */
const show = (v: unknown): string => {
  // TypeScript's lib says `string`, but JSON.stringify answers `undefined` for these.
  const json = JSON.stringify(v) as string | undefined;
  return json ?? String(v);
};
const PREFIX = /^\+?\d{1,15}$/;
const OPTIONAL_TEXT = ['name', 'language', 'analyticsProfile'] as const;
const HEALTH: readonly NumberHealth[] = ['healthy', 'at-risk', 'flagged', 'blocked'];
/** Whether a number may be presented at all (domain rule 10: a `blocked` number never is). */
export const isBlocked = (n: ClidNumber): boolean => n.health === 'blocked';
/** VCC's names of a number's keys, where they differ from ours. */
const VCC_KEYS: Readonly<Record<string, string>> = {
  id: 'callbackNumberId',
  number: 'callbackNumberClid',
  name: 'callbackNumberName',
};

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
  const fail: Fail = (problem, base, index = -1, suffix = '') => {
    issues.push({ path: index < 0 ? base : `${base}[${index}]${suffix}`, problem });
    return undefined;
  };
  if (!isDict(input)) throw new ClidConfigError([{ path: 'config', problem: 'expected an object' }]);
  const cfg = input as unknown as Dict;

  const all: ClidNumber[] = [];
  const byId = new Map<string, ClidNumber>();
  const byNumber = new Map<string, ClidNumber>();
  const list = cfg.numbers;
  if (!Array.isArray(list)) fail('expected an array', 'numbers');
  else
    list.forEach((item: unknown, i) => {
      const n = readNumber(item, i, fail);
      if (!n) return;
      const twin = byId.get(n.id) ?? byNumber.get(n.number);
      if (twin) {
        const what = twin.id === n.id ? 'id' : 'number';
        const suffix = typeof item === 'string' ? '' : `.${what in (item as Dict) ? what : VCC_KEYS[what]}`;
        fail(`duplicate ${what} ${show(n[what as 'id'])} (also numbers[${all.indexOf(twin)}])`, 'numbers', i, suffix);
        return;
      }
      byId.set(n.id, n);
      byNumber.set(n.number, n);
      all.push(n);
    });

  /** The number `ref` names; `path` is built only when it names none. */
  const find = (ref: unknown, base: string, i?: number, suffix?: string): ClidNumber | undefined => {
    const r = asText(isDict(ref) ? (ref.id ?? ref.callbackNumberId ?? ref.number ?? ref.callbackNumberClid) : ref);
    if (typeof r !== 'string') {
      fail(`expected an id or E.164 number, got ${show(ref)}`, base, i, suffix);
      return undefined;
    }
    const e164 = toE164(r);
    const n = byId.get(r) ?? (e164 ? byNumber.get(e164) : undefined);
    if (!n) fail(`${show(r)} is not one of the numbers`, base, i, suffix);
    return n;
  };

  const accountDefault =
    cfg.accountDefault === null || cfg.accountDefault === undefined
      ? (all[0] ?? null)
      : (find(cfg.accountDefault, 'accountDefault') ?? null);

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
    if (!Array.isArray(source)) fail("expected an array, VCC's per-user response or null", path);
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
  const fields: Extract<MatchedRule, { kind: 'field' }>[] = [];
  const prefixes = new PrefixIndex();
  // Parallel arrays, not an object per rule: a setConfig of 100,000 rules allocates little.
  const prefixText: string[] = [];
  const prefixNumber: string[] = [];
  if (isDict(rules)) {
    const fieldsPath = 'rules.fields';
    eachRule(rules.fields, fieldsPath, fail, (rule, index) => {
      const { field, value } = rule;
      const n = find(rule.number, fieldsPath, index, '.number');
      if (typeof field !== 'string' || !field) {
        fail('expected a non-empty string', fieldsPath, index, '.field');
        return;
      }
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        fail('expected a string, number or boolean', fieldsPath, index, '.value');
        return;
      }
      if (n) fields.push({ kind: 'field', index, field, value, number: n.id });
    });
    const prefixesPath = 'rules.prefixes';
    eachRule(rules.prefixes, prefixesPath, fail, (rule, index) => {
      const raw = rule.prefix;
      const text = asText(raw);
      let prefix = typeof text === 'string' ? text : '';
      // Stripped only when needed: most of a large rule set is digits already.
      let digits = PREFIX.test(prefix);
      if (!digits) {
        prefix = stripNumber(prefix);
        digits = PREFIX.test(prefix);
      }
      if (!digits) fail(`${show(raw)} is not a prefix of digits`, prefixesPath, index, '.prefix');
      const n = find(rule.number, prefixesPath, index, '.number');
      if (!digits) return;
      if (!prefix.startsWith('+')) prefix = '+' + prefix;
      const twin = prefixes.add(prefix, n && index);
      if (twin !== undefined) {
        fail(`duplicate prefix ${show(prefix)} (also ${prefixesPath}[${twin}])`, prefixesPath, index, '.prefix');
      } else if (n) {
        prefixText[index] = prefix;
        prefixNumber[index] = n.id;
      }
    });
  } else if (rules !== null && rules !== undefined) fail('expected an object', 'rules');
  const sticky = readSticky(isDict(rules) ? rules.sticky : undefined, fail);
  const localPresence = readLocalPresence(isDict(rules) ? rules.localPresence : undefined, fail);

  const locked = cfg.locked ?? false;
  if (typeof locked !== 'boolean') fail('expected a boolean', 'locked');
  const id = (key: string, fallback?: unknown): string => {
    const v = asText(cfg[key] ?? fallback ?? '');
    if (typeof v === 'string') return v;
    fail('expected a string or number', key);
    return '';
  };
  const accountId = id('accountId');
  const agentId = id('agentId', user?.userId);
  if (issues.length) throw new ClidConfigError(issues);
  const offered = permitted.filter((n) => !isBlocked(n));
  return {
    input,
    accountId,
    agentId,
    all,
    byId,
    byNumber,
    numbers: offered,
    permitted: new Set(permitted),
    fallback: offered.find((n) => n.health !== 'flagged') ?? offered.at(0) ?? null,
    sticky,
    localPresence,
    accountDefault,
    fields,
    prefixes,
    // Asked only for an index the prefix index holds, which has both.
    prefixRule: (index) => ({ kind: 'prefix', index, prefix: prefixText[index], number: prefixNumber[index] }),
    locked: locked as boolean,
  };
}

/** Reads one number item: our shape, VCC's shape, or a bare E.164 string. */
function readNumber(given: unknown, i: number, fail: Fail): ClidNumber | undefined {
  const bad = (suffix: string, problem: string): false => {
    fail(problem, 'numbers', i, suffix);
    return false;
  };
  // A bare string is a number alone (its id is the number), whose issue is at `numbers[i]`.
  const bare = typeof given === 'string';
  const item = bare ? { number: given } : given;
  if (!isDict(item)) {
    bad('', 'expected a number object or an E.164 string');
    return undefined;
  }
  const vcc = !('id' in item) && !('number' in item);
  /** The item's key for our key `ours`. */
  const key = (ours: string): string => (vcc && VCC_KEYS[ours]) || ours;
  let id = asText(item[key('id')]);
  const rawNumber = item[key('number')];
  const number = toE164(rawNumber);
  id ??= vcc ? null : (number ?? undefined);
  let ok = true;
  if ((typeof id !== 'string' || !id) && id !== undefined) ok = bad(`.${key('id')}`, 'expected a non-empty string');
  if (!number) ok = bad(bare ? '' : `.${key('number')}`, `${show(rawNumber)} is not a valid E.164 number`);
  const out: Dict = { id, number };
  for (const ours of OPTIONAL_TEXT) {
    const v = item[key(ours)];
    if (v === null || v === undefined) continue;
    if (typeof v !== 'string') ok = bad(`.${key(ours)}`, 'expected a string');
    else out[ours] = v;
  }
  const health = item.health;
  if (health !== null && health !== undefined) {
    if (!HEALTH.includes(health as NumberHealth)) ok = bad('.health', `expected one of ${HEALTH.join(', ')}`);
    else out.health = health;
  }
  const tags = item.tags;
  if (tags !== null && tags !== undefined) {
    if (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string'))
      ok = bad('.tags', 'expected an array of strings');
    else out.tags = Object.freeze([...(tags as string[])]);
  }
  return ok ? (Object.freeze(out) as unknown as ClidNumber) : undefined;
}

/** Walks a rule list, reporting a non-array list or a non-object rule. */
function eachRule(list: unknown, path: string, fail: Fail, each: (rule: Dict, index: number) => void): void {
  if (list === null || list === undefined) return;
  if (!Array.isArray(list)) {
    fail('expected an array', path);
    return;
  }
  for (let i = 0; i < list.length; i++) {
    const rule: unknown = list[i];
    if (isDict(rule)) each(rule, i);
    else fail('expected an object', path, i);
  }
}

/** `rules.sticky`: `true` or `{ days? }` (a positive number of days, default 90). */
function readSticky(given: unknown, fail: Fail): ParsedConfig['sticky'] {
  if (given === undefined || given === null || given === false) return null;
  if (given === true) return { days: 90 };
  if (!isDict(given)) {
    fail('expected true or { days }', 'rules.sticky');
    return null;
  }
  const days = given.days ?? 90;
  if (typeof days === 'number' && days > 0 && Number.isFinite(days)) return { days };
  fail('expected a positive number', 'rules.sticky.days');
  return null;
}

/** `rules.localPresence`: `true` or `{ tag? }` (a non-empty string). */
function readLocalPresence(given: unknown, fail: Fail): ParsedConfig['localPresence'] {
  if (given === undefined || given === null || given === false) return null;
  if (given === true) return {};
  if (!isDict(given)) {
    fail('expected true or { tag }', 'rules.localPresence');
    return null;
  }
  const tag = given.tag;
  if (tag === undefined) return {};
  if (typeof tag === 'string' && tag) return { tag };
  fail('expected a non-empty string', 'rules.localPresence.tag');
  return null;
}
