/**
 * Automatic rostering (tự động xếp lịch) with Timefold Solver: the planning model (empty seats of shifts that have
 * not started, existing assignments pinned), its constraints, the asynchronous solve, the proposal and its
 * application through {@link vn.cdtt.duty.Staffing}, the members' duty preferences and the province's settings.
 */
package vn.cdtt.autoroster;
