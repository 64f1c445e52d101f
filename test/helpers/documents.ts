/**
 * Small typed documents that several tests (and benchmarks) send, written once so that each is one
 * entry of test/generated. What a client app sends (inbox, detail, approve, events) is the product's
 * own operations in src/generated; these are the narrower reads a test counts or compares.
 */
import { graphql } from '../generated/index.js';

/** One process's status: the least read that goes to Feishu's getProcess. */
export const ProcessStatusDocument = graphql(`
  query ProcessStatus($processId: ID!) {
    process(processId: $processId) {
      processId
      status
    }
  }
`);

/** The processes in a user's task list (any status), one page of `first` (100 unless said). */
export const InboxProcessIdsDocument = graphql(`
  query InboxProcessIds($u: ID!, $first: Int = 100) {
    approverTasks(userId: $u, first: $first) {
      edges {
        node {
          process {
            processId
          }
        }
      }
    }
  }
`);

/*
 * Fragments: a test's document spreads one by name (`...ListedTask`) and codegen adds its definition to
 * that document, so the constants below need no import where they are spread.
 */

/** A task as the approvers list alone gives it (its row's status and the ids), with no process detail read. */
export const ListedTaskFragment = graphql(`
  fragment ListedTask on ApproverTaskEdge {
    listStatus
    node {
      id
      approverId
      processId
    }
  }
`);

/** Which process a read is of and where it stands: what every detail read here starts with. */
export const ProcessStateFragment = graphql(`
  fragment ProcessState on Process {
    processId
    status
  }
`);
