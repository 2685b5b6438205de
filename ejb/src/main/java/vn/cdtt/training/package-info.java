/**
 * Digital-skills training sessions for citizens (Bình dân học vụ số): catalogues of topics and target groups,
 * sessions planned by coordinators and led by members (who take duty slots like shifts, so nobody trains and
 * stands duty at once), their recorded results and evidence, and the province's report against its targets.
 */
package vn.cdtt.training;
