/**
 * Operations the benchmarks send that are not the product's examples (those are in src/generated):
 * typed by the client preset like the tests' (test/generated), written once for every benchmark.
 */
import { graphql } from '../test/generated/index.js';

/** A user's task list with what the N+1 check counts: each task's process status and name. */
export const TasksWithProcessDocument = graphql(`
  query TasksWithProcess($userId: ID!, $first: Int) {
    approverTasks(userId: $userId, first: $first) {
      edges {
        node {
          approverId
          status
          process {
            status
            name {
              zhCn
              enUs
            }
          }
        }
      }
    }
  }
`);
