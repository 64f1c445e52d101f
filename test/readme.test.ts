import { readFileSync } from 'node:fs';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

describe('README', () => {
  it('keeps the two commands at its top', () => {
    const top = readme.split('\n').slice(0, 8).join('\n');
    expect(top).toContain('npm install && npm start');
    expect(top).toContain('npm ci && npm test');
  });

  it('shows only operations the schema accepts', () => {
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(validate(schema, parse(block)).map((error) => error.message)).toEqual([]);
  });
});
