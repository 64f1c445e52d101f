import { readFileSync } from 'node:fs';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { printGatewaySchema } from '../../src/schema/print.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe('committed SDL', () => {
  it('matches the schema built from code (run `npm run codegen` when this fails)', () => {
    expect(read('schema/schema.graphql').trimEnd()).toBe(printGatewaySchema(schema).trimEnd());
  });

  it.each(['Inbox', 'ProcessDetail', 'RecentProcesses'])('example operation %s is valid against the schema', (name) => {
    expect(validate(schema, parse(read(`src/operations/${name}.graphql`)))).toEqual([]);
  });
});
