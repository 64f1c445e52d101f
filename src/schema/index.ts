/**
 * Imports every type for its side effects and builds the schemas: the plain one served at /graphql,
 * and the Apollo Federation v2 subgraph (the same types and resolvers, plus `_service` and `_entities`
 * and the entities' @key directives) served at /graphql/subgraph for a supergraph router.
 */
import { builder } from './builder.js';
import './scalars.js';
import './enums.js';
import './i18n-text.js';
import './person.js';
import './process-links.js';
import './process-abstract.js';
import './process-comment.js';
import './field-value.js';
import './field-variable.js';
import './process.js';
import './process-node.js';
import './approver-task.js';
import './cc-task.js';
import './process-list.js';
import './process-event-subscription.js';
import './approver-tasks-changed.js';
import './mutations.js';
import { weighEntities } from './federation.js';

export const schema = builder.toSchema();
export const subgraphSchema = weighEntities(builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' }));
