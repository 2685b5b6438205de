/**
 * Shared building blocks: the business exception hierarchy, message bundles, Vietnamese text (diacritic folding, sort keys), time zone, paging and the Flyway start-up migration.
 */
package vn.cdtt.common;
