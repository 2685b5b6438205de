package vn.cdtt.commune;

/** Buổi sáng / buổi chiều. */
public enum SessionPart {
    MORNING, AFTERNOON
}
