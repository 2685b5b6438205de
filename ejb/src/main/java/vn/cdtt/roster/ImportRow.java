package vn.cdtt.roster;

import java.io.Serializable;
import java.util.List;
import vn.cdtt.common.InvalidInputException.Problem;

/** One row of an import file as the preview shows it: its line in the sheet, the member, and what is wrong. */
public record ImportRow(int rowNumber, String fullName, String phone, List<Problem> problems) implements Serializable {

    public ImportRow {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
