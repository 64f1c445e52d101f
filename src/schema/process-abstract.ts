import { builder } from './builder.js';
import { I18nTextRef } from './i18n-text.js';

export const ProcessAbstractRef = builder.simpleObject('ProcessAbstract', {
  description: 'One summary line of a process, as Feishu shows it in lists.',
  fields: (t) => ({
    name: t.field({ type: I18nTextRef, nullable: true }),
    value: t.field({ type: I18nTextRef, nullable: true }),
  }),
});
