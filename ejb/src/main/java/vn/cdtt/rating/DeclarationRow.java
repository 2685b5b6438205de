package vn.cdtt.rating;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A declaration as the lists show it, with its commune's and criterion's names (criterion in the reader's language). */
public record DeclarationRow(Long id, Long communeId, String communeName, String criterionCode, String criterionName,
                             LocalDate firstMonday, LocalDate lastSunday, String who, String task, LocalDate deadline,
                             String responsibility, String result, String authority, String evidence, String fileName,
                             DeclarationState state, String rejectReason, String declaredBy, LocalDateTime declaredAt)
        implements Serializable {
}
