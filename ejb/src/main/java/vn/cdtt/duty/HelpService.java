package vn.cdtt.duty;

/** What a member helped citizens with on a shift (counted, never who). */
public enum HelpService {
    VNEID, ONLINE_FILING, KIOSK, DATA_ENTRY, OTHER
}
