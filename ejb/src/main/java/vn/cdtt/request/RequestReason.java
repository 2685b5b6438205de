package vn.cdtt.request;

/** Why a centre asks for extra helpers (the short list; OTHER needs a few words). */
public enum RequestReason {
    VNEID_DRIVE, NEW_PROCEDURE, PAYOUT_DAY, YEAR_END, OTHER
}
