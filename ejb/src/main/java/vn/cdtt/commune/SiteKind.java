package vn.cdtt.commune;

/** A commune's centre / one-stop desk, or one of the provincial centre's sites. */
public enum SiteKind {
    COMMUNE_CENTRE, PROVINCIAL_CENTRE
}
