import { builder } from './builder.js';
import { I18nTextRef } from './i18n-text.js';

export const PersonRef = builder.simpleObject('Person', {
  description: 'A Feishu user; `id` is the Feishu user id (open_id for process details).',
  fields: (t) => ({
    id: t.id(),
    name: t.field({ type: I18nTextRef, nullable: true }),
  }),
});
