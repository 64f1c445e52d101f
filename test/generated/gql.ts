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
    "\n  query TasksWithProcess($userId: ID!, $first: Int) {\n    approverTasks(userId: $userId, first: $first) {\n      edges {\n        node {\n          approverId\n          status\n          process {\n            status\n            name {\n              zhCn\n              enUs\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TasksWithProcessDocument,
    "\n  query ProcessComments($id: ID!) {\n    process(processId: $id) {\n      processId\n      comments {\n        message\n      }\n    }\n  }\n": typeof types.ProcessCommentsDocument,
    "\n    query TasksOnly($userId: ID!) {\n      approverTasks(userId: $userId) {\n        edges {\n          listStatus\n          node {\n            approverId\n          }\n        }\n      }\n    }\n  ": typeof types.TasksOnlyDocument,
    "\n  subscription SubscriberEventIds($p: ID!) {\n    processEvents(filter: { processIds: [$p] }) {\n      eventId\n    }\n  }\n": typeof types.SubscriberEventIdsDocument,
    "\n  subscription EventsWithComments($filter: ProcessEventFilter) {\n    processEvents(filter: $filter) {\n      eventId\n      type\n      process {\n        status\n      }\n      ... on CommentAddedEvent {\n        comment {\n          message\n        }\n      }\n    }\n  }\n": typeof types.EventsWithCommentsDocument,
    "fragment Task on Node { id ... on ApproverTask { status source } }": typeof types.TaskFragmentDoc,
    "\n  query FleetRead($id: ID!) {\n    process(processId: $id) {\n      ...ProcessState\n      comments {\n        message\n      }\n      approverTasks {\n        approverId\n        status\n      }\n    }\n  }\n": typeof types.FleetReadDocument,
    "\n  subscription EventIdsAndTypes($filter: ProcessEventFilter) {\n    processEvents(filter: $filter) {\n      eventId\n      type\n    }\n  }\n": typeof types.EventIdsAndTypesDocument,
    "\n  query ProcessStatus($processId: ID!) {\n    process(processId: $processId) {\n      processId\n      status\n    }\n  }\n": typeof types.ProcessStatusDocument,
    "\n  query InboxProcessIds($u: ID!, $first: Int = 100) {\n    approverTasks(userId: $u, first: $first) {\n      edges {\n        node {\n          process {\n            processId\n          }\n        }\n      }\n    }\n  }\n": typeof types.InboxProcessIdsDocument,
    "\n  fragment ListedTask on ApproverTaskEdge {\n    listStatus\n    node {\n      id\n      approverId\n      processId\n    }\n  }\n": typeof types.ListedTaskFragmentDoc,
    "\n  fragment ProcessState on Process {\n    processId\n    status\n  }\n": typeof types.ProcessStateFragmentDoc,
    "\n  fragment MutatedProcess on Process {\n    processId\n    status\n    approverTasks {\n      approverId\n      status\n      assignee {\n        id\n      }\n    }\n  }\n": typeof types.MutatedProcessFragmentDoc,
    "\n  fragment MutationFailure on Error {\n    message\n    code\n    feishuCode\n    logId\n    ... on InvalidInputError {\n      field\n    }\n    ... on RateLimitedError {\n      retryAfter\n    }\n  }\n": typeof types.MutationFailureFragmentDoc,
    "\n    mutation EveryApproveTaskResult($input: ApproveTaskInput!) {\n      result: approveTask(input: $input) {\n        __typename\n        ... on ApproveTaskSuccess {\n          processId\n          process {\n            ...MutatedProcess\n          }\n        }\n        ...MutationFailure\n      }\n    }\n  ": typeof types.EveryApproveTaskResultDocument,
    "\n    mutation EveryRejectTaskResult($input: RejectTaskInput!) {\n      result: rejectTask(input: $input) {\n        __typename\n        ... on RejectTaskSuccess {\n          processId\n          process {\n            ...MutatedProcess\n          }\n        }\n        ...MutationFailure\n      }\n    }\n  ": typeof types.EveryRejectTaskResultDocument,
    "\n    mutation EveryTransferTasksResult($input: TransferTasksInput!) {\n      result: transferTasks(input: $input) {\n        __typename\n        ... on TransferTasksSuccess {\n          processId\n          process {\n            ...MutatedProcess\n          }\n        }\n        ...MutationFailure\n      }\n    }\n  ": typeof types.EveryTransferTasksResultDocument,
    "\n    mutation EveryAddApproversResult($input: AddApproversInput!) {\n      result: addApprovers(input: $input) {\n        __typename\n        ... on AddApproversSuccess {\n          processId\n          process {\n            ...MutatedProcess\n          }\n        }\n        ...MutationFailure\n      }\n    }\n  ": typeof types.EveryAddApproversResultDocument,
    "\n    mutation EveryWithdrawProcessResult($input: WithdrawProcessInput!) {\n      result: withdrawProcess(input: $input) {\n        __typename\n        ... on WithdrawProcessSuccess {\n          processId\n          process {\n            ...MutatedProcess\n          }\n        }\n        ...MutationFailure\n      }\n    }\n  ": typeof types.EveryWithdrawProcessResultDocument,
    "\n    mutation EveryRevokeProcessResult($input: RevokeProcessInput!) {\n      result: revokeProcess(input: $input) {\n        __typename\n        ... on RevokeProcessSuccess {\n          processId\n          process {\n            ...MutatedProcess\n          }\n        }\n        ...MutationFailure\n      }\n    }\n  ": typeof types.EveryRevokeProcessResultDocument,
    "\n  query MutatedProcessState($processId: ID!) {\n    process(processId: $processId) {\n      ...MutatedProcess\n    }\n  }\n": typeof types.MutatedProcessStateDocument,
    "\n        subscription EveryEventId {\n          processEvents {\n            eventId\n          }\n        }\n      ": typeof types.EveryEventIdDocument,
    "\n            query SharedCacheRead($processId: ID!) {\n              process(processId: $processId) {\n                processId\n                status\n              }\n            }\n          ": typeof types.SharedCacheReadDocument,
    "\n  query CountedInbox($userId: ID!) {\n    approverTasks(userId: $userId, first: 100) {\n      edges {\n        node {\n          approverId\n          process {\n            status\n            name {\n              zhCn\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CountedInboxDocument,
    "\n        query InboxListStatus($u: ID!) {\n          approverTasks(userId: $u, first: 100) {\n            edges {\n              ...ListedTask\n            }\n          }\n        }\n      ": typeof types.InboxListStatusDocument,
    "\n        query InboxStatusSource($u: ID!) {\n          approverTasks(userId: $u, first: 100) {\n            edges {\n              node {\n                status\n                source\n              }\n            }\n          }\n        }\n      ": typeof types.InboxStatusSourceDocument,
    "\n      query FlowKeySets($processId: ID!) {\n        process(processId: $processId) {\n          a: flowVariables(keys: [\"x\", \"y\"]) {\n            apiName\n          }\n          b: flowVariables(keys: [\"y\", \"x\"]) {\n            apiName\n          }\n          c: flowVariables(keys: [\"z\"]) {\n            apiName\n          }\n        }\n      }\n    ": typeof types.FlowKeySetsDocument,
    "subscription TasksChangedFor($u: ID!) { approverTasksChanged(userId: $u) { userId userIdType occurredAt } }": typeof types.TasksChangedForDocument,
    "\n  query TaskPage($userId: ID!, $first: Int, $after: String, $status: ApproverTaskStatus) {\n    approverTasks(userId: $userId, first: $first, after: $after, status: $status) {\n      edges { cursor ...ListedTask }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n": typeof types.TaskPageDocument,
    "query ListedTaskFields($userId: ID!) { approverTasks(userId: $userId, status: IN_PROGRESS, first: 1) { edges { listStatus node { source status assignee { id } nodeDefinitionId type } } } }": typeof types.ListedTaskFieldsDocument,
    "query ListedTaskUnreadable($userId: ID!) { approverTasks(userId: $userId, first: 10) { edges { listStatus node { approverId status } } } }": typeof types.ListedTaskUnreadableDocument,
    "query NodesById($task: ID!, $process: ID!) { task: node(id: $task) { ... on ApproverTask { approverId processId } } process: node(id: $process) { ... on Process { processId } } }": typeof types.NodesByIdDocument,
    "\n  query CodeSpacesProcess($processId: ID!) {\n    process(processId: $processId) {\n      status\n      kind\n      approverTasks { approverId status source assignee { id } }\n      ccTasks { approverId recipient { id } }\n      nodes { nodeDefinitionId status approverTasks { approverId } ccTasks { approverId } }\n    }\n  }\n": typeof types.CodeSpacesProcessDocument,
    "\n  query CodeSpacesTasks($userId: ID!) {\n    approverTasks(userId: $userId, first: 100) { edges { listStatus node { approverId processId status source } } }\n  }\n": typeof types.CodeSpacesTasksDocument,
    "query CorrectionOf($processId: ID!) { process(processId: $processId) { kind originalProcess { processId status } } }": typeof types.CorrectionOfDocument,
    "\n  query EveryValueKind($processId: ID!) {\n    process(processId: $processId) {\n      ...ProcessState\n      formVariables {\n        apiName\n        name { zhCn enUs }\n        value { ...EveryScalar ... on ListValue { items { ...EveryScalar ... on ListValue { items { ...EveryScalar } } } } ... on RecordValue { records { apiName recordId value { ...EveryScalar } } } }\n      }\n    }\n  }\n  fragment EveryScalar on FieldValue {\n    __typename\n    ... on TextValue { text }\n    ... on BoolValue { bool }\n    ... on NumberValue { number }\n    ... on EnumValue { enumId }\n    ... on DateValue { date }\n    ... on DateTimeValue { dateTime }\n    ... on I18nValue { i18n { zhCn enUs } }\n    ... on ObjectValue { object { wkId wkApiName } }\n    ... on UserValue { userId }\n    ... on DepartmentValue { departmentId }\n    ... on EmploymentValue { employmentId }\n    ... on FileValue { file { openFileId fileName length mimeType } }\n  }\n": typeof types.EveryValueKindDocument,
    "query AskedKeys($processId: ID!) { process(processId: $processId) { formVariables(keys: [\"days\", \"reason\"]) { apiName } flowVariables(keys: [\"urgent\", \"days\"]) { apiName value { __typename } } } }": typeof types.AskedKeysDocument,
    "query LazyIdsOnly($f: ProcessFilter!) { processes(filter: $f, first: 10) { edges { node { __typename processId ...LazyIds ... on Node { id } } } } }\n       fragment LazyIds on Process { id processId }": typeof types.LazyIdsOnlyDocument,
    "query LazyStatus($f: ProcessFilter!) { processes(filter: $f, first: 12) { edges { node { processId ...LazyStatusFields } } } }\n       fragment LazyStatusFields on Process { status }": typeof types.LazyStatusDocument,
    "query LazyInboxIds($u: ID!) { approverTasks(userId: $u, first: 50) { edges { node { approverId processId process { processId id } } } } }": typeof types.LazyInboxIdsDocument,
    "query LazyInboxStatuses($u: ID!) { approverTasks(userId: $u, first: 50) { edges { node { process { status } } } } }": typeof types.LazyInboxStatusesDocument,
    "\n        mutation TwoMutationsOneRequest($approve: ApproveTaskInput!, $withdraw: WithdrawProcessInput!) {\n          one: approveTask(input: $approve) { ... on ApproveTaskSuccess { process { status } } }\n          two: withdrawProcess(input: $withdraw) { ... on WithdrawProcessSuccess { process { status } } }\n        }\n      ": typeof types.TwoMutationsOneRequestDocument,
    "\n      query RemarkAfterApproval($processId: ID!) {\n        process(processId: $processId) { formVariables(keys: [\"remark\"]) { apiName value { ... on TextValue { text } } } }\n      }\n    ": typeof types.RemarkAfterApprovalDocument,
    "\n  query ThreeProcesses($a: ID!, $b: ID!, $c: ID!) {\n    a: process(processId: $a) { processId status }\n    b: process(processId: $b) { processId status }\n    c: process(processId: $c) { processId status }\n  }\n": typeof types.ThreeProcessesDocument,
    "query FormVariableNames($processId: ID!) { process(processId: $processId) { processId formVariables { apiName } } }": typeof types.FormVariableNamesDocument,
    "\n  subscription EveryEventKind($filter: ProcessEventFilter, $after: String) {\n    processEvents(filter: $filter, after: $after) {\n      __typename eventId cursor type occurredAt processId bizType\n      ... on ProcessStatusChangedEvent { status kind flowDefinitionId }\n      ... on ProcessUpdatedEvent { status kind flowDefinitionId }\n      ... on NodeUpdatedEvent { nodeStatus nodeType nodeDefinitionId processNodeId }\n      ... on ApproverTaskUpdatedEvent { approverId taskStatus taskType nodeId }\n      ... on CcUpdatedEvent { approverId }\n      ... on CommentAddedEvent { commentId }\n    }\n  }\n": typeof types.EveryEventKindDocument,
    "\n  subscription EventWithProcess($filter: ProcessEventFilter) {\n    processEvents(filter: $filter) { eventId process { processId status } }\n  }\n": typeof types.EventWithProcessDocument,
    "query StatusBeforeChange($processId: ID!) { process(processId: $processId) { status } }": typeof types.StatusBeforeChangeDocument,
    "\n  query ProcessesPage($filter: ProcessFilter!, $first: Int, $after: String) {\n    processes(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { processId status } }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n": typeof types.ProcessesPageDocument,
    "\n  query CallerProcess($id: ID!) {\n    process(processId: $id) {\n      ...ProcessState\n      initiator {\n        id\n      }\n    }\n  }\n": typeof types.CallerProcessDocument,
    "\n  query CallerProcesses($f: ProcessFilter!, $first: Int) {\n    processes(filter: $f, first: $first) {\n      edges {\n        node {\n          processId\n        }\n      }\n    }\n  }\n": typeof types.CallerProcessesDocument,
    "\n  query CallerGlobalIds($id: ID!) {\n    process(processId: $id) {\n      id\n      approverTasks {\n        id\n      }\n    }\n  }\n": typeof types.CallerGlobalIdsDocument,
    "\n  query CallerNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Process {\n        processId\n      }\n      ... on ApproverTask {\n        approverId\n      }\n    }\n  }\n": typeof types.CallerNodeDocument,
    "\n        query QueryTypeName {\n          __schema {\n            queryType {\n              name\n            }\n          }\n        }\n      ": typeof types.QueryTypeNameDocument,
    "\n    subscription CallerWatch {\n      processEvents {\n        processId\n        type\n      }\n    }\n  ": typeof types.CallerWatchDocument,
    "\n  subscription EventCursors {\n    processEvents {\n      eventId\n      cursor\n    }\n  }\n": typeof types.EventCursorsDocument,
    "\n  query BreakerStatus($processId: ID!) {\n    process(processId: $processId) {\n      status\n    }\n  }\n": typeof types.BreakerStatusDocument,
};
const documents: Documents = {
    "\n  query TasksWithProcess($userId: ID!, $first: Int) {\n    approverTasks(userId: $userId, first: $first) {\n      edges {\n        node {\n          approverId\n          status\n          process {\n            status\n            name {\n              zhCn\n              enUs\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TasksWithProcessDocument,
    "\n  query ProcessComments($id: ID!) {\n    process(processId: $id) {\n      processId\n      comments {\n        message\n      }\n    }\n  }\n": types.ProcessCommentsDocument,
    "\n    query TasksOnly($userId: ID!) {\n      approverTasks(userId: $userId) {\n        edges {\n          listStatus\n          node {\n            approverId\n          }\n        }\n      }\n    }\n  ": types.TasksOnlyDocument,
    "\n  subscription SubscriberEventIds($p: ID!) {\n    processEvents(filter: { processIds: [$p] }) {\n      eventId\n    }\n  }\n": types.SubscriberEventIdsDocument,
    "\n  subscription EventsWithComments($filter: ProcessEventFilter) {\n    processEvents(filter: $filter) {\n      eventId\n      type\n      process {\n        status\n      }\n      ... on CommentAddedEvent {\n        comment {\n          message\n        }\n      }\n    }\n  }\n": types.EventsWithCommentsDocument,
    "fragment Task on Node { id ... on ApproverTask { status source } }": types.TaskFragmentDoc,
    "\n  query FleetRead($id: ID!) {\n    process(processId: $id) {\n      ...ProcessState\n      comments {\n        message\n      }\n      approverTasks {\n        approverId\n        status\n      }\n    }\n  }\n": types.FleetReadDocument,
    "\n  subscription EventIdsAndTypes($filter: ProcessEventFilter) {\n    processEvents(filter: $filter) {\n      eventId\n      type\n    }\n  }\n": types.EventIdsAndTypesDocument,
    "\n  query ProcessStatus($processId: ID!) {\n    process(processId: $processId) {\n      processId\n      status\n    }\n  }\n": types.ProcessStatusDocument,
    "\n  query InboxProcessIds($u: ID!, $first: Int = 100) {\n    approverTasks(userId: $u, first: $first) {\n      edges {\n        node {\n          process {\n            processId\n          }\n        }\n      }\n    }\n  }\n": types.InboxProcessIdsDocument,
    "\n  fragment ListedTask on ApproverTaskEdge {\n    listStatus\n    node {\n      id\n      approverId\n      processId\n    }\n  }\n": types.ListedTaskFragmentDoc,
    "\n  fragment ProcessState on Process {\n    processId\n    status\n  }\n": types.ProcessStateFragmentDoc,
    "\n  fragment MutatedProcess on Process {\n    processId\n    status\n    approverTasks {\n      approverId\n      status\n      assignee {\n        id\n      }\n    }\n  }\n": types.MutatedProcessFragmentDoc,
    "\n  fragment MutationFailure on Error {\n    message\n    code\n    feishuCode\n    logId\n    ... on InvalidInputError {\n      field\n    }\n    ... on RateLimitedError {\n      retryAfter\n    }\n  }\n": types.MutationFailureFragmentDoc,
    "\n    mutation EveryApproveTaskResult($input: ApproveTaskInput!) {\n      result: approveTask(input: $input) {\n        __typename\n        ... on ApproveTaskSuccess {\n          processId\n          process {\n            ...MutatedProcess\n          }\n        }\n        ...MutationFailure\n      }\n    }\n  ": types.EveryApproveTaskResultDocument,
    "\n    mutation EveryRejectTaskResult($input: RejectTaskInput!) {\n      result: rejectTask(input: $input) {\n        __typename\n        ... on RejectTaskSuccess {\n          processId\n          process {\n            ...MutatedProcess\n          }\n        }\n        ...MutationFailure\n      }\n    }\n  ": types.EveryRejectTaskResultDocument,
    "\n    mutation EveryTransferTasksResult($input: TransferTasksInput!) {\n      result: transferTasks(input: $input) {\n        __typename\n        ... on TransferTasksSuccess {\n          processId\n          process {\n            ...MutatedProcess\n          }\n        }\n        ...MutationFailure\n      }\n    }\n  ": types.EveryTransferTasksResultDocument,
    "\n    mutation EveryAddApproversResult($input: AddApproversInput!) {\n      result: addApprovers(input: $input) {\n        __typename\n        ... on AddApproversSuccess {\n          processId\n          process {\n            ...MutatedProcess\n          }\n        }\n        ...MutationFailure\n      }\n    }\n  ": types.EveryAddApproversResultDocument,
    "\n    mutation EveryWithdrawProcessResult($input: WithdrawProcessInput!) {\n      result: withdrawProcess(input: $input) {\n        __typename\n        ... on WithdrawProcessSuccess {\n          processId\n          process {\n            ...MutatedProcess\n          }\n        }\n        ...MutationFailure\n      }\n    }\n  ": types.EveryWithdrawProcessResultDocument,
    "\n    mutation EveryRevokeProcessResult($input: RevokeProcessInput!) {\n      result: revokeProcess(input: $input) {\n        __typename\n        ... on RevokeProcessSuccess {\n          processId\n          process {\n            ...MutatedProcess\n          }\n        }\n        ...MutationFailure\n      }\n    }\n  ": types.EveryRevokeProcessResultDocument,
    "\n  query MutatedProcessState($processId: ID!) {\n    process(processId: $processId) {\n      ...MutatedProcess\n    }\n  }\n": types.MutatedProcessStateDocument,
    "\n        subscription EveryEventId {\n          processEvents {\n            eventId\n          }\n        }\n      ": types.EveryEventIdDocument,
    "\n            query SharedCacheRead($processId: ID!) {\n              process(processId: $processId) {\n                processId\n                status\n              }\n            }\n          ": types.SharedCacheReadDocument,
    "\n  query CountedInbox($userId: ID!) {\n    approverTasks(userId: $userId, first: 100) {\n      edges {\n        node {\n          approverId\n          process {\n            status\n            name {\n              zhCn\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CountedInboxDocument,
    "\n        query InboxListStatus($u: ID!) {\n          approverTasks(userId: $u, first: 100) {\n            edges {\n              ...ListedTask\n            }\n          }\n        }\n      ": types.InboxListStatusDocument,
    "\n        query InboxStatusSource($u: ID!) {\n          approverTasks(userId: $u, first: 100) {\n            edges {\n              node {\n                status\n                source\n              }\n            }\n          }\n        }\n      ": types.InboxStatusSourceDocument,
    "\n      query FlowKeySets($processId: ID!) {\n        process(processId: $processId) {\n          a: flowVariables(keys: [\"x\", \"y\"]) {\n            apiName\n          }\n          b: flowVariables(keys: [\"y\", \"x\"]) {\n            apiName\n          }\n          c: flowVariables(keys: [\"z\"]) {\n            apiName\n          }\n        }\n      }\n    ": types.FlowKeySetsDocument,
    "subscription TasksChangedFor($u: ID!) { approverTasksChanged(userId: $u) { userId userIdType occurredAt } }": types.TasksChangedForDocument,
    "\n  query TaskPage($userId: ID!, $first: Int, $after: String, $status: ApproverTaskStatus) {\n    approverTasks(userId: $userId, first: $first, after: $after, status: $status) {\n      edges { cursor ...ListedTask }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n": types.TaskPageDocument,
    "query ListedTaskFields($userId: ID!) { approverTasks(userId: $userId, status: IN_PROGRESS, first: 1) { edges { listStatus node { source status assignee { id } nodeDefinitionId type } } } }": types.ListedTaskFieldsDocument,
    "query ListedTaskUnreadable($userId: ID!) { approverTasks(userId: $userId, first: 10) { edges { listStatus node { approverId status } } } }": types.ListedTaskUnreadableDocument,
    "query NodesById($task: ID!, $process: ID!) { task: node(id: $task) { ... on ApproverTask { approverId processId } } process: node(id: $process) { ... on Process { processId } } }": types.NodesByIdDocument,
    "\n  query CodeSpacesProcess($processId: ID!) {\n    process(processId: $processId) {\n      status\n      kind\n      approverTasks { approverId status source assignee { id } }\n      ccTasks { approverId recipient { id } }\n      nodes { nodeDefinitionId status approverTasks { approverId } ccTasks { approverId } }\n    }\n  }\n": types.CodeSpacesProcessDocument,
    "\n  query CodeSpacesTasks($userId: ID!) {\n    approverTasks(userId: $userId, first: 100) { edges { listStatus node { approverId processId status source } } }\n  }\n": types.CodeSpacesTasksDocument,
    "query CorrectionOf($processId: ID!) { process(processId: $processId) { kind originalProcess { processId status } } }": types.CorrectionOfDocument,
    "\n  query EveryValueKind($processId: ID!) {\n    process(processId: $processId) {\n      ...ProcessState\n      formVariables {\n        apiName\n        name { zhCn enUs }\n        value { ...EveryScalar ... on ListValue { items { ...EveryScalar ... on ListValue { items { ...EveryScalar } } } } ... on RecordValue { records { apiName recordId value { ...EveryScalar } } } }\n      }\n    }\n  }\n  fragment EveryScalar on FieldValue {\n    __typename\n    ... on TextValue { text }\n    ... on BoolValue { bool }\n    ... on NumberValue { number }\n    ... on EnumValue { enumId }\n    ... on DateValue { date }\n    ... on DateTimeValue { dateTime }\n    ... on I18nValue { i18n { zhCn enUs } }\n    ... on ObjectValue { object { wkId wkApiName } }\n    ... on UserValue { userId }\n    ... on DepartmentValue { departmentId }\n    ... on EmploymentValue { employmentId }\n    ... on FileValue { file { openFileId fileName length mimeType } }\n  }\n": types.EveryValueKindDocument,
    "query AskedKeys($processId: ID!) { process(processId: $processId) { formVariables(keys: [\"days\", \"reason\"]) { apiName } flowVariables(keys: [\"urgent\", \"days\"]) { apiName value { __typename } } } }": types.AskedKeysDocument,
    "query LazyIdsOnly($f: ProcessFilter!) { processes(filter: $f, first: 10) { edges { node { __typename processId ...LazyIds ... on Node { id } } } } }\n       fragment LazyIds on Process { id processId }": types.LazyIdsOnlyDocument,
    "query LazyStatus($f: ProcessFilter!) { processes(filter: $f, first: 12) { edges { node { processId ...LazyStatusFields } } } }\n       fragment LazyStatusFields on Process { status }": types.LazyStatusDocument,
    "query LazyInboxIds($u: ID!) { approverTasks(userId: $u, first: 50) { edges { node { approverId processId process { processId id } } } } }": types.LazyInboxIdsDocument,
    "query LazyInboxStatuses($u: ID!) { approverTasks(userId: $u, first: 50) { edges { node { process { status } } } } }": types.LazyInboxStatusesDocument,
    "\n        mutation TwoMutationsOneRequest($approve: ApproveTaskInput!, $withdraw: WithdrawProcessInput!) {\n          one: approveTask(input: $approve) { ... on ApproveTaskSuccess { process { status } } }\n          two: withdrawProcess(input: $withdraw) { ... on WithdrawProcessSuccess { process { status } } }\n        }\n      ": types.TwoMutationsOneRequestDocument,
    "\n      query RemarkAfterApproval($processId: ID!) {\n        process(processId: $processId) { formVariables(keys: [\"remark\"]) { apiName value { ... on TextValue { text } } } }\n      }\n    ": types.RemarkAfterApprovalDocument,
    "\n  query ThreeProcesses($a: ID!, $b: ID!, $c: ID!) {\n    a: process(processId: $a) { processId status }\n    b: process(processId: $b) { processId status }\n    c: process(processId: $c) { processId status }\n  }\n": types.ThreeProcessesDocument,
    "query FormVariableNames($processId: ID!) { process(processId: $processId) { processId formVariables { apiName } } }": types.FormVariableNamesDocument,
    "\n  subscription EveryEventKind($filter: ProcessEventFilter, $after: String) {\n    processEvents(filter: $filter, after: $after) {\n      __typename eventId cursor type occurredAt processId bizType\n      ... on ProcessStatusChangedEvent { status kind flowDefinitionId }\n      ... on ProcessUpdatedEvent { status kind flowDefinitionId }\n      ... on NodeUpdatedEvent { nodeStatus nodeType nodeDefinitionId processNodeId }\n      ... on ApproverTaskUpdatedEvent { approverId taskStatus taskType nodeId }\n      ... on CcUpdatedEvent { approverId }\n      ... on CommentAddedEvent { commentId }\n    }\n  }\n": types.EveryEventKindDocument,
    "\n  subscription EventWithProcess($filter: ProcessEventFilter) {\n    processEvents(filter: $filter) { eventId process { processId status } }\n  }\n": types.EventWithProcessDocument,
    "query StatusBeforeChange($processId: ID!) { process(processId: $processId) { status } }": types.StatusBeforeChangeDocument,
    "\n  query ProcessesPage($filter: ProcessFilter!, $first: Int, $after: String) {\n    processes(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { processId status } }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n": types.ProcessesPageDocument,
    "\n  query CallerProcess($id: ID!) {\n    process(processId: $id) {\n      ...ProcessState\n      initiator {\n        id\n      }\n    }\n  }\n": types.CallerProcessDocument,
    "\n  query CallerProcesses($f: ProcessFilter!, $first: Int) {\n    processes(filter: $f, first: $first) {\n      edges {\n        node {\n          processId\n        }\n      }\n    }\n  }\n": types.CallerProcessesDocument,
    "\n  query CallerGlobalIds($id: ID!) {\n    process(processId: $id) {\n      id\n      approverTasks {\n        id\n      }\n    }\n  }\n": types.CallerGlobalIdsDocument,
    "\n  query CallerNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Process {\n        processId\n      }\n      ... on ApproverTask {\n        approverId\n      }\n    }\n  }\n": types.CallerNodeDocument,
    "\n        query QueryTypeName {\n          __schema {\n            queryType {\n              name\n            }\n          }\n        }\n      ": types.QueryTypeNameDocument,
    "\n    subscription CallerWatch {\n      processEvents {\n        processId\n        type\n      }\n    }\n  ": types.CallerWatchDocument,
    "\n  subscription EventCursors {\n    processEvents {\n      eventId\n      cursor\n    }\n  }\n": types.EventCursorsDocument,
    "\n  query BreakerStatus($processId: ID!) {\n    process(processId: $processId) {\n      status\n    }\n  }\n": types.BreakerStatusDocument,
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
export function graphql(source: "\n  query TasksWithProcess($userId: ID!, $first: Int) {\n    approverTasks(userId: $userId, first: $first) {\n      edges {\n        node {\n          approverId\n          status\n          process {\n            status\n            name {\n              zhCn\n              enUs\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TasksWithProcess($userId: ID!, $first: Int) {\n    approverTasks(userId: $userId, first: $first) {\n      edges {\n        node {\n          approverId\n          status\n          process {\n            status\n            name {\n              zhCn\n              enUs\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProcessComments($id: ID!) {\n    process(processId: $id) {\n      processId\n      comments {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProcessComments($id: ID!) {\n    process(processId: $id) {\n      processId\n      comments {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TasksOnly($userId: ID!) {\n      approverTasks(userId: $userId) {\n        edges {\n          listStatus\n          node {\n            approverId\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query TasksOnly($userId: ID!) {\n      approverTasks(userId: $userId) {\n        edges {\n          listStatus\n          node {\n            approverId\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubscriberEventIds($p: ID!) {\n    processEvents(filter: { processIds: [$p] }) {\n      eventId\n    }\n  }\n"): (typeof documents)["\n  subscription SubscriberEventIds($p: ID!) {\n    processEvents(filter: { processIds: [$p] }) {\n      eventId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EventsWithComments($filter: ProcessEventFilter) {\n    processEvents(filter: $filter) {\n      eventId\n      type\n      process {\n        status\n      }\n      ... on CommentAddedEvent {\n        comment {\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription EventsWithComments($filter: ProcessEventFilter) {\n    processEvents(filter: $filter) {\n      eventId\n      type\n      process {\n        status\n      }\n      ... on CommentAddedEvent {\n        comment {\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment Task on Node { id ... on ApproverTask { status source } }"): (typeof documents)["fragment Task on Node { id ... on ApproverTask { status source } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FleetRead($id: ID!) {\n    process(processId: $id) {\n      ...ProcessState\n      comments {\n        message\n      }\n      approverTasks {\n        approverId\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query FleetRead($id: ID!) {\n    process(processId: $id) {\n      ...ProcessState\n      comments {\n        message\n      }\n      approverTasks {\n        approverId\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EventIdsAndTypes($filter: ProcessEventFilter) {\n    processEvents(filter: $filter) {\n      eventId\n      type\n    }\n  }\n"): (typeof documents)["\n  subscription EventIdsAndTypes($filter: ProcessEventFilter) {\n    processEvents(filter: $filter) {\n      eventId\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProcessStatus($processId: ID!) {\n    process(processId: $processId) {\n      processId\n      status\n    }\n  }\n"): (typeof documents)["\n  query ProcessStatus($processId: ID!) {\n    process(processId: $processId) {\n      processId\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxProcessIds($u: ID!, $first: Int = 100) {\n    approverTasks(userId: $u, first: $first) {\n      edges {\n        node {\n          process {\n            processId\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InboxProcessIds($u: ID!, $first: Int = 100) {\n    approverTasks(userId: $u, first: $first) {\n      edges {\n        node {\n          process {\n            processId\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ListedTask on ApproverTaskEdge {\n    listStatus\n    node {\n      id\n      approverId\n      processId\n    }\n  }\n"): (typeof documents)["\n  fragment ListedTask on ApproverTaskEdge {\n    listStatus\n    node {\n      id\n      approverId\n      processId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProcessState on Process {\n    processId\n    status\n  }\n"): (typeof documents)["\n  fragment ProcessState on Process {\n    processId\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MutatedProcess on Process {\n    processId\n    status\n    approverTasks {\n      approverId\n      status\n      assignee {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MutatedProcess on Process {\n    processId\n    status\n    approverTasks {\n      approverId\n      status\n      assignee {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MutationFailure on Error {\n    message\n    code\n    feishuCode\n    logId\n    ... on InvalidInputError {\n      field\n    }\n    ... on RateLimitedError {\n      retryAfter\n    }\n  }\n"): (typeof documents)["\n  fragment MutationFailure on Error {\n    message\n    code\n    feishuCode\n    logId\n    ... on InvalidInputError {\n      field\n    }\n    ... on RateLimitedError {\n      retryAfter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation EveryApproveTaskResult($input: ApproveTaskInput!) {\n      result: approveTask(input: $input) {\n        __typename\n        ... on ApproveTaskSuccess {\n          processId\n          process {\n            ...MutatedProcess\n          }\n        }\n        ...MutationFailure\n      }\n    }\n  "): (typeof documents)["\n    mutation EveryApproveTaskResult($input: ApproveTaskInput!) {\n      result: approveTask(input: $input) {\n        __typename\n        ... on ApproveTaskSuccess {\n          processId\n          process {\n            ...MutatedProcess\n          }\n        }\n        ...MutationFailure\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation EveryRejectTaskResult($input: RejectTaskInput!) {\n      result: rejectTask(input: $input) {\n        __typename\n        ... on RejectTaskSuccess {\n          processId\n          process {\n            ...MutatedProcess\n          }\n        }\n        ...MutationFailure\n      }\n    }\n  "): (typeof documents)["\n    mutation EveryRejectTaskResult($input: RejectTaskInput!) {\n      result: rejectTask(input: $input) {\n        __typename\n        ... on RejectTaskSuccess {\n          processId\n          process {\n            ...MutatedProcess\n          }\n        }\n        ...MutationFailure\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation EveryTransferTasksResult($input: TransferTasksInput!) {\n      result: transferTasks(input: $input) {\n        __typename\n        ... on TransferTasksSuccess {\n          processId\n          process {\n            ...MutatedProcess\n          }\n        }\n        ...MutationFailure\n      }\n    }\n  "): (typeof documents)["\n    mutation EveryTransferTasksResult($input: TransferTasksInput!) {\n      result: transferTasks(input: $input) {\n        __typename\n        ... on TransferTasksSuccess {\n          processId\n          process {\n            ...MutatedProcess\n          }\n        }\n        ...MutationFailure\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation EveryAddApproversResult($input: AddApproversInput!) {\n      result: addApprovers(input: $input) {\n        __typename\n        ... on AddApproversSuccess {\n          processId\n          process {\n            ...MutatedProcess\n          }\n        }\n        ...MutationFailure\n      }\n    }\n  "): (typeof documents)["\n    mutation EveryAddApproversResult($input: AddApproversInput!) {\n      result: addApprovers(input: $input) {\n        __typename\n        ... on AddApproversSuccess {\n          processId\n          process {\n            ...MutatedProcess\n          }\n        }\n        ...MutationFailure\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation EveryWithdrawProcessResult($input: WithdrawProcessInput!) {\n      result: withdrawProcess(input: $input) {\n        __typename\n        ... on WithdrawProcessSuccess {\n          processId\n          process {\n            ...MutatedProcess\n          }\n        }\n        ...MutationFailure\n      }\n    }\n  "): (typeof documents)["\n    mutation EveryWithdrawProcessResult($input: WithdrawProcessInput!) {\n      result: withdrawProcess(input: $input) {\n        __typename\n        ... on WithdrawProcessSuccess {\n          processId\n          process {\n            ...MutatedProcess\n          }\n        }\n        ...MutationFailure\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation EveryRevokeProcessResult($input: RevokeProcessInput!) {\n      result: revokeProcess(input: $input) {\n        __typename\n        ... on RevokeProcessSuccess {\n          processId\n          process {\n            ...MutatedProcess\n          }\n        }\n        ...MutationFailure\n      }\n    }\n  "): (typeof documents)["\n    mutation EveryRevokeProcessResult($input: RevokeProcessInput!) {\n      result: revokeProcess(input: $input) {\n        __typename\n        ... on RevokeProcessSuccess {\n          processId\n          process {\n            ...MutatedProcess\n          }\n        }\n        ...MutationFailure\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutatedProcessState($processId: ID!) {\n    process(processId: $processId) {\n      ...MutatedProcess\n    }\n  }\n"): (typeof documents)["\n  query MutatedProcessState($processId: ID!) {\n    process(processId: $processId) {\n      ...MutatedProcess\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        subscription EveryEventId {\n          processEvents {\n            eventId\n          }\n        }\n      "): (typeof documents)["\n        subscription EveryEventId {\n          processEvents {\n            eventId\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query SharedCacheRead($processId: ID!) {\n              process(processId: $processId) {\n                processId\n                status\n              }\n            }\n          "): (typeof documents)["\n            query SharedCacheRead($processId: ID!) {\n              process(processId: $processId) {\n                processId\n                status\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountedInbox($userId: ID!) {\n    approverTasks(userId: $userId, first: 100) {\n      edges {\n        node {\n          approverId\n          process {\n            status\n            name {\n              zhCn\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CountedInbox($userId: ID!) {\n    approverTasks(userId: $userId, first: 100) {\n      edges {\n        node {\n          approverId\n          process {\n            status\n            name {\n              zhCn\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query InboxListStatus($u: ID!) {\n          approverTasks(userId: $u, first: 100) {\n            edges {\n              ...ListedTask\n            }\n          }\n        }\n      "): (typeof documents)["\n        query InboxListStatus($u: ID!) {\n          approverTasks(userId: $u, first: 100) {\n            edges {\n              ...ListedTask\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query InboxStatusSource($u: ID!) {\n          approverTasks(userId: $u, first: 100) {\n            edges {\n              node {\n                status\n                source\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query InboxStatusSource($u: ID!) {\n          approverTasks(userId: $u, first: 100) {\n            edges {\n              node {\n                status\n                source\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query FlowKeySets($processId: ID!) {\n        process(processId: $processId) {\n          a: flowVariables(keys: [\"x\", \"y\"]) {\n            apiName\n          }\n          b: flowVariables(keys: [\"y\", \"x\"]) {\n            apiName\n          }\n          c: flowVariables(keys: [\"z\"]) {\n            apiName\n          }\n        }\n      }\n    "): (typeof documents)["\n      query FlowKeySets($processId: ID!) {\n        process(processId: $processId) {\n          a: flowVariables(keys: [\"x\", \"y\"]) {\n            apiName\n          }\n          b: flowVariables(keys: [\"y\", \"x\"]) {\n            apiName\n          }\n          c: flowVariables(keys: [\"z\"]) {\n            apiName\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription TasksChangedFor($u: ID!) { approverTasksChanged(userId: $u) { userId userIdType occurredAt } }"): (typeof documents)["subscription TasksChangedFor($u: ID!) { approverTasksChanged(userId: $u) { userId userIdType occurredAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskPage($userId: ID!, $first: Int, $after: String, $status: ApproverTaskStatus) {\n    approverTasks(userId: $userId, first: $first, after: $after, status: $status) {\n      edges { cursor ...ListedTask }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query TaskPage($userId: ID!, $first: Int, $after: String, $status: ApproverTaskStatus) {\n    approverTasks(userId: $userId, first: $first, after: $after, status: $status) {\n      edges { cursor ...ListedTask }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListedTaskFields($userId: ID!) { approverTasks(userId: $userId, status: IN_PROGRESS, first: 1) { edges { listStatus node { source status assignee { id } nodeDefinitionId type } } } }"): (typeof documents)["query ListedTaskFields($userId: ID!) { approverTasks(userId: $userId, status: IN_PROGRESS, first: 1) { edges { listStatus node { source status assignee { id } nodeDefinitionId type } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListedTaskUnreadable($userId: ID!) { approverTasks(userId: $userId, first: 10) { edges { listStatus node { approverId status } } } }"): (typeof documents)["query ListedTaskUnreadable($userId: ID!) { approverTasks(userId: $userId, first: 10) { edges { listStatus node { approverId status } } } }"];
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
export function graphql(source: "\n  query CodeSpacesTasks($userId: ID!) {\n    approverTasks(userId: $userId, first: 100) { edges { listStatus node { approverId processId status source } } }\n  }\n"): (typeof documents)["\n  query CodeSpacesTasks($userId: ID!) {\n    approverTasks(userId: $userId, first: 100) { edges { listStatus node { approverId processId status source } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CorrectionOf($processId: ID!) { process(processId: $processId) { kind originalProcess { processId status } } }"): (typeof documents)["query CorrectionOf($processId: ID!) { process(processId: $processId) { kind originalProcess { processId status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EveryValueKind($processId: ID!) {\n    process(processId: $processId) {\n      ...ProcessState\n      formVariables {\n        apiName\n        name { zhCn enUs }\n        value { ...EveryScalar ... on ListValue { items { ...EveryScalar ... on ListValue { items { ...EveryScalar } } } } ... on RecordValue { records { apiName recordId value { ...EveryScalar } } } }\n      }\n    }\n  }\n  fragment EveryScalar on FieldValue {\n    __typename\n    ... on TextValue { text }\n    ... on BoolValue { bool }\n    ... on NumberValue { number }\n    ... on EnumValue { enumId }\n    ... on DateValue { date }\n    ... on DateTimeValue { dateTime }\n    ... on I18nValue { i18n { zhCn enUs } }\n    ... on ObjectValue { object { wkId wkApiName } }\n    ... on UserValue { userId }\n    ... on DepartmentValue { departmentId }\n    ... on EmploymentValue { employmentId }\n    ... on FileValue { file { openFileId fileName length mimeType } }\n  }\n"): (typeof documents)["\n  query EveryValueKind($processId: ID!) {\n    process(processId: $processId) {\n      ...ProcessState\n      formVariables {\n        apiName\n        name { zhCn enUs }\n        value { ...EveryScalar ... on ListValue { items { ...EveryScalar ... on ListValue { items { ...EveryScalar } } } } ... on RecordValue { records { apiName recordId value { ...EveryScalar } } } }\n      }\n    }\n  }\n  fragment EveryScalar on FieldValue {\n    __typename\n    ... on TextValue { text }\n    ... on BoolValue { bool }\n    ... on NumberValue { number }\n    ... on EnumValue { enumId }\n    ... on DateValue { date }\n    ... on DateTimeValue { dateTime }\n    ... on I18nValue { i18n { zhCn enUs } }\n    ... on ObjectValue { object { wkId wkApiName } }\n    ... on UserValue { userId }\n    ... on DepartmentValue { departmentId }\n    ... on EmploymentValue { employmentId }\n    ... on FileValue { file { openFileId fileName length mimeType } }\n  }\n"];
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
export function graphql(source: "\n        mutation TwoMutationsOneRequest($approve: ApproveTaskInput!, $withdraw: WithdrawProcessInput!) {\n          one: approveTask(input: $approve) { ... on ApproveTaskSuccess { process { status } } }\n          two: withdrawProcess(input: $withdraw) { ... on WithdrawProcessSuccess { process { status } } }\n        }\n      "): (typeof documents)["\n        mutation TwoMutationsOneRequest($approve: ApproveTaskInput!, $withdraw: WithdrawProcessInput!) {\n          one: approveTask(input: $approve) { ... on ApproveTaskSuccess { process { status } } }\n          two: withdrawProcess(input: $withdraw) { ... on WithdrawProcessSuccess { process { status } } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RemarkAfterApproval($processId: ID!) {\n        process(processId: $processId) { formVariables(keys: [\"remark\"]) { apiName value { ... on TextValue { text } } } }\n      }\n    "): (typeof documents)["\n      query RemarkAfterApproval($processId: ID!) {\n        process(processId: $processId) { formVariables(keys: [\"remark\"]) { apiName value { ... on TextValue { text } } } }\n      }\n    "];
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
export function graphql(source: "\n  subscription EveryEventKind($filter: ProcessEventFilter, $after: String) {\n    processEvents(filter: $filter, after: $after) {\n      __typename eventId cursor type occurredAt processId bizType\n      ... on ProcessStatusChangedEvent { status kind flowDefinitionId }\n      ... on ProcessUpdatedEvent { status kind flowDefinitionId }\n      ... on NodeUpdatedEvent { nodeStatus nodeType nodeDefinitionId processNodeId }\n      ... on ApproverTaskUpdatedEvent { approverId taskStatus taskType nodeId }\n      ... on CcUpdatedEvent { approverId }\n      ... on CommentAddedEvent { commentId }\n    }\n  }\n"): (typeof documents)["\n  subscription EveryEventKind($filter: ProcessEventFilter, $after: String) {\n    processEvents(filter: $filter, after: $after) {\n      __typename eventId cursor type occurredAt processId bizType\n      ... on ProcessStatusChangedEvent { status kind flowDefinitionId }\n      ... on ProcessUpdatedEvent { status kind flowDefinitionId }\n      ... on NodeUpdatedEvent { nodeStatus nodeType nodeDefinitionId processNodeId }\n      ... on ApproverTaskUpdatedEvent { approverId taskStatus taskType nodeId }\n      ... on CcUpdatedEvent { approverId }\n      ... on CommentAddedEvent { commentId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EventWithProcess($filter: ProcessEventFilter) {\n    processEvents(filter: $filter) { eventId process { processId status } }\n  }\n"): (typeof documents)["\n  subscription EventWithProcess($filter: ProcessEventFilter) {\n    processEvents(filter: $filter) { eventId process { processId status } }\n  }\n"];
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
export function graphql(source: "\n  query CallerProcess($id: ID!) {\n    process(processId: $id) {\n      ...ProcessState\n      initiator {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query CallerProcess($id: ID!) {\n    process(processId: $id) {\n      ...ProcessState\n      initiator {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallerProcesses($f: ProcessFilter!, $first: Int) {\n    processes(filter: $f, first: $first) {\n      edges {\n        node {\n          processId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CallerProcesses($f: ProcessFilter!, $first: Int) {\n    processes(filter: $f, first: $first) {\n      edges {\n        node {\n          processId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallerGlobalIds($id: ID!) {\n    process(processId: $id) {\n      id\n      approverTasks {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query CallerGlobalIds($id: ID!) {\n    process(processId: $id) {\n      id\n      approverTasks {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallerNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Process {\n        processId\n      }\n      ... on ApproverTask {\n        approverId\n      }\n    }\n  }\n"): (typeof documents)["\n  query CallerNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Process {\n        processId\n      }\n      ... on ApproverTask {\n        approverId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query QueryTypeName {\n          __schema {\n            queryType {\n              name\n            }\n          }\n        }\n      "): (typeof documents)["\n        query QueryTypeName {\n          __schema {\n            queryType {\n              name\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    subscription CallerWatch {\n      processEvents {\n        processId\n        type\n      }\n    }\n  "): (typeof documents)["\n    subscription CallerWatch {\n      processEvents {\n        processId\n        type\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EventCursors {\n    processEvents {\n      eventId\n      cursor\n    }\n  }\n"): (typeof documents)["\n  subscription EventCursors {\n    processEvents {\n      eventId\n      cursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BreakerStatus($processId: ID!) {\n    process(processId: $processId) {\n      status\n    }\n  }\n"): (typeof documents)["\n  query BreakerStatus($processId: ID!) {\n    process(processId: $processId) {\n      status\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;