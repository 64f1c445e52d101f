import { builder } from './builder.js';

export const I18nTextRef = builder.simpleObject('I18nText', {
  description: 'Bilingual text as Feishu gives it.',
  fields: (t) => ({
    zhCn: t.string({ nullable: true }),
    enUs: t.string({ nullable: true }),
  }),
});
