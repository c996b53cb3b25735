/**
 * The iframe bridge's wire format: a small, versioned postMessage protocol between a softphone
 * frame and a CRM page. Every message is a plain object `{ protocol: 'clid-bridge', version: 1,
 * type, … }`; anything else is not a bridge message.
 *
 * - Commands (CRM → softphone), each with a request `id` the reply repeats:
 *   `dial` `{ destination, options? }`, `select` `{ ref, scope? }`, `get-state`,
 *   `report-outcome` `{ callId, outcome }` (how a call ended: `store.reportOutcome`).
 * - Replies (softphone → CRM): `{ type: 'reply', id, ok: true, result }` or
 *   `{ type: 'reply', id, ok: false, reason, message }`.
 * - Events (softphone → CRM): `call`, `change`, `rejected`, `error` with the detail of the
 *   `clid-*` event of the same name, and `ready` (detail: the state) when a bridge connects.
 *
 * @example
 * // What a CRM frame posts to place a call (the client does this for you):
 * softphone.postMessage(
 *   { protocol: 'clid-bridge', version: 1, type: 'dial', id: 'r1', destination: '+442079460123',
 *     options: { record: { Department: 'Finance' } } },
 *   'https://softphone.example',
 * );
 * @module
 */
import type {
  CallDetail,
  CallKind,
  CallOutcome,
  ChangeDetail,
  ClidState,
  ErrorDetail,
  RejectedDetail,
  SelectScope,
} from '../store/types.js';

/** The `protocol` field of every bridge message. */
export const CLID_BRIDGE_PROTOCOL = 'clid-bridge';
/** The `version` field of every bridge message; a bridge ignores other versions. */
export const CLID_BRIDGE_VERSION = 1;

/** Options of a `dial` command: those of `ClidDialer.dial()` (record values must be plain data). */
export interface BridgeDialOptions {
  record?: Readonly<Record<string, string | number | boolean | null>>;
  requested?: string | null;
  dialListId?: string;
  dialEntryId?: string;
  kind?: CallKind;
}

/** A command, as the softphone side reads it. */
export type BridgeCommand =
  | { type: 'dial'; id: string; destination: string; options?: BridgeDialOptions }
  | { type: 'select'; id: string; ref: string; scope?: SelectScope }
  | { type: 'get-state'; id: string }
  | { type: 'report-outcome'; id: string; callId: string; outcome: CallOutcome };

/** Event type → detail, for the events a softphone bridge sends out. */
export interface BridgeEventDetails {
  call: CallDetail;
  change: ChangeDetail;
  rejected: RejectedDetail;
  error: ErrorDetail;
  /** A bridge connected (or the softphone frame reloaded); the detail is its state. */
  ready: ClidState;
}

/** Event types a softphone bridge sends out. */
export type BridgeEventType = keyof BridgeEventDetails;

/** A reply to a command. `reason` is the store's or dialer's reason, `locked`, `cancelled` or `error`. */
export type BridgeReply =
  | { type: 'reply'; id: string; ok: true; result: unknown }
  | { type: 'reply'; id: string; ok: false; reason: string; message: string };

/** A message from the softphone side, as the CRM side reads it. */
export type BridgeInbound = BridgeReply | { type: BridgeEventType; detail: unknown };

/** Store events relayed by the bridge (the `ready` event is the bridge's own). */
export const RELAYED_EVENTS = ['call', 'change', 'rejected', 'error'] as const;
const EVENTS: readonly string[] = [...RELAYED_EVENTS, 'ready'];
const COMMANDS = ['dial', 'select', 'get-state', 'report-outcome'];
const KINDS = ['outbound', 'consult', 'transfer'];
/** The outcomes `store.reportOutcome` takes. */
const OUTCOMES: readonly string[] = ['answered', 'voicemail', 'no-answer', 'busy', 'failed'] satisfies CallOutcome[];

/** Wraps a message body in the protocol envelope. */
export const envelope = <T extends object>(body: T) => ({
  protocol: CLID_BRIDGE_PROTOCOL,
  version: CLID_BRIDGE_VERSION,
  ...body,
});

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max = 200): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
const optText = (v: unknown) => v === undefined || isText(v);

/** Why a message is not a bridge message of this version, or `''` when it is. */
function envelopeProblem(data: unknown): string {
  if (!isObject(data)) return 'not an object';
  if (data.protocol !== CLID_BRIDGE_PROTOCOL) return 'not a clid-bridge message';
  if (data.version !== CLID_BRIDGE_VERSION) return `unsupported version ${JSON.stringify(data.version)}`;
  return isText(data.type, 40) ? '' : 'no type';
}

function optionsProblem(o: unknown): string {
  if (o === undefined) return '';
  if (!isObject(o)) return 'options is not an object';
  const { record, requested, dialListId, dialEntryId, kind } = o;
  if (record !== undefined) {
    if (!isObject(record)) return 'options.record is not an object';
    for (const [field, v] of Object.entries(record)) {
      if (v !== null && !['string', 'number', 'boolean'].includes(typeof v))
        return `options.record.${field} is not plain data`;
    }
  }
  if (requested !== undefined && requested !== null && !isText(requested)) return 'options.requested is not a string';
  if (!optText(dialListId) || !optText(dialEntryId)) return 'options.dialListId / dialEntryId is not a string';
  if (kind !== undefined && !KINDS.includes(kind as string)) return `options.kind ${JSON.stringify(kind)} is unknown`;
  return '';
}

/**
 * Reads a command: the command, `null` for a well-formed bridge message that is not a command
 * (a reply or an event, e.g. our own echoed back), or a string saying what is wrong.
 *
 * @example
 * readCommand({ protocol: 'clid-bridge', version: 1, type: 'get-state', id: '1' }); // the command
 * readCommand({ protocol: 'clid-bridge', version: 1, type: 'dial', id: '2' });      // 'dial.destination …'
 */
export function readCommand(data: unknown): BridgeCommand | null | string {
  const bad = envelopeProblem(data);
  if (bad) return bad;
  const m = data as Record<string, unknown>;
  const type = m.type as string;
  if (type === 'reply' || EVENTS.includes(type)) return null;
  if (!COMMANDS.includes(type)) return `unknown type ${JSON.stringify(type)}`;
  if (!isText(m.id, 100)) return `${type}.id is not a string`;
  if (type === 'dial') {
    if (!isText(m.destination, 64)) return 'dial.destination is not a string';
    const o = optionsProblem(m.options);
    if (o) return `dial.${o}`;
    return { type, id: m.id, destination: m.destination, options: m.options as BridgeDialOptions | undefined };
  }
  if (type === 'select') {
    if (!isText(m.ref)) return 'select.ref is not a string';
    if (m.scope !== undefined && m.scope !== 'call' && m.scope !== 'default')
      return `select.scope ${JSON.stringify(m.scope)} is unknown`;
    return { type, id: m.id, ref: m.ref, scope: m.scope };
  }
  if (type === 'report-outcome') {
    if (!isText(m.callId)) return 'report-outcome.callId is not a string';
    if (!OUTCOMES.includes(m.outcome as string))
      return `report-outcome.outcome ${JSON.stringify(m.outcome)} is unknown`;
    return { type, id: m.id, callId: m.callId, outcome: m.outcome as CallOutcome };
  }
  return { type: 'get-state', id: m.id };
}

/**
 * Reads a message from the softphone side: a reply or an event, `null` for a command (our own
 * echoed back), or a string saying what is wrong.
 */
export function readInbound(data: unknown): BridgeInbound | null | string {
  const bad = envelopeProblem(data);
  if (bad) return bad;
  const m = data as Record<string, unknown>;
  const type = m.type as string;
  if (COMMANDS.includes(type)) return null;
  if (type === 'reply') {
    if (!isText(m.id, 100) || typeof m.ok !== 'boolean') return 'reply without id or ok';
    if (!m.ok && (!isText(m.reason, 100) || typeof m.message !== 'string'))
      return 'failed reply without reason or message';
    return m as BridgeReply;
  }
  if (!EVENTS.includes(type)) return `unknown type ${JSON.stringify(type)}`;
  if (!isObject(m.detail)) return `${type}.detail is not an object`;
  return { type: type as BridgeEventType, detail: m.detail };
}

/**
 * Checks an allow-list of exact origins (`https://crm.example`, no path, no wildcard).
 * @throws TypeError naming the first bad entry.
 */
export function checkOrigins(origins: readonly string[]): void {
  if (!Array.isArray(origins) || !origins.length)
    throw new TypeError('clid-bridge: origins must list at least one exact origin');
  // Plain-JS callers may pass anything.
  for (const o of origins as readonly unknown[]) {
    let exact = false;
    try {
      exact = typeof o === 'string' && new URL(o).origin === o && o !== 'null';
    } catch {
      // not a URL
    }
    if (!exact)
      throw new TypeError(
        `clid-bridge: ${JSON.stringify(o)} is not an exact origin like "https://crm.example" (no wildcard, path or trailing slash)`,
      );
  }
}

/** A copy that survives structured cloning (plain data only). */
export const plain = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));
