package vn.cdtt.autoroster;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import vn.cdtt.commune.SessionPart;

/**
 * A shift as the solver sees it (a problem fact): its site, day and session, its seats, and the minority language
 * its commune wants in every session (null: none). A shift that does not exist yet (no id) is planned all the same
 * and created when the proposal is applied. Equality is identity.
 */
public final class PlanShift {

    private final Long id;
    private final Long siteId;
    private final String siteName;
    private final Long communeId;
    private final LocalDate date;
    private final SessionPart part;
    private final int seats;
    private final String language;
    private final String languageName;
    private final String languageNameEn;
    private final LocalDate week;
    private String communeName;
    private String communeType;

    public PlanShift(Long id, Long siteId, String siteName, Long communeId, LocalDate date, SessionPart part,
                     int seats, String language) {
        this(id, siteId, siteName, communeId, date, part, seats, language, language);
    }

    public PlanShift(Long id, Long siteId, String siteName, Long communeId, LocalDate date, SessionPart part,
                     int seats, String language, String languageName) {
        this(id, siteId, siteName, communeId, date, part, seats, language, languageName, languageName);
    }

    public PlanShift(Long id, Long siteId, String siteName, Long communeId, LocalDate date, SessionPart part,
                     int seats, String language, String languageName, String languageNameEn) {
        this.id = id;
        this.siteId = siteId;
        this.siteName = siteName;
        this.communeId = communeId;
        this.date = date;
        this.part = part;
        this.seats = seats;
        this.language = language;
        this.languageName = languageName;
        this.languageNameEn = languageNameEn;
        this.week = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public Long getId() {
        return id;
    }

    public Long getSiteId() {
        return siteId;
    }

    public String getSiteName() {
        return siteName;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public LocalDate getDate() {
        return date;
    }

    public DayOfWeek getDay() {
        return date.getDayOfWeek();
    }

    public SessionPart getPart() {
        return part;
    }

    public int getSeats() {
        return seats;
    }

    /** Names the shift's commune (its name and {@code CommuneType}), for the reasons of empty seats. */
    public PlanShift inCommune(String name, String type) {
        this.communeName = name;
        this.communeType = type;
        return this;
    }

    public String getCommuneName() {
        return communeName;
    }

    /** The commune's {@code CommuneType} name (XA, PHUONG), or null. */
    public String getCommuneType() {
        return communeType;
    }

    /** The code of the language wanted in this session, or null. */
    public String getLanguage() {
        return language;
    }

    /** The catalogue's name of that language (as the catalogue holds it). */
    public String getLanguageName() {
        return languageName;
    }

    /** The catalogue's English name of that language. */
    public String getLanguageNameEn() {
        return languageNameEn;
    }

    /** The Monday of the shift's week. */
    public LocalDate getWeek() {
        return week;
    }

    @Override
    public String toString() {
        return siteName + " " + date + " " + part;
    }
}
