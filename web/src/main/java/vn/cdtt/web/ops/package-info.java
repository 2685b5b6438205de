/**
 * Operations (issue 14 §5): MicroProfile Health checks (readiness: the database answers and every migration is
 * applied; liveness), the gauge of the outbox backlog, and the metrics page for the province coordinator or this
 * machine ({@code /cdtt/api/v1/ops/metrics}).
 */
package vn.cdtt.web.ops;
