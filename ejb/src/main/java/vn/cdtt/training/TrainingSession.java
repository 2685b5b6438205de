package vn.cdtt.training;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.VietnameseText;
import vn.cdtt.commune.Commune;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.roster.Member;
import vn.cdtt.roster.SpokenLanguage;

/**
 * A training session (buổi tập huấn Bình dân học vụ số): where and when, what for whom in which language, who
 * leads and assists, and – once held – the result. It refuses a plan whose hours do not make sense, changes once
 * it has started (except recording the result), a record before it has started, and a cancellation without a
 * reason.
 */
@Entity
@Table(name = "training_session")
/*
 * A trainer's sessions, found through the duty slots every session holds for each of its trainers (DutySlots): an
 * index range on (member, day) instead of an OR across the lead and the assistants that scans every session.
 */
@NamedQuery(name = TrainingSession.OF_TRAINER, query = "SELECT t FROM TrainingSession t WHERE t.id IN "
        + "(SELECT d.dutyId FROM DutySlot d WHERE d.memberId = :member AND d.kind = vn.cdtt.duty.DutyKind.TRAINING "
        + "AND d.date BETWEEN :from AND :to) "
        + "AND t.status <> vn.cdtt.training.TrainingStatus.CANCELLED ORDER BY t.date, t.startTime")
public class TrainingSession {

    /** A member's sessions as lead or assistant between two dates, not cancelled (params member, from, to). */
    public static final String OF_TRAINER = "TrainingSession.ofTrainer";

    /** A session can be entered after the fact, up to this many days back (then recorded at once). */
    public static final int MAX_DAYS_BACK = 31;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "province_id", nullable = false)
    private Long provinceId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "commune_id")
    private Commune commune;

    @Column(nullable = false)
    @Size(max = 200)
    private String place;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_trainer_id")
    private Member leadTrainer;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "training_assistant", joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "member_id"))
    private Set<Member> assistants = new HashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "training_session_topic", joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    private Set<TrainingTopic> topics = new HashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "training_session_group", joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "group_id"))
    private Set<TargetGroup> groups = new HashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "training_session_language", joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "language_id"))
    private Set<SpokenLanguage> languages = new HashSet<>();

    @Column(nullable = false)
    private int capacity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TrainingStatus status = TrainingStatus.PLANNED;

    @Column(name = "cancel_reason")
    @Size(max = 300)
    private String cancelReason;

    @Embedded
    private TrainingResult result;

    @Column(name = "recorded_by")
    @Size(max = 60)
    private String recordedBy;

    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;

    @Column(name = "created_by", nullable = false)
    @Size(max = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected TrainingSession() {
    }

    public TrainingSession(Commune commune, String by, LocalDateTime now) {
        this.commune = Objects.requireNonNull(commune);
        this.provinceId = commune.getProvince().getId();
        this.createdBy = by;
        this.createdAt = now;
    }

    /**
     * Sets the plan. Hours must end after they start; the date not more than {@value #MAX_DAYS_BACK} days back;
     * the lead trainer is not also an assistant; nothing changes once the session has started or is closed.
     */
    public void plan(TrainingPlan form, Member lead, Set<Member> assistantSet, Set<TrainingTopic> topicSet,
                     Set<TargetGroup> groupSet, Set<SpokenLanguage> languageSet, LocalDateTime now) {
        if (id != null && (status != TrainingStatus.PLANNED || hasStarted(now))) {
            throw new InvalidInputException("training.locked");
        }
        if (!form.getEndTime().isAfter(form.getStartTime())) {
            throw new InvalidInputException("training.hours.invalid");
        }
        if (form.getDate().isBefore(now.toLocalDate().minusDays(MAX_DAYS_BACK))) {
            throw new InvalidInputException("training.date.tooOld", MAX_DAYS_BACK);
        }
        if (assistantSet.contains(lead)) {
            throw new InvalidInputException("training.lead.alsoAssistant", lead.getFullName());
        }
        this.place = VietnameseText.clean(form.getPlace());
        this.date = form.getDate();
        this.startTime = form.getStartTime();
        this.endTime = form.getEndTime();
        this.capacity = form.getCapacity();
        this.leadTrainer = lead;
        this.assistants = new HashSet<>(assistantSet);
        this.topics = new HashSet<>(topicSet);
        this.groups = new HashSet<>(groupSet);
        this.languages = new HashSet<>(languageSet);
    }

    public void cancel(String reason, LocalDateTime now) {
        if (status != TrainingStatus.PLANNED) {
            throw new InvalidInputException("training.notPlanned");
        }
        String clean = VietnameseText.clean(reason);
        if (clean == null || clean.isEmpty()) {
            throw new InvalidInputException("training.cancel.reasonRequired");
        }
        if (clean.length() > 300) {
            throw new InvalidInputException("training.cancel.reasonTooLong");
        }
        status = TrainingStatus.CANCELLED;
        cancelReason = clean;
    }

    /** Records (or corrects) the result of a session that has started and was not cancelled. */
    public void record(TrainingResult form, String by, LocalDateTime now) {
        if (status == TrainingStatus.CANCELLED) {
            throw new InvalidInputException("training.cancelled");
        }
        if (!hasStarted(now)) {
            throw new InvalidInputException("training.notStarted");
        }
        List<InvalidInputException.Problem> problems = form.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        TrainingResult copy = new TrainingResult(form);
        copy.setNotes(VietnameseText.clean(form.getNotes()));
        this.result = copy;
        this.status = TrainingStatus.HELD;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    public LocalDateTime start() {
        return date.atTime(startTime);
    }

    public LocalDateTime end() {
        return date.atTime(endTime);
    }

    public boolean hasStarted(LocalDateTime now) {
        return !now.isBefore(start());
    }

    /** Planned and started, but no result yet: the coordinator's to-do. */
    public boolean isToRecord(LocalDateTime now) {
        return status == TrainingStatus.PLANNED && hasStarted(now);
    }

    /** The parts of the day its trainers are busy. */
    public Set<SessionPart> parts() {
        return SessionPart.covering(startTime, endTime);
    }

    /** The lead trainer first, then the assistants. */
    public List<Member> trainers() {
        List<Member> all = new ArrayList<>();
        all.add(leadTrainer);
        all.addAll(assistants);
        return all;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("place", place);
        m.put("date", date);
        m.put("start", String.valueOf(startTime));
        m.put("end", String.valueOf(endTime));
        m.put("capacity", capacity);
        m.put("lead", leadTrainer == null ? null : leadTrainer.getFullName());
        m.put("assistants", assistants.stream().map(Member::getFullName).sorted().toList());
        m.put("topics", topics.stream().map(TrainingTopic::getCode).sorted().toList());
        m.put("groups", groups.stream().map(TargetGroup::getCode).sorted().toList());
        m.put("languages", languages.stream().map(SpokenLanguage::getCode).sorted().toList());
        m.put("status", status);
        return m;
    }

    public Long getId() {
        return id;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public Commune getCommune() {
        return commune;
    }

    public String getPlace() {
        return place;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public Member getLeadTrainer() {
        return leadTrainer;
    }

    public Set<Member> getAssistants() {
        return Set.copyOf(assistants);
    }

    public Set<TrainingTopic> getTopics() {
        return Set.copyOf(topics);
    }

    public Set<TargetGroup> getGroups() {
        return Set.copyOf(groups);
    }

    public Set<SpokenLanguage> getLanguages() {
        return Set.copyOf(languages);
    }

    public int getCapacity() {
        return capacity;
    }

    public TrainingStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public TrainingResult getResult() {
        return result;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}
