import { readdirSync, readFileSync } from 'node:fs';
import { printSubgraphSchema } from '@apollo/subgraph';
import { generate } from '@graphql-codegen/cli';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.js';
import { schema, subgraphSchema } from '../../src/schema/index.js';
import { printGatewaySchema } from '../../src/schema/print.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const operations = readdirSync(new URL('src/operations/', root)).filter((file) => file.endsWith('.graphql'));

describe('committed SDL', () => {
  it('matches the schema built from code (run `npm run codegen` when this fails)', () => {
    expect(read('schema/schema.graphql').trimEnd()).toBe(printGatewaySchema(schema).trimEnd());
  });

  it('the federation subgraph SDL matches the subgraph schema built from code (run `npm run codegen` when this fails)', () => {
    expect(read('schema/subgraph.graphql').trimEnd()).toBe(printSubgraphSchema(subgraphSchema).trimEnd());
  });

  it.each(operations)('example operation %s is valid against the schema', (file) => {
    expect(validate(schema, parse(read(`src/operations/${file}`)))).toEqual([]);
  });
});

describe('committed codegen output', () => {
  // Everything `npm run codegen` writes (typed documents of src/operations and of the tests' and benchmarks'
  // graphql() calls, the trusted-documents manifest, possibleTypes), generated again in memory from codegen.ts.
  it('is what `npm run codegen` generates now (run it when this fails)', async () => {
    const files: { filename: string; content: string }[] = await generate({ ...config, silent: true }, false);
    const written = files.map((file) => file.filename).sort();
    expect(written).toEqual(
      expect.arrayContaining([
        'schema/possible-types.json',
        'schema/schema.graphql',
        'src/generated/graphql.ts',
        'src/generated/persisted-documents.json',
        'test/generated/gql.ts',
        'test/generated/graphql.ts',
        'schema/subgraph.graphql',
      ]),
    );
    for (const file of files) expect({ file: file.filename, content: read(file.filename) }).toEqual({ file: file.filename, content: file.content });
  }, 60_000);
});
