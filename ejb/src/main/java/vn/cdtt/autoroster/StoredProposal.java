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
import vn.cdtt.common.LocalizedText;
import vn.cdtt.commune.SessionPart;

/**
 * A finished solve kept in the database (table {@code autoroster_proposal}): the run's scope and how it ended, and its
 * proposal – the seats it fills, the seats it leaves empty with the reason, the fairness figures – so a restart of
 * the server does not lose a proposal that was not applied yet. Written once when the solve ends; only its state
 * changes after that (applied).
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

    @Column(name = "fair_min", nullable = false)
    private int fairMin;
    @Column(name = "fair_max", nullable = false)
    private int fairMax;
    @Column(name = "fair_spread", nullable = false)
    private int fairSpread;
    @Column(name = "fair_groups", nullable = false)
    private int fairGroups;
    @Column(name = "fair_largest", nullable = false)
    private int fairLargest;
    @Column(name = "fair_largest_min", nullable = false)
    private int fairLargestMin;
    @Column(name = "fair_largest_max", nullable = false)
    private int fairLargestMax;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "autoroster_proposal_seat", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "seat_order")
    private List<SeatRow> seats = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "autoroster_proposal_empty", joinColumns = @JoinColumn(name = "proposal_id"))
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
        this.filled = (int) proposal.filled();
        this.open = (int) proposal.open();
        this.elapsedMs = run.elapsed().toMillis();
        Proposal.Fairness f = proposal.fairness();
        fairMin = f.min();
        fairMax = f.max();
        fairSpread = f.spread();
        fairGroups = f.groups();
        fairLargest = f.largest();
        fairLargestMin = f.largestMin();
        fairLargestMax = f.largestMax();
        for (Proposal.ProposedSeat s : proposal.seats()) {
            seats.add(new SeatRow(s));
        }
        for (Proposal.EmptyReason e : proposal.empty()) {
            empty.add(new EmptyRow(e));
        }
    }

    /** The proposal as it was stored. */
    Proposal proposal() {
        return new Proposal(seats.stream().map(SeatRow::seat).toList(), empty.stream().map(EmptyRow::reason).toList(),
                new Proposal.Fairness(fairMin, fairMax, fairSpread, fairGroups, fairLargest, fairLargestMin,
                        fairLargestMax), score, filled, open);
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

        @Column(name = "shift_id", nullable = false)
        private Long shiftId;
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
            siteName = s.siteName();
            date = s.date();
            part = s.part();
            memberId = s.memberId();
            memberName = s.memberName();
            replacesId = s.replacesId();
            replacesName = s.replacesName();
        }

        Proposal.ProposedSeat seat() {
            return new Proposal.ProposedSeat(shiftId, siteName, date, part, memberId, memberName, replacesId,
                    replacesName);
        }
    }

    /** One seat the proposal leaves empty, and why. */
    @Embeddable
    public static class EmptyRow {

        @Column(name = "site_name", nullable = false)
        @Size(max = 300)
        private String siteName;
        @Column(name = "seat_date", nullable = false)
        private LocalDate date;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        private SessionPart part;
        @Column(name = "reason_key", nullable = false)
        @Size(max = 200)
        private String reasonKey;
        @Column(name = "reason_args")
        @Size(max = 2000)
        private String reasonArgs;

        protected EmptyRow() {
        }

        EmptyRow(Proposal.EmptyReason e) {
            siteName = e.siteName();
            date = e.date();
            part = e.part();
            reasonKey = e.reason().key();
            reasonArgs = e.reason().encodedArguments();
        }

        Proposal.EmptyReason reason() {
            return new Proposal.EmptyReason(siteName, date, part, LocalizedText.decode(reasonKey, reasonArgs));
        }
    }
}
