/**
 * The audit trail: who changed or viewed what, when, with the state before and after.
 */
package vn.cdtt.audit;
