package vn.cdtt.audit;

/** What happened to a record. VIEW_CITIZEN_ID records that personal data was shown in full. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, IMPORT, VIEW_CITIZEN_ID, LOGIN_LOCKED
}
