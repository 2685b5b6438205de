package vn.cdtt.roster;

import java.io.Serializable;

/** A team in the team list, with its leader, deputy and number of active members (one query). */
public record TeamRow(Long id, String name, String village, Long leaderId, String leaderName, Long deputyId,
                      String deputyName, long activeMembers, long version) implements Serializable {
}
