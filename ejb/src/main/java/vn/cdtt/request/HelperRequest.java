package vn.cdtt.request;

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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.VietnameseText;
import vn.cdtt.common.validation.Rules;
import vn.cdtt.commune.ServiceSite;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.roster.Skill;
import vn.cdtt.roster.SpokenLanguage;

/**
 * A service centre's request for extra helpers (đề nghị hỗ trợ nhân lực) at one site, for the sessions of one day or
 * a range of days. It guards its own life: which step may follow which, nothing after the start but the verdict,
 * and a reason for every "no".
 */
@Entity
@Table(name = "helper_request")
public class HelperRequest {

    public static final int MAX_TEXT = 300;
    public static final int MAX_RATING = 200;
    /** The time of day, the day before, by which a request asks for an answer unless the centre says otherwise. */
    public static final LocalTime DEFAULT_ANSWER_TIME = LocalTime.of(17, 0);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "province_id", nullable = false)
    private Long provinceId;

    @Column(name = "commune_id", nullable = false)
    private Long communeId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "site_id")
    private ServiceSite site;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestSessions sessions;

    /** Extra helpers asked for per session. */
    @Column(nullable = false)
    private int helpers;

    @ManyToMany
    @JoinTable(name = "helper_request_skill", joinColumns = @JoinColumn(name = "request_id"),
            inverseJoinColumns = @JoinColumn(name = "skill_id"))
    private Set<Skill> skills = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "helper_request_language", joinColumns = @JoinColumn(name = "request_id"),
            inverseJoinColumns = @JoinColumn(name = "language_id"))
    private Set<SpokenLanguage> languages = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestReason reason;

    @Column(name = "reason_text")
    @Size(max = 300)
    private String reasonText;

    @Column(name = "contact_name", nullable = false)
    @Size(max = 100)
    private String contactName;

    @Column(name = "contact_phone", nullable = false)
    @Size(max = 15)
    private String contactPhone;

    @Column(name = "answer_by", nullable = false)
    private LocalDateTime answerBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestState state = RequestState.NEW;

    @Column(name = "decline_reason")
    @Size(max = 300)
    private String declineReason;

    @Size(max = 200)
    private String rating;

    @Column(name = "filed_by", nullable = false)
    @Size(max = 60)
    private String filedBy;

    @Column(name = "filed_at", nullable = false)
    private LocalDateTime filedAt;

    @Column(name = "answered_by")
    @Size(max = 60)
    private String answeredBy;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    @Column(name = "answer_reminded_at")
    private LocalDateTime answerRemindedAt;

    @Column(name = "short_reminded_at")
    private LocalDateTime shortRemindedAt;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<HelperRequestSession> days = new ArrayList<>();

    @Version
    private long version;

    protected HelperRequest() {
    }

    /**
     * A new request for the given sessions (already checked against the site's opening, closed days and the past by
     * the service); the fields the request can check alone are checked here.
     */
    public HelperRequest(ServiceSite site, HelperRequestForm form, SortedMap<LocalDate, List<SessionPart>> open,
                         Set<Skill> skills, Set<SpokenLanguage> languages, int maxHelpers, String by,
                         LocalDateTime now) {
        this.site = Objects.requireNonNull(site);
        this.provinceId = site.getProvince().getId();
        this.communeId = site.getCommune().getId();
        List<InvalidInputException.Problem> problems = new ArrayList<>(Rules.check(form));
        if (form.getHelpers() != null && form.getHelpers() > maxHelpers) {
            problems.add(new InvalidInputException.Problem("helpers", "request.helpers.invalid", maxHelpers));
        }
        if (form.getReason() == null) {
            problems.add(new InvalidInputException.Problem("reason", "request.reason.required"));
        }
        String text = VietnameseText.clean(form.getReasonText());
        if (form.getReason() == RequestReason.OTHER && (text == null || text.isEmpty())) {
            problems.add(new InvalidInputException.Problem("reasonText", "request.reason.textRequired"));
        }
        if (text != null && text.length() > MAX_TEXT) {
            problems.add(new InvalidInputException.Problem("reasonText", "request.text.tooLong", MAX_TEXT));
        }
        String contact = VietnameseText.clean(form.getContactName());
        if (contact == null || contact.isEmpty() || contact.length() > 100) {
            problems.add(new InvalidInputException.Problem("contactName", "request.contact.required"));
        }
        String phone = vn.cdtt.roster.ContactRules.normalizeMobile(form.getContactPhone());
        if (phone == null || !vn.cdtt.roster.ContactRules.isMobile(phone)) {
            problems.add(new InvalidInputException.Problem("contactPhone", "request.phone.invalid"));
        }
        LocalDateTime firstStart = firstStart(site, open);
        LocalDateTime answer = form.getAnswerBy() == null ? defaultAnswerBy(firstStart, now) : form.getAnswerBy();
        if (!answer.isAfter(now) || answer.isAfter(firstStart)) {
            problems.add(new InvalidInputException.Problem("answerBy", "request.answerBy.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.sessions = form.getSessions();
        this.helpers = form.getHelpers();
        this.reason = form.getReason();
        this.reasonText = text == null || text.isEmpty() ? null : text;
        this.contactName = contact;
        this.contactPhone = phone;
        this.answerBy = answer;
        this.skills = new LinkedHashSet<>(skills);
        this.languages = new LinkedHashSet<>(languages);
        this.filedBy = by;
        this.filedAt = now;
        open.forEach((day, parts) -> parts.forEach(p -> days.add(new HelperRequestSession(this, day, p))));
        this.firstDay = days.get(0).getDate();
        this.lastDay = days.get(days.size() - 1).getDate();
    }

    /**
     * The answer time a request asks for when the centre leaves it empty: 17:00 the day before its first session, or,
     * when that has passed (a request for tomorrow filed in the evening, or for today), the start of that session.
     */
    public static LocalDateTime defaultAnswerBy(LocalDateTime firstStart, LocalDateTime now) {
        LocalDateTime dayBefore = firstStart.toLocalDate().minusDays(1).atTime(DEFAULT_ANSWER_TIME);
        return dayBefore.isAfter(now) ? dayBefore : firstStart;
    }

    /** When the first of the sessions starts at the site (the hours of its weekly session). */
    static LocalDateTime firstStart(ServiceSite site, SortedMap<LocalDate, List<SessionPart>> open) {
        LocalDate day = open.firstKey();
        return site.getSessions().stream()
                .filter(s -> s.getDayOfWeek() == day.getDayOfWeek() && open.get(day).contains(s.getPart()))
                .map(s -> day.atTime(s.getStartTime())).min(Comparator.naturalOrder())
                .orElse(day.atStartOfDay());
    }

    /** The coordinator's yes: the seats go up (the service does that through the staffing path). */
    public void accept(String by, LocalDateTime now) {
        requireState(RequestState.NEW);
        requireNotStarted(now);
        state = RequestState.ACCEPTED;
        answeredBy = by;
        answeredAt = now;
    }

    /** The coordinator's no, always with a reason. */
    public void decline(String why, String by, LocalDateTime now) {
        requireState(RequestState.NEW);
        String clean = VietnameseText.clean(why);
        if (clean == null || clean.isEmpty()) {
            throw new InvalidInputException("request.decline.reasonRequired");
        }
        if (clean.length() > MAX_TEXT) {
            throw new InvalidInputException("request.text.tooLong", MAX_TEXT);
        }
        state = RequestState.DECLINED;
        declineReason = clean;
        answeredBy = by;
        answeredAt = now;
        release();
    }

    /** Someone is being placed, or the seats were published: the request is being filled. */
    public void startFilling() {
        if (state == RequestState.ACCEPTED) {
            state = RequestState.FILLING;
        }
    }

    /** The requester withdraws before the first session starts. */
    public void cancel(LocalDateTime now) {
        if (!state.isOpen()) {
            throw new InvalidInputException("request.state.invalid");
        }
        requireNotStarted(now);
        state = RequestState.CANCELLED;
        release();
    }

    /** At the start of the first session: FILLED if every session has its helpers, else SHORT. */
    public void settle(boolean filled) {
        if (RequestState.SEATED.contains(state)) {
            state = filled ? RequestState.FILLED : RequestState.SHORT;
            release();
        } else if (state == RequestState.NEW) {
            state = RequestState.SHORT;
            release();
        }
    }

    /** After the last session. */
    public void finish() {
        if (state == RequestState.FILLED || state == RequestState.SHORT) {
            state = RequestState.DONE;
        }
    }

    /** The centre's one-line rating, once the request is done. */
    public void rate(String text) {
        requireState(RequestState.DONE);
        String clean = VietnameseText.clean(text);
        if (clean == null || clean.isEmpty() || clean.length() > MAX_RATING) {
            throw new InvalidInputException("request.rating.invalid", MAX_RATING);
        }
        rating = clean;
    }

    void answerReminded(LocalDateTime now) {
        answerRemindedAt = now;
    }

    void shortReminded(LocalDateTime now) {
        shortRemindedAt = now;
    }

    /** A closed request no longer holds its sessions. */
    private void release() {
        days.forEach(HelperRequestSession::close);
    }

    private void requireState(RequestState expected) {
        if (state != expected) {
            throw new InvalidInputException("request.state.invalid");
        }
    }

    private void requireNotStarted(LocalDateTime now) {
        if (!now.isBefore(start())) {
            throw new InvalidInputException("request.started");
        }
    }

    /** When the first session starts (its shift's hours, else the start of the day). */
    public LocalDateTime start() {
        return getDays().get(0).start();
    }

    /** When the last session ends. */
    public LocalDateTime end() {
        List<HelperRequestSession> all = getDays();
        return all.get(all.size() - 1).end();
    }

    /** The request as the audit trail keeps it. */
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("site", site.getName());
        m.put("firstDay", firstDay);
        m.put("lastDay", lastDay);
        m.put("sessions", sessions);
        m.put("helpers", helpers);
        m.put("reason", reason);
        m.put("state", state);
        return m;
    }

    public Long getId() {
        return id;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public ServiceSite getSite() {
        return site;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public RequestSessions getSessions() {
        return sessions;
    }

    public int getHelpers() {
        return helpers;
    }

    void changeHelpers(Integer newHelpers, int maxHelpers) {
        if (newHelpers == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.Problem("helpers",
                    "request.helpers.required")));
        }
        if (newHelpers < 1 || newHelpers > maxHelpers) {
            throw new InvalidInputException(List.of(new InvalidInputException.Problem("helpers",
                    "request.helpers.invalid", maxHelpers)));
        }
        helpers = newHelpers;
    }

    public Set<Skill> getSkills() {
        return Set.copyOf(skills);
    }

    public Set<SpokenLanguage> getLanguages() {
        return Set.copyOf(languages);
    }

    public RequestReason getReason() {
        return reason;
    }

    public String getReasonText() {
        return reasonText;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public LocalDateTime getAnswerBy() {
        return answerBy;
    }

    public RequestState getState() {
        return state;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public String getRating() {
        return rating;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public LocalDateTime getFiledAt() {
        return filedAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
    }

    public LocalDateTime getAnswerRemindedAt() {
        return answerRemindedAt;
    }

    public LocalDateTime getShortRemindedAt() {
        return shortRemindedAt;
    }

    /** The sessions in time order. */
    public List<HelperRequestSession> getDays() {
        return days.stream().sorted(Comparator.comparing(HelperRequestSession::getDate)
                .thenComparing(HelperRequestSession::getPart)).toList();
    }

    public long getVersion() {
        return version;
    }
}
