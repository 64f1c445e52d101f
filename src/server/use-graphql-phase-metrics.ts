/**
 * GraphQL's own phases (parse, validate, context, execute, subscribe), errors per phase, operations
 * and deprecated fields used, from yoga's Prometheus plugin on the gateway's registry, under their
 * standard `graphql_envelop_*` names so community dashboards work. Operation names and error paths
 * are left out of their labels: clients choose them, and unbounded labels would grow every scrape
 * (our own operation histogram labels a bounded set of names). The plugin's HTTP and whole-request
 * histograms are left off: ours cover every route and carry the outcome.
 */
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Plugin } from 'graphql-yoga';
import type { GatewayMetrics } from './gateway-metrics.js';

export function useGraphQLPhaseMetrics(metrics: GatewayMetrics): Plugin {
  return usePrometheus({
    registry: metrics.registry,
    endpoint: false,
    labels: { operationName: false, path: false },
    metrics: {
      graphql_envelop_request: true,
      graphql_envelop_phase_parse: true,
      graphql_envelop_phase_validate: true,
      graphql_envelop_phase_context: true,
      graphql_envelop_phase_execute: true,
      graphql_envelop_phase_subscribe: true,
      graphql_envelop_error_result: true,
      graphql_envelop_deprecated_field: true,
      graphql_envelop_request_duration: false,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_schema_change: false,
      graphql_envelop_execute_resolver: false,
      graphql_yoga_http_duration: false,
    },
  });
}
