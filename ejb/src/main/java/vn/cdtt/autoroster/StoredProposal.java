package vn.cdtt.autoroster;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.cdtt.commune.SessionPart;

/**
 * A finished solve kept in the database (table {@code autoroster_proposal}): the run's scope and how it ended, and its
 * proposal – the seats it fills, the seats it leaves empty with their cause (one row per shift), what it achieves
 * beside the quick fill – so a restart of the server does not lose a proposal that was not applied yet. Written once
 * when the solve ends; only its state changes after that (applied). A proposal stored before its figures were kept
 * ({@code measured} false) comes back without figures and reasons.
 */
@Entity
@Table(name = "autoroster_proposal")
public class StoredProposal {

    @Id
    @Column(length = 36)
    @Size(max = 36)
    private String id;

    @Column(name = "province_id", nullable = false)
    private Long provinceId;

    @Column(name = "commune_id")
    private Long communeId;

    @Column(name = "date_from", nullable = false)
    private LocalDate from;

    @Column(name = "date_to", nullable = false)
    private LocalDate to;

    @Column(name = "other_communes", nullable = false)
    private boolean otherCommunes;

    @Column(name = "started_by", nullable = false)
    @Size(max = 100)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RosterRun.State state;

    @Column(nullable = false)
    @Size(max = 100)
    private String score;

    @Column(nullable = false)
    private boolean feasible;

    @Column(name = "filled_seats", nullable = false)
    private int filled;

    @Column(name = "open_seats", nullable = false)
    private int open;

    @Column(name = "elapsed_ms", nullable = false)
    private long elapsedMs;

    @Column(nullable = false)
    private boolean measured;

    @Column(name = "first_plan_ms", nullable = false)
    private long firstPlanMs;

    @Column(name = "plan_fewest", nullable = false)
    private int planFewest;
    @Column(name = "plan_most", nullable = false)
    private int planMost;
    @Column(name = "plan_spread", nullable = false)
    private int planSpread;
    @Column(name = "plan_language_shifts", nullable = false)
    private int planLanguageShifts;
    @Column(name = "plan_with_speaker", nullable = false)
    private int planWithSpeaker;
    @Column(name = "plan_preferred", nullable = false)
    private int planPreferred;
    @Column(name = "plan_avoided", nullable = false)
    private int planAvoided;

    @Column(name = "quick_filled", nullable = false)
    private int quickFilled;
    @Column(name = "quick_fewest", nullable = false)
    private int quickFewest;
    @Column(name = "quick_most", nullable = false)
    private int quickMost;
    @Column(name = "quick_spread", nullable = false)
    private int quickSpread;
    @Column(name = "quick_language_shifts", nullable = false)
    private int quickLanguageShifts;
    @Column(name = "quick_with_speaker", nullable = false)
    private int quickWithSpeaker;
    @Column(name = "quick_preferred", nullable = false)
    private int quickPreferred;
    @Column(name = "quick_avoided", nullable = false)
    private int quickAvoided;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "autoroster_proposed_seat", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "seat_order")
    private List<SeatRow> seats = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "autoroster_empty_session", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "seat_order")
    private List<EmptyRow> empty = new ArrayList<>();

    @Version
    private long version;

    protected StoredProposal() {
    }

    /** The run as it ended, with its proposal. */
    StoredProposal(RosterRun run, RosterRun.State end, boolean feasible) {
        Proposal proposal = run.getProposal();
        this.id = run.getId().toString();
        this.provinceId = run.getProvinceId();
        this.communeId = run.getCommuneId();
        this.from = run.getFrom();
        this.to = run.getTo();
        this.otherCommunes = run.isOtherCommunesAllowed();
        this.startedBy = run.getStartedBy();
        this.startedAt = run.getStartedAt();
        this.state = end;
        this.score = proposal.score() == null ? "" : proposal.score();
        this.feasible = feasible;
        this.elapsedMs = run.elapsed().toMillis();
        this.firstPlanMs = proposal.firstPlanMillis();
        PlanFigures f = proposal.figures();
        this.measured = f != null;
        if (f != null) {
            open = f.open();
            filled = f.filled();
            planFewest = f.fewest();
            planMost = f.most();
            planSpread = f.spread();
            planLanguageShifts = f.languageShifts();
            planWithSpeaker = f.withSpeaker();
            planPreferred = f.preferred();
            planAvoided = f.avoided();
        }
        PlanFigures q = proposal.quickFill();
        if (q != null) {
            quickFilled = q.filled();
            quickFewest = q.fewest();
            quickMost = q.most();
            quickSpread = q.spread();
            quickLanguageShifts = q.languageShifts();
            quickWithSpeaker = q.withSpeaker();
            quickPreferred = q.preferred();
            quickAvoided = q.avoided();
        }
        for (Proposal.ProposedSeat s : proposal.seats()) {
            seats.add(new SeatRow(s));
        }
        for (EmptyGroup g : proposal.empty()) {
            for (EmptySession e : g.sessions()) {
                empty.add(new EmptyRow(e));
            }
        }
    }

    /** The proposal as it was stored (grouped again by commune and cause). */
    Proposal proposal() {
        PlanFigures figures = !measured ? null : new PlanFigures(open, filled, planFewest, planMost, planSpread,
                planLanguageShifts, planWithSpeaker, planPreferred, planAvoided);
        PlanFigures quick = !measured ? null : new PlanFigures(open, quickFilled, quickFewest, quickMost, quickSpread,
                quickLanguageShifts, quickWithSpeaker, quickPreferred, quickAvoided);
        return new Proposal(seats.stream().map(SeatRow::seat).toList(),
                EmptyGroup.of(empty.stream().map(EmptyRow::session).toList()), figures, quick, firstPlanMs, score);
    }

    void applied() {
        state = RosterRun.State.APPLIED;
    }

    public UUID getId() {
        return UUID.fromString(id);
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public boolean isOtherCommunes() {
        return otherCommunes;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public RosterRun.State getState() {
        return state;
    }

    public boolean isFeasible() {
        return feasible;
    }

    public long getElapsedMs() {
        return elapsedMs;
    }

    /** One seat the proposal fills. */
    @Embeddable
    public static class SeatRow {

        @Column(name = "shift_id")
        private Long shiftId;
        @Column(name = "site_id")
        private Long siteId;
        @Column(name = "site_name", nullable = false)
        @Size(max = 300)
        private String siteName;
        @Column(name = "seat_date", nullable = false)
        private LocalDate date;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        private SessionPart part;
        @Column(name = "member_id", nullable = false)
        private Long memberId;
        @Column(name = "member_name", nullable = false)
        @Size(max = 300)
        private String memberName;
        @Column(name = "replaces_id")
        private Long replacesId;
        @Column(name = "replaces_name")
        @Size(max = 300)
        private String replacesName;

        protected SeatRow() {
        }

        SeatRow(Proposal.ProposedSeat s) {
            shiftId = s.shiftId();
            siteId = s.siteId();
            siteName = s.siteName();
            date = s.date();
            part = s.part();
            memberId = s.memberId();
            memberName = s.memberName();
            replacesId = s.replacesId();
            replacesName = s.replacesName();
        }

        Proposal.ProposedSeat seat() {
            return new Proposal.ProposedSeat(shiftId, siteId, siteName, date, part, memberId, memberName, replacesId,
                    replacesName);
        }
    }

    /** The empty seats of one shift, their cause and the facts behind it. */
    @Embeddable
    public static class EmptyRow {

        @Column(name = "commune_id")
        private Long communeId;
        @Column(name = "commune_name")
        @Size(max = 300)
        private String communeName;
        @Column(name = "commune_type")
        @Size(max = 20)
        private String communeType;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        private EmptyCause cause;
        @Column(name = "site_name", nullable = false)
        @Size(max = 300)
        private String siteName;
        @Column(name = "seat_date", nullable = false)
        private LocalDate date;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        private SessionPart part;
        @Column(nullable = false)
        private int seats;
        @Column(nullable = false)
        private int candidates;
        @Column(name = "on_shift", nullable = false)
        private int onShift;
        @Column(nullable = false)
        private int busy;
        @Column(nullable = false)
        private int elsewhere;
        @Column(name = "week_full", nullable = false)
        private int weekFull;
        @Column(name = "week_max", nullable = false)
        private int weekMax;

        protected EmptyRow() {
        }

        EmptyRow(EmptySession e) {
            communeId = e.communeId();
            communeName = e.communeName();
            communeType = e.communeType();
            cause = e.cause();
            siteName = e.siteName();
            date = e.date();
            part = e.part();
            seats = e.seats();
            candidates = e.candidates();
            onShift = e.onShift();
            busy = e.busy();
            elsewhere = e.elsewhere();
            weekFull = e.weekFull();
            weekMax = e.max();
        }

        EmptySession session() {
            return new EmptySession(communeId, communeName, communeType, cause, siteName, date, part, seats,
                    candidates, onShift, busy, elsewhere, weekFull, weekMax);
        }
    }
}
