package vn.cdtt.common;

/**
 * A page of a list, sorted in the database: first row, page size, sort field (a whitelisted name) and direction, and
 * what the caller needs of it – a paging table asks for the total once and then for the rows, so neither query runs
 * twice per view.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, Wanted wanted) {

    /** The parts of a page a caller needs. */
    public enum Wanted {
        ROWS_AND_TOTAL, ROWS, TOTAL
    }

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (first < 0) {
            first = 0;
        }
        if (size <= 0 || size > MAX_SIZE) {
            size = 20;
        }
        if (wanted == null) {
            wanted = Wanted.ROWS_AND_TOTAL;
        }
    }

    public PageRequest(int first, int size, String sortField, boolean ascending) {
        this(first, size, sortField, ascending, Wanted.ROWS_AND_TOTAL);
    }

    /** The number of rows that match, without any row. */
    public static PageRequest totalOnly() {
        return new PageRequest(0, 1, null, true, Wanted.TOTAL);
    }

    /** This page's rows, without counting them all. */
    public PageRequest rowsOnly() {
        return new PageRequest(first, size, sortField, ascending, Wanted.ROWS);
    }

    public static PageRequest of(int first, int size) {
        return new PageRequest(first, size, null, true);
    }
}
