package vn.cdtt.common;

import java.util.List;

/** One page of results and the total number of rows that match. */
public record Page<T>(List<T> rows, long total) {
    public Page {
        rows = List.copyOf(rows);
    }
}
