import { builder } from './builder.js';

export const ProcessLinksRef = builder.simpleObject('ProcessLinks', {
  description: 'Where a process or task opens: web page and Feishu desktop/mobile applinks.',
  fields: (t) => ({
    webLink: t.string({ nullable: true }),
    pcLink: t.string({ nullable: true }),
    mobileLink: t.string({ nullable: true }),
  }),
});
