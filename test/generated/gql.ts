/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query TaskPage($userId: ID!, $first: Int, $after: String, $status: ApproverTaskStatus) {\n    approverTasks(userId: $userId, first: $first, after: $after, status: $status) {\n      edges { cursor node { id approverId processId status } }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n": typeof types.TaskPageDocument,
    "query ListedTaskFields($userId: ID!) { approverTasks(userId: $userId, status: IN_PROGRESS, first: 1) { edges { node { source status assignee { id } nodeDefinitionId type } } } }": typeof types.ListedTaskFieldsDocument,
    "query NodesById($task: ID!, $process: ID!) { task: node(id: $task) { ... on ApproverTask { approverId processId } } process: node(id: $process) { ... on Process { processId } } }": typeof types.NodesByIdDocument,
    "\n  query CodeSpacesProcess($processId: ID!) {\n    process(processId: $processId) {\n      status\n      kind\n      approverTasks { approverId status source assignee { id } }\n      ccTasks { approverId recipient { id } }\n      nodes { nodeDefinitionId status approverTasks { approverId } ccTasks { approverId } }\n    }\n  }\n": typeof types.CodeSpacesProcessDocument,
    "\n  query CodeSpacesTasks($userId: ID!) {\n    approverTasks(userId: $userId, first: 100) { edges { node { approverId processId status source } } }\n  }\n": typeof types.CodeSpacesTasksDocument,
    "query CorrectionOf($processId: ID!) { process(processId: $processId) { kind originalProcess { processId status } } }": typeof types.CorrectionOfDocument,
    "\n  query EveryValueKind($processId: ID!) {\n    process(processId: $processId) {\n      processId\n      status\n      formVariables {\n        apiName\n        name { zhCn enUs }\n        value { ...EveryScalar ... on ListValue { items { ...EveryScalar ... on ListValue { items { ...EveryScalar } } } } ... on RecordValue { records { apiName recordId value { ...EveryScalar } } } }\n      }\n    }\n  }\n  fragment EveryScalar on FieldValue {\n    __typename\n    ... on TextValue { text }\n    ... on BoolValue { bool }\n    ... on NumberValue { number }\n    ... on EnumValue { enumId }\n    ... on DateValue { date }\n    ... on DateTimeValue { dateTime }\n    ... on I18nValue { i18n { zhCn enUs } }\n    ... on ObjectValue { object { wkId wkApiName } }\n    ... on UserValue { userId }\n    ... on DepartmentValue { departmentId }\n    ... on EmploymentValue { employmentId }\n    ... on FileValue { file { openFileId fileName length mimeType } }\n  }\n": typeof types.EveryValueKindDocument,
    "query AskedKeys($processId: ID!) { process(processId: $processId) { formVariables(keys: [\"days\", \"reason\"]) { apiName } flowVariables(keys: [\"urgent\", \"days\"]) { apiName value { __typename } } } }": typeof types.AskedKeysDocument,
    "query LazyIdsOnly($f: ProcessFilter!) { processes(filter: $f, first: 10) { edges { node { __typename processId ...LazyIds ... on Node { id } } } } }\n       fragment LazyIds on Process { id processId }": typeof types.LazyIdsOnlyDocument,
    "query LazyStatus($f: ProcessFilter!) { processes(filter: $f, first: 12) { edges { node { processId ...LazyStatusFields } } } }\n       fragment LazyStatusFields on Process { status }": typeof types.LazyStatusDocument,
    "query LazyInboxIds($u: ID!) { approverTasks(userId: $u, first: 50) { edges { node { approverId processId process { processId id } } } } }": typeof types.LazyInboxIdsDocument,
    "query LazyInboxStatuses($u: ID!) { approverTasks(userId: $u, first: 50) { edges { node { process { status } } } } }": typeof types.LazyInboxStatusesDocument,
    "\n  query ThreeProcesses($a: ID!, $b: ID!, $c: ID!) {\n    a: process(processId: $a) { processId status }\n    b: process(processId: $b) { processId status }\n    c: process(processId: $c) { processId status }\n  }\n": typeof types.ThreeProcessesDocument,
    "query FormVariableNames($processId: ID!) { process(processId: $processId) { processId formVariables { apiName } } }": typeof types.FormVariableNamesDocument,
    "query StatusBeforeChange($processId: ID!) { process(processId: $processId) { status } }": typeof types.StatusBeforeChangeDocument,
    "\n  query ProcessesPage($filter: ProcessFilter!, $first: Int, $after: String) {\n    processes(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { processId status } }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n": typeof types.ProcessesPageDocument,
    "query BreakerStatus($processId: ID!) { process(processId: $processId) { status } }": typeof types.BreakerStatusDocument,
};
const documents: Documents = {
    "\n  query TaskPage($userId: ID!, $first: Int, $after: String, $status: ApproverTaskStatus) {\n    approverTasks(userId: $userId, first: $first, after: $after, status: $status) {\n      edges { cursor node { id approverId processId status } }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n": types.TaskPageDocument,
    "query ListedTaskFields($userId: ID!) { approverTasks(userId: $userId, status: IN_PROGRESS, first: 1) { edges { node { source status assignee { id } nodeDefinitionId type } } } }": types.ListedTaskFieldsDocument,
    "query NodesById($task: ID!, $process: ID!) { task: node(id: $task) { ... on ApproverTask { approverId processId } } process: node(id: $process) { ... on Process { processId } } }": types.NodesByIdDocument,
    "\n  query CodeSpacesProcess($processId: ID!) {\n    process(processId: $processId) {\n      status\n      kind\n      approverTasks { approverId status source assignee { id } }\n      ccTasks { approverId recipient { id } }\n      nodes { nodeDefinitionId status approverTasks { approverId } ccTasks { approverId } }\n    }\n  }\n": types.CodeSpacesProcessDocument,
    "\n  query CodeSpacesTasks($userId: ID!) {\n    approverTasks(userId: $userId, first: 100) { edges { node { approverId processId status source } } }\n  }\n": types.CodeSpacesTasksDocument,
    "query CorrectionOf($processId: ID!) { process(processId: $processId) { kind originalProcess { processId status } } }": types.CorrectionOfDocument,
    "\n  query EveryValueKind($processId: ID!) {\n    process(processId: $processId) {\n      processId\n      status\n      formVariables {\n        apiName\n        name { zhCn enUs }\n        value { ...EveryScalar ... on ListValue { items { ...EveryScalar ... on ListValue { items { ...EveryScalar } } } } ... on RecordValue { records { apiName recordId value { ...EveryScalar } } } }\n      }\n    }\n  }\n  fragment EveryScalar on FieldValue {\n    __typename\n    ... on TextValue { text }\n    ... on BoolValue { bool }\n    ... on NumberValue { number }\n    ... on EnumValue { enumId }\n    ... on DateValue { date }\n    ... on DateTimeValue { dateTime }\n    ... on I18nValue { i18n { zhCn enUs } }\n    ... on ObjectValue { object { wkId wkApiName } }\n    ... on UserValue { userId }\n    ... on DepartmentValue { departmentId }\n    ... on EmploymentValue { employmentId }\n    ... on FileValue { file { openFileId fileName length mimeType } }\n  }\n": types.EveryValueKindDocument,
    "query AskedKeys($processId: ID!) { process(processId: $processId) { formVariables(keys: [\"days\", \"reason\"]) { apiName } flowVariables(keys: [\"urgent\", \"days\"]) { apiName value { __typename } } } }": types.AskedKeysDocument,
    "query LazyIdsOnly($f: ProcessFilter!) { processes(filter: $f, first: 10) { edges { node { __typename processId ...LazyIds ... on Node { id } } } } }\n       fragment LazyIds on Process { id processId }": types.LazyIdsOnlyDocument,
    "query LazyStatus($f: ProcessFilter!) { processes(filter: $f, first: 12) { edges { node { processId ...LazyStatusFields } } } }\n       fragment LazyStatusFields on Process { status }": types.LazyStatusDocument,
    "query LazyInboxIds($u: ID!) { approverTasks(userId: $u, first: 50) { edges { node { approverId processId process { processId id } } } } }": types.LazyInboxIdsDocument,
    "query LazyInboxStatuses($u: ID!) { approverTasks(userId: $u, first: 50) { edges { node { process { status } } } } }": types.LazyInboxStatusesDocument,
    "\n  query ThreeProcesses($a: ID!, $b: ID!, $c: ID!) {\n    a: process(processId: $a) { processId status }\n    b: process(processId: $b) { processId status }\n    c: process(processId: $c) { processId status }\n  }\n": types.ThreeProcessesDocument,
    "query FormVariableNames($processId: ID!) { process(processId: $processId) { processId formVariables { apiName } } }": types.FormVariableNamesDocument,
    "query StatusBeforeChange($processId: ID!) { process(processId: $processId) { status } }": types.StatusBeforeChangeDocument,
    "\n  query ProcessesPage($filter: ProcessFilter!, $first: Int, $after: String) {\n    processes(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { processId status } }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n": types.ProcessesPageDocument,
    "query BreakerStatus($processId: ID!) { process(processId: $processId) { status } }": types.BreakerStatusDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskPage($userId: ID!, $first: Int, $after: String, $status: ApproverTaskStatus) {\n    approverTasks(userId: $userId, first: $first, after: $after, status: $status) {\n      edges { cursor node { id approverId processId status } }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query TaskPage($userId: ID!, $first: Int, $after: String, $status: ApproverTaskStatus) {\n    approverTasks(userId: $userId, first: $first, after: $after, status: $status) {\n      edges { cursor node { id approverId processId status } }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListedTaskFields($userId: ID!) { approverTasks(userId: $userId, status: IN_PROGRESS, first: 1) { edges { node { source status assignee { id } nodeDefinitionId type } } } }"): (typeof documents)["query ListedTaskFields($userId: ID!) { approverTasks(userId: $userId, status: IN_PROGRESS, first: 1) { edges { node { source status assignee { id } nodeDefinitionId type } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NodesById($task: ID!, $process: ID!) { task: node(id: $task) { ... on ApproverTask { approverId processId } } process: node(id: $process) { ... on Process { processId } } }"): (typeof documents)["query NodesById($task: ID!, $process: ID!) { task: node(id: $task) { ... on ApproverTask { approverId processId } } process: node(id: $process) { ... on Process { processId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CodeSpacesProcess($processId: ID!) {\n    process(processId: $processId) {\n      status\n      kind\n      approverTasks { approverId status source assignee { id } }\n      ccTasks { approverId recipient { id } }\n      nodes { nodeDefinitionId status approverTasks { approverId } ccTasks { approverId } }\n    }\n  }\n"): (typeof documents)["\n  query CodeSpacesProcess($processId: ID!) {\n    process(processId: $processId) {\n      status\n      kind\n      approverTasks { approverId status source assignee { id } }\n      ccTasks { approverId recipient { id } }\n      nodes { nodeDefinitionId status approverTasks { approverId } ccTasks { approverId } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CodeSpacesTasks($userId: ID!) {\n    approverTasks(userId: $userId, first: 100) { edges { node { approverId processId status source } } }\n  }\n"): (typeof documents)["\n  query CodeSpacesTasks($userId: ID!) {\n    approverTasks(userId: $userId, first: 100) { edges { node { approverId processId status source } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CorrectionOf($processId: ID!) { process(processId: $processId) { kind originalProcess { processId status } } }"): (typeof documents)["query CorrectionOf($processId: ID!) { process(processId: $processId) { kind originalProcess { processId status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EveryValueKind($processId: ID!) {\n    process(processId: $processId) {\n      processId\n      status\n      formVariables {\n        apiName\n        name { zhCn enUs }\n        value { ...EveryScalar ... on ListValue { items { ...EveryScalar ... on ListValue { items { ...EveryScalar } } } } ... on RecordValue { records { apiName recordId value { ...EveryScalar } } } }\n      }\n    }\n  }\n  fragment EveryScalar on FieldValue {\n    __typename\n    ... on TextValue { text }\n    ... on BoolValue { bool }\n    ... on NumberValue { number }\n    ... on EnumValue { enumId }\n    ... on DateValue { date }\n    ... on DateTimeValue { dateTime }\n    ... on I18nValue { i18n { zhCn enUs } }\n    ... on ObjectValue { object { wkId wkApiName } }\n    ... on UserValue { userId }\n    ... on DepartmentValue { departmentId }\n    ... on EmploymentValue { employmentId }\n    ... on FileValue { file { openFileId fileName length mimeType } }\n  }\n"): (typeof documents)["\n  query EveryValueKind($processId: ID!) {\n    process(processId: $processId) {\n      processId\n      status\n      formVariables {\n        apiName\n        name { zhCn enUs }\n        value { ...EveryScalar ... on ListValue { items { ...EveryScalar ... on ListValue { items { ...EveryScalar } } } } ... on RecordValue { records { apiName recordId value { ...EveryScalar } } } }\n      }\n    }\n  }\n  fragment EveryScalar on FieldValue {\n    __typename\n    ... on TextValue { text }\n    ... on BoolValue { bool }\n    ... on NumberValue { number }\n    ... on EnumValue { enumId }\n    ... on DateValue { date }\n    ... on DateTimeValue { dateTime }\n    ... on I18nValue { i18n { zhCn enUs } }\n    ... on ObjectValue { object { wkId wkApiName } }\n    ... on UserValue { userId }\n    ... on DepartmentValue { departmentId }\n    ... on EmploymentValue { employmentId }\n    ... on FileValue { file { openFileId fileName length mimeType } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AskedKeys($processId: ID!) { process(processId: $processId) { formVariables(keys: [\"days\", \"reason\"]) { apiName } flowVariables(keys: [\"urgent\", \"days\"]) { apiName value { __typename } } } }"): (typeof documents)["query AskedKeys($processId: ID!) { process(processId: $processId) { formVariables(keys: [\"days\", \"reason\"]) { apiName } flowVariables(keys: [\"urgent\", \"days\"]) { apiName value { __typename } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LazyIdsOnly($f: ProcessFilter!) { processes(filter: $f, first: 10) { edges { node { __typename processId ...LazyIds ... on Node { id } } } } }\n       fragment LazyIds on Process { id processId }"): (typeof documents)["query LazyIdsOnly($f: ProcessFilter!) { processes(filter: $f, first: 10) { edges { node { __typename processId ...LazyIds ... on Node { id } } } } }\n       fragment LazyIds on Process { id processId }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LazyStatus($f: ProcessFilter!) { processes(filter: $f, first: 12) { edges { node { processId ...LazyStatusFields } } } }\n       fragment LazyStatusFields on Process { status }"): (typeof documents)["query LazyStatus($f: ProcessFilter!) { processes(filter: $f, first: 12) { edges { node { processId ...LazyStatusFields } } } }\n       fragment LazyStatusFields on Process { status }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LazyInboxIds($u: ID!) { approverTasks(userId: $u, first: 50) { edges { node { approverId processId process { processId id } } } } }"): (typeof documents)["query LazyInboxIds($u: ID!) { approverTasks(userId: $u, first: 50) { edges { node { approverId processId process { processId id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LazyInboxStatuses($u: ID!) { approverTasks(userId: $u, first: 50) { edges { node { process { status } } } } }"): (typeof documents)["query LazyInboxStatuses($u: ID!) { approverTasks(userId: $u, first: 50) { edges { node { process { status } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreeProcesses($a: ID!, $b: ID!, $c: ID!) {\n    a: process(processId: $a) { processId status }\n    b: process(processId: $b) { processId status }\n    c: process(processId: $c) { processId status }\n  }\n"): (typeof documents)["\n  query ThreeProcesses($a: ID!, $b: ID!, $c: ID!) {\n    a: process(processId: $a) { processId status }\n    b: process(processId: $b) { processId status }\n    c: process(processId: $c) { processId status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FormVariableNames($processId: ID!) { process(processId: $processId) { processId formVariables { apiName } } }"): (typeof documents)["query FormVariableNames($processId: ID!) { process(processId: $processId) { processId formVariables { apiName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatusBeforeChange($processId: ID!) { process(processId: $processId) { status } }"): (typeof documents)["query StatusBeforeChange($processId: ID!) { process(processId: $processId) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProcessesPage($filter: ProcessFilter!, $first: Int, $after: String) {\n    processes(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { processId status } }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ProcessesPage($filter: ProcessFilter!, $first: Int, $after: String) {\n    processes(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { processId status } }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BreakerStatus($processId: ID!) { process(processId: $processId) { status } }"): (typeof documents)["query BreakerStatus($processId: ID!) { process(processId: $processId) { status } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;