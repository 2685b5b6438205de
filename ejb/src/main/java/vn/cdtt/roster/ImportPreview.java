package vn.cdtt.roster;

import java.io.Serializable;
import java.util.List;

/**
 * What an import file would do: every row with its problems, how many rows go to each commune (in the file's
 * order), and the lines below the list that are not member rows and are left out (a signature block). Only a
 * preview without problems can be imported.
 */
public record ImportPreview(List<ImportRow> rows, List<CommuneCount> perCommune, List<Integer> ignored)
        implements Serializable {

    /** Rows of the file that go to one commune: its type (XA, PHUONG, a bundle key suffix) and name. */
    public record CommuneCount(String type, String name, long rows) implements Serializable {
    }

    public ImportPreview {
        rows = List.copyOf(rows);
        perCommune = List.copyOf(perCommune);
        ignored = List.copyOf(ignored);
    }

    public boolean valid() {
        return rows.stream().allMatch(ImportRow::valid);
    }

    public long validRows() {
        return rows.stream().filter(ImportRow::valid).count();
    }

    public long rowsWithProblems() {
        return rows.size() - validRows();
    }

    public List<ImportRow> problemRows() {
        return rows.stream().filter(r -> !r.valid()).toList();
    }

    /** The ignored lines as the preview names them: "15, 16". */
    public String ignoredLines() {
        return String.join(", ", ignored.stream().map(String::valueOf).toList());
    }
}
