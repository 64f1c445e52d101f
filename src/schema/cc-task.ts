import type { CcTask } from '../domain/process.js';
import { builder } from './builder.js';
import { COST } from './cost.js';
import { I18nTextRef } from './i18n-text.js';
import { PersonRef } from './person.js';
import { ProcessLinksRef } from './process-links.js';
import { processAt, ProcessRef } from './process.js';

export const CcTaskRef = builder.objectRef<CcTask>('CcTask').implement({
  description: 'A copy (抄送) of a process sent to a user.',
  fields: (t) => ({
    approverId: t.exposeID('approverId'),
    processId: t.exposeID('processId'),
    recipient: t.field({ type: PersonRef, nullable: true, resolve: (cc) => cc.recipient }),
    nodeDefinitionId: t.exposeString('nodeDefinitionId', { nullable: true }),
    nodeName: t.field({ type: I18nTextRef, nullable: true, resolve: (cc) => cc.nodeName }),
    links: t.field({ type: ProcessLinksRef, nullable: true, resolve: (cc) => cc.links }),
    createdAt: t.expose('createdAt', { type: 'DateTime', nullable: true }),
    process: t.field({ type: ProcessRef, complexity: COST.processDetail, resolve: (cc, _args, context, info) => processAt(cc.processId, context, info) }),
  }),
});
