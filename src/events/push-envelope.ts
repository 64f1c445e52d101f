/**
 * Checks that a decoded push is a schema-2.0 envelope whose fields have the documented types, and
 * returns it in the wire shape `mapEvent` expects. Liberal where Feishu's docs are vague: integer
 * codes may arrive as numeric strings, `create_time` as a number, unknown extra fields are dropped.
 */
import { EVENT_TYPES, type WireEventEnvelope, type WireEventHeader, type WireEventPayload, type WireEventType } from '../upstream/wire.js';

type Rule = 'id' | 'text?' | 'int' | 'int?';

const PROCESS_STATUS_RULES: Record<string, Rule> = {
  process_id: 'id',
  status: 'int',
  biz_type: 'text?',
  flow_definition_id: 'text?',
  properties: 'int?',
};

const PAYLOAD_RULES: Record<WireEventType, Record<string, Rule>> = {
  [EVENT_TYPES.statusUpdate]: PROCESS_STATUS_RULES,
  [EVENT_TYPES.updated]: PROCESS_STATUS_RULES,
  [EVENT_TYPES.nodeUpdated]: {
    process_id: 'id',
    node_status: 'int',
    node_type: 'int?',
    flow_definition_id: 'text?',
    node_definition_id: 'text?',
    process_node_id: 'text?',
    biz_type: 'text?',
  },
  [EVENT_TYPES.approverUpdated]: {
    process_id: 'id',
    approver_id: 'id',
    status: 'int',
    type: 'int?',
    biz_type: 'text?',
    flow_definition_id: 'text?',
    node_definition_id: 'text?',
    node_id: 'text?',
    node_id_str: 'text?',
  },
  [EVENT_TYPES.ccUpdated]: { process_id: 'id', approver_id: 'id', status: 'int', biz_type: 'text?' },
  [EVENT_TYPES.commentUpdated]: { process_id: 'id', comment_id: 'text?', type: 'int?' },
};

/** Longest event id accepted: it becomes part of a dedup key. */
const MAX_EVENT_ID_LENGTH = 256;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One of the six process events; others are acknowledged and ignored. */
export function isKnownEventType(type: string): type is WireEventType {
  return Object.hasOwn(PAYLOAD_RULES, type);
}

/** The header alone, so the token can be checked before the payload is looked at. */
export function checkHeader(body: Record<string, unknown>): { ok: true; header: WireEventHeader } | { ok: false; problem: string } {
  if (body.schema !== '2.0' || !isRecord(body.header)) return { ok: false, problem: 'not a schema 2.0 event' };
  const h = body.header;
  if (typeof h.event_id !== 'string' || h.event_id === '' || h.event_id.length > MAX_EVENT_ID_LENGTH) {
    return { ok: false, problem: 'header.event_id is missing or invalid' };
  }
  if (typeof h.event_type !== 'string') return { ok: false, problem: 'header.event_type is missing' };
  for (const name of ['create_time', 'token', 'app_id', 'tenant_key'] as const) {
    const value = h[name];
    if (value !== undefined && typeof value !== 'string' && !(name === 'create_time' && typeof value === 'number')) {
      return { ok: false, problem: `header.${name} is invalid` };
    }
  }
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    ok: true,
    header: {
      event_id: h.event_id,
      event_type: h.event_type,
      create_time: plausibleMs(h.create_time),
      token: text(h.token),
      app_id: text(h.app_id),
      tenant_key: text(h.tenant_key),
    },
  };
}

/**
 * `create_time` in Unix ms as a string, or '' (time unknown) for anything that would not make a valid
 * date, such as the 16-digit value of the generic docs example.
 */
function plausibleMs(value: unknown): string {
  const digits = typeof value === 'number' ? String(value) : value;
  return typeof digits === 'string' && /^\d{1,15}$/.test(digits) ? digits : '';
}

/** The envelope of a known event type, with its payload checked against the documented field types. */
export function checkPushEnvelope(
  header: WireEventHeader & { event_type: WireEventType },
  body: Record<string, unknown>,
): { ok: true; envelope: WireEventEnvelope } | { ok: false; problem: string } {
  if (!isRecord(body.event)) return { ok: false, problem: 'event payload is missing' };
  const payload: Record<string, string | number> = {};
  for (const [name, rule] of Object.entries(PAYLOAD_RULES[header.event_type])) {
    const value = normalise(body.event[name], rule);
    if (value === INVALID) return { ok: false, problem: `event.${name} is missing or invalid` };
    if (value !== undefined) payload[name] = value;
  }
  return { ok: true, envelope: { schema: '2.0', header, event: payload as unknown as WireEventPayload } };
}

const INVALID = Symbol('invalid');

function normalise(value: unknown, rule: Rule): string | number | undefined | typeof INVALID {
  const optional = rule.endsWith('?');
  if (value === undefined || value === null) return optional ? undefined : INVALID;
  if (rule === 'id') return typeof value === 'string' && value !== '' ? value : INVALID;
  if (rule === 'text?') return typeof value === 'string' ? value : INVALID;
  if (typeof value === 'number') return Number.isInteger(value) ? value : INVALID;
  return typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : INVALID;
}
