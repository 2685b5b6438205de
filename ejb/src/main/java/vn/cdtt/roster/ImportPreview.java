package vn.cdtt.roster;

import java.io.Serializable;
import java.util.List;

/** What an import file would do: every row with its problems. Only a preview without problems can be imported. */
public record ImportPreview(List<ImportRow> rows) implements Serializable {

    public ImportPreview {
        rows = List.copyOf(rows);
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
}
