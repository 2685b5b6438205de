package vn.cdtt.commune;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import vn.cdtt.common.InvalidInputException;

/**
 * A public administrative service centre site (Trung tâm Phục vụ hành chính công / Bộ phận Một cửa) where
 * members are on duty. It belongs to the commune it stands in and has weekly opening sessions.
 */
@Entity
@Table(name = "service_site")
public class ServiceSite {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "province_id")
    private Province province;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "commune_id")
    private Commune commune;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SiteKind kind;

    @Column(nullable = false)
    @Size(max = 200)
    private String name;

    @Size(max = 300)
    private String address;

    @OneToMany(mappedBy = "site", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dayOfWeek, startTime")
    private List<SiteSession> sessions = new ArrayList<>();

    /**
     * The skills and spoken languages (catalogue ids: the roster's catalogue is not this package's) the site needs on
     * duty; the board ranks members who have them higher (V23, issue 12 §4). Read when asked for, for every site of
     * the same query at once (a list of sites costs one statement per set, not one per site).
     */
    @jakarta.persistence.ElementCollection(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @jakarta.persistence.CollectionTable(name = "site_skill", joinColumns = @JoinColumn(name = "site_id"))
    @Column(name = "skill_id")
    private java.util.Set<Long> skillIds = new java.util.LinkedHashSet<>();

    @jakarta.persistence.ElementCollection(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @jakarta.persistence.CollectionTable(name = "site_language", joinColumns = @JoinColumn(name = "site_id"))
    @Column(name = "language_id")
    private java.util.Set<Long> languageIds = new java.util.LinkedHashSet<>();

    @Version
    private long version;

    protected ServiceSite() {
    }

    /** A new site of a commune (of the commune's province), without opening sessions yet. */
    public ServiceSite(Commune commune, SiteKind kind, String name, String address) {
        this.commune = java.util.Objects.requireNonNull(commune);
        this.province = commune.getProvince();
        this.kind = java.util.Objects.requireNonNull(kind);
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("site.nameRequired");
        }
        this.name = name.strip();
        this.address = address;
    }

    /** Opens the site on a weekday for a part of the day, with its hours and seats. */
    public SiteSession open(java.time.DayOfWeek day, SessionPart part, java.time.LocalTime start,
                            java.time.LocalTime end, int seats) {
        if (sessions.stream().anyMatch(s -> s.getDayOfWeek() == day && s.getPart() == part)) {
            throw new InvalidInputException("site.session.exists");
        }
        SiteSession session = new SiteSession(this, day, part);
        session.changeHours(start, end, seats);
        sessions.add(session);
        return session;
    }

    /** Stops opening on a weekday for a part of the day; shifts already made for it stay. */
    public void close(java.time.DayOfWeek day, SessionPart part) {
        sessions.removeIf(s -> s.getDayOfWeek() == day && s.getPart() == part);
    }

    /** Sets what the site needs on duty (the caller has checked that the ids are in the catalogue). */
    public void changeNeeds(java.util.Set<Long> skills, java.util.Set<Long> languages) {
        skillIds.clear();
        skillIds.addAll(skills);
        languageIds.clear();
        languageIds.addAll(languages);
    }

    public java.util.Set<Long> getSkillIds() {
        return java.util.Collections.unmodifiableSet(skillIds);
    }

    public java.util.Set<Long> getLanguageIds() {
        return java.util.Collections.unmodifiableSet(languageIds);
    }

    public Long getId() {
        return id;
    }

    public Province getProvince() {
        return province;
    }

    public Commune getCommune() {
        return commune;
    }

    public SiteKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    /** Monday to Sunday, morning before afternoon (a fetch join does not keep the mapping's order). */
    public List<SiteSession> getSessions() {
        return sessions.stream().sorted(java.util.Comparator.comparing(SiteSession::getDayOfWeek)
                .thenComparing(SiteSession::getPart)).toList();
    }

    public long getVersion() {
        return version;
    }
}
