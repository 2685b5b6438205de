package vn.cdtt.common;

/** A page of a list, sorted in the database: first row, page size, sort field (a whitelisted name) and direction. */
public record PageRequest(int first, int size, String sortField, boolean ascending) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (first < 0) {
            first = 0;
        }
        if (size <= 0 || size > MAX_SIZE) {
            size = 20;
        }
    }

    public static PageRequest of(int first, int size) {
        return new PageRequest(first, size, null, true);
    }
}
