/** `Subscription.processEvents`: the event log, resumable by cursor, over SSE and WebSocket alike. */
import { GraphQLError } from 'graphql';
import { canReadEverything, maySeeProcess } from '../auth/visibility.js';
import type { ProcessEventType } from '../domain/events.js';
import { PROCESS_READ_ID_TYPE, processRequest } from '../loaders/loaders.js';
import { EventStreamEnding, type EventAdmission, type ProcessEventFilter, type StreamItem } from '../events/event-stream.js';
import { FORBIDDEN_MESSAGES } from './auth-scopes.js';
import { builder } from './builder.js';
import type { GraphQLContext } from './context.js';
import { badUserInput, forbidden } from './errors.js';
import { ProcessEventRef, ProcessEventTypeEnum } from './process-event.js';

const ProcessEventFilterInput = builder.inputType('ProcessEventFilter', {
  description: 'Fields narrow each other (AND); a field matches any of its values (OR); an omitted field matches every event.',
  fields: (t) => ({
    processIds: t.idList(),
    bizTypes: t.stringList(),
    types: t.field({ type: [ProcessEventTypeEnum] }),
  }),
});

interface FilterArgument {
  processIds?: readonly string[] | null;
  bizTypes?: readonly string[] | null;
  types?: readonly ProcessEventType[] | null;
}

/** An empty list would match nothing, which is never what a subscriber means: it is refused. */
function nonEmpty<T>(field: keyof FilterArgument, values: readonly T[] | null | undefined): readonly T[] | undefined {
  if (values && values.length === 0) throw badUserInput(`filter.${field} is empty: omit it to match every event`);
  return values ?? undefined;
}

function filterOf(argument: FilterArgument | null | undefined): ProcessEventFilter {
  return {
    processIds: nonEmpty('processIds', argument?.processIds),
    bizTypes: nonEmpty('bizTypes', argument?.bizTypes),
    types: nonEmpty('types', argument?.types),
  };
}

/**
 * A caller without process:read hears only the processes that concern its user, judged by the detail
 * as it is after the event: the shared cache dropped it before delivery, and one read serves every
 * subscriber and the background refresh alike.
 */
function admissionFor(context: GraphQLContext): EventAdmission | undefined {
  if (canReadEverything(context.caller)) return undefined;
  return async (event) => {
    const process = await context.cache.fetch(processRequest(context.freshApi(), event.processId));
    return process !== null && maySeeProcess(context.caller, process, PROCESS_READ_ID_TYPE);
  };
}

/** A stream's ending as the subscriber reads it (its code and resume point in `extensions`); anything else is left for masking. */
function asGraphQLError(error: unknown): unknown {
  if (!(error instanceof EventStreamEnding)) return error;
  return new GraphQLError(error.message, { originalError: error.cause instanceof Error ? error.cause : undefined, extensions: error.extensions });
}

builder.subscriptionType({});

builder.subscriptionField('processEvents', (t) =>
  t.field({
    type: ProcessEventRef,
    description: [
      'Process events as the gateway records them: no recorded event is lost and none comes twice.',
      '`after` (an event\'s `cursor`) first replays every event recorded after it, then continues live.',
      'A cursor this log never issued fails at once with BAD_CURSOR. When events after `after` are no longer',
      'retained, the stream ends with CURSOR_EXPIRED instead of skipping them. A subscriber too slow for the',
      'live stream ends with SUBSCRIBER_TOO_SLOW, and one whose gateway shuts down with STREAM_CLOSED; both',
      'carry `extensions.resumeAfter`, the cursor to resume after (on any replica, with Redis).',
      'A caller without process:read receives only the events of processes that concern its user.',
    ].join(' '),
    args: {
      filter: t.arg({ type: ProcessEventFilterInput }),
      after: t.arg.string(),
    },
    authScopes: { processRead: true, ownUser: true },
    unauthorizedError: () => forbidden(FORBIDDEN_MESSAGES.noUser),
    subscribe: (_root, { filter, after }, context) => {
      const wanted = filterOf(filter);
      try {
        return context.events.open({ filter: wanted, after: after ?? undefined, admit: admissionFor(context), onEnd: context.watchers.watch(wanted.processIds) });
      } catch (error) {
        throw asGraphQLError(error);
      }
    },
    resolve: (item: StreamItem) => {
      if (item instanceof Error) throw asGraphQLError(item);
      return item;
    },
  }),
);
