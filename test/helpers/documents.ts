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

/** The processes in a user's task list (any status), one page of up to 100. */
export const InboxProcessIdsDocument = graphql(`
  query InboxProcessIds($u: ID!) {
    approverTasks(userId: $u, first: 100) {
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
