import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder.js';

function invalid(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Full ISO-8601 with a time zone, so an instant never depends on the server's zone. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) throw invalid('DateTime must be an ISO-8601 string with a time zone');
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw invalid(`not a valid DateTime: ${value}`);
  return date;
}

builder.scalarType('DateTime', {
  description: 'An instant, as an ISO-8601 string with a time zone (e.g. 2024-05-01T08:00:00.000Z).',
  serialize: (value) => value.toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: unknown): string {
  if (typeof value === 'string' && ISO_DATE.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value) return value;
  }
  throw invalid('Date must be a calendar date as YYYY-MM-DD');
}

builder.scalarType('Date', {
  description: 'A calendar date without time zone, as YYYY-MM-DD.',
  serialize: (value) => value,
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
