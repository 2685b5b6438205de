package vn.cdtt.roster;

import java.io.Serializable;
import java.time.LocalDate;
import vn.cdtt.commune.CommuneType;

/**
 * One line of the member list and of the export, read in one query (JPQL constructor expression). The citizen
 * ID is masked here, before it leaves the service.
 */
public record MemberRow(Long id, String fullName, LocalDate birthDate, Gender gender, String ethnicity, String phone,
                        String email, String maskedCitizenId, boolean youthUnion, MemberStatus status,
                        LocalDate joinedOn, String teamName, Long communeId, String communeName,
                        CommuneType communeType) implements Serializable {

    public MemberRow {
        maskedCitizenId = ContactRules.maskCitizenId(maskedCitizenId);
    }
}
