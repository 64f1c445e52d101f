import type { ProcessComment } from '../domain/process.js';
import { builder } from './builder.js';
import { PersonRef } from './person.js';

export const ProcessCommentRef = builder.objectRef<ProcessComment>('ProcessComment').implement({
  fields: (t) => ({
    commentId: t.exposeID('commentId', { nullable: true }),
    commentor: t.field({ type: PersonRef, nullable: true, resolve: (c) => c.commentor }),
    commentedAt: t.expose('commentedAt', { type: 'DateTime', nullable: true }),
    message: t.exposeString('message', { nullable: true }),
    atUserIds: t.exposeIDList('atUserIds'),
    fileCount: t.exposeInt('fileCount'),
    imageCount: t.exposeInt('imageCount'),
  }),
});
