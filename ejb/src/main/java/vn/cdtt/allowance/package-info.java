/**
 * Support allowances (chính sách hỗ trợ / phụ cấp): the province's policy versions and the communes' top-ups as
 * data with their legal basis ({@link vn.cdtt.allowance.AllowancePolicies}); monthly statements per commune
 * computed from verified work – attended shifts, held trainings – at the rate in force on the day of the work
 * ({@link vn.cdtt.allowance.MonthCalculator}); and their workflow OPEN → SUBMITTED → APPROVED → PAID with the
 * lock of a submitted month and adjustments for corrections after approval
 * ({@link vn.cdtt.allowance.AllowanceStatements}); yearly budgets per commune weighed against approvals
 * ({@link vn.cdtt.allowance.AllowanceBudgets}). A unique key lets each unit of work be paid once per component
 * and funding source.
 */
package vn.cdtt.allowance;
