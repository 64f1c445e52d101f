/**
 * Domain events to and from the JSON text a shared log stores. Only `occurredAt` is not plain JSON.
 */
import { PROCESS_EVENT_TYPES, type ProcessEvent } from '../domain/events.js';

export function encodeEvent(event: ProcessEvent): string {
  return JSON.stringify(event);
}

/** Throws on text that is not an encoded event, so a reader can skip a damaged entry. */
export function decodeEvent(text: string): ProcessEvent {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null) throw new Error('stored event is not an object');
  const fields = value as Record<string, unknown>;
  const occurredAt = new Date(typeof fields.occurredAt === 'string' ? fields.occurredAt : Number.NaN);
  const knownType = (PROCESS_EVENT_TYPES as readonly unknown[]).includes(fields.type);
  if (typeof fields.eventId !== 'string' || typeof fields.processId !== 'string' || !knownType || Number.isNaN(occurredAt.getTime())) {
    throw new Error('stored event lacks its id, type, process id or time');
  }
  return { ...fields, occurredAt } as unknown as ProcessEvent;
}
