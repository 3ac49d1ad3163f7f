/**
 * How `main.ts --disposable` tells whoever started it (the cluster e2e journey) that the cluster
 * is up: one stdout line, this marker and then the report as JSON.
 */
export const READY_MARKER = 'konsil-cluster-ready ';

/** Exit code when PostgreSQL or Redis is not there, so a caller can tell it from a crash. */
export const EXIT_SERVICE_UNAVAILABLE = 3;

export interface ClusterReadyReport {
  /** The balancer: the one address browsers use. */
  url: string;
  instances: { name: string; port: number; pid: number }[];
}
