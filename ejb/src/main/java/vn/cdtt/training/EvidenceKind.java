package vn.cdtt.training;

/** A photo of the session or a scanned attendance sheet. */
public enum EvidenceKind {
    PHOTO, ATTENDANCE_SHEET
}
