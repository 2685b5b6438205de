package vn.cdtt.web.autoroster;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.cdtt.autoroster.ApplyResult;
import vn.cdtt.autoroster.AutoRosterService;
import vn.cdtt.autoroster.AutoRosterSettings;
import vn.cdtt.autoroster.EmptyCause;
import vn.cdtt.autoroster.EmptyGroup;
import vn.cdtt.autoroster.EmptySession;
import vn.cdtt.autoroster.PlanFigures;
import vn.cdtt.autoroster.Proposal;
import vn.cdtt.autoroster.RosterPeriod;
import vn.cdtt.autoroster.RosterRun;
import vn.cdtt.autoroster.RunProgress;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.CommuneService;
import vn.cdtt.security.Role;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.CommuneChoice;
import vn.cdtt.web.common.Faces;
import vn.cdtt.web.common.UserSession;

/**
 * autoroster/plan.xhtml: choose a scope and a period, start a solve, watch it (p:poll), stop it, read the proposal
 * – who goes where, what it achieves against the quick fill in words, why seats stay empty (by commune and cause,
 * paged) – and apply it. The run's id is in the address ({@code ?run=}), so the coordinator can leave the page and
 * come back.
 */
@Named
@ViewScoped
public class AutoRosterBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    @EJB
    AutoRosterService service;

    @EJB
    CommuneService communes;

    @Inject
    UserSession session;

    private CommuneChoice commune;
    private boolean wholeProvince;
    private RosterPeriod period = RosterPeriod.WEEK;
    private LocalDate day;
    private boolean otherCommunes;

    private Long communeParam;
    private LocalDate weekParam;
    private String runParam;

    private UUID run;
    private RunProgress progress;
    private Proposal proposal;
    private ApplyResult result;
    private AutoRosterSettings settings;
    private int[] settingValues;

    @PostConstruct
    void init() {
        commune = new CommuneChoice(session.getCaller(), communes.visibleCommunes(), true);
        day = VietnamTime.today().plusWeeks(1);
    }

    /** f:viewAction: the commune and week of the board, or a run to come back to. */
    public void load() {
        if (communeParam != null) {
            commune.setCommuneId(communeParam);
        }
        if (weekParam != null) {
            day = weekParam;
        }
        if (runParam != null) {
            try {
                run = UUID.fromString(runParam);
            } catch (IllegalArgumentException e) {
                run = null;
            }
            refresh();
        }
        if (isProvinceCoordinator()) {
            settings = Actions.get(service::settings, null);
            if (settings != null) {
                settingValues = new int[] {settings.getMaxSessionsPerWeek(), settings.getFairness(),
                        settings.getLanguage(), settings.getExperience(), settings.getAvoided(), settings.getPreferred(),
                        settings.getLoneSession(), settings.getOtherCommune(), settings.getSolveSeconds(),
                        settings.getUnimprovedSeconds()};
            }
        }
    }

    public void start() {
        Long c = wholeProvince && isProvinceCoordinator() ? null : commune.getCommuneId();
        RosterPeriod p = c == null ? RosterPeriod.MONTH : period;
        UUID id = Actions.get(() -> service.start(c, p, day, otherCommunes), null);
        if (id != null) {
            // the run's address: the coordinator can leave the page and come back to it
            try {
                Faces.redirect("autoroster/plan.xhtml?run=" + id);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** p:poll: the latest progress; the proposal once the solve has ended. */
    public void refresh() {
        if (run == null) {
            return;
        }
        progress = Actions.get(() -> service.progress(run), null);
        if (progress == null) {
            run = null;
            return;
        }
        if (proposal == null && !isRunning() && progress.state() != RosterRun.State.FAILED) {
            proposal = Actions.get(() -> service.proposal(run), null);
        }
    }

    public void stop() {
        if (run != null) {
            progress = Actions.get(() -> service.stop(run), progress);
        }
    }

    public void apply() {
        if (run == null) {
            return;
        }
        ApplyResult r = Actions.get(() -> service.apply(run), null);
        if (r != null) {
            result = r;
            if (r.allOnBoard()) {
                Faces.info("autoroster.applied.nothing");
            } else {
                Faces.info("autoroster.applied", r.applied(), r.refused().size());
                if (r.onBoard() > 0) {
                    Faces.info("autoroster.applied.onBoard", r.onBoard());
                }
            }
            if (r.moved() > 0) {
                Faces.info("autoroster.applied.moved", r.moved());
            }
            if (r.shiftsCreated() > 0) {
                Faces.info("autoroster.applied.created", r.shiftsCreated());
            }
        }
        progress = Actions.get(() -> service.progress(run), progress);
    }

    public void saveSettings() {
        int[] v = settingValues;
        AutoRosterSettings s = Actions.get(() -> service.saveSettings(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7],
                v[8], v[9]), null);
        if (s != null) {
            settings = s;
            Faces.info("autoroster.settings.saved");
        }
    }

    public boolean isRunning() {
        return progress != null && (progress.state() == RosterRun.State.WAITING
                || progress.state() == RosterRun.State.PREPARING || progress.state() == RosterRun.State.SOLVING);
    }

    public boolean isCanApply() {
        return progress != null && proposal != null && (progress.state() == RosterRun.State.DONE
                || progress.state() == RosterRun.State.STOPPED);
    }

    /** The bundle key of the run's state. */
    public String getStateKey() {
        if (progress == null) {
            return "autoroster.state.waiting";
        }
        return switch (progress.state()) {
            case WAITING -> "autoroster.state.waiting";
            case PREPARING -> "autoroster.state.preparing";
            case SOLVING -> "autoroster.state.solving";
            case DONE -> "autoroster.state.done";
            case STOPPED -> "autoroster.state.stopped";
            case FAILED -> "autoroster.state.failed";
            case APPLIED -> "autoroster.state.applied";
        };
    }

    public String text(LocalizedText t) {
        return t.render(session.getLocale());
    }

    public List<Proposal.ProposedSeat> getSeats() {
        return proposal == null ? List.of() : proposal.seats();
    }

    /** The empty seats by commune and cause (the page shows them a few groups at a time). */
    public List<EmptyGroup> getEmptyGroups() {
        return proposal == null ? List.of() : proposal.empty();
    }

    /** "Xã Biển Hồ" – the commune of a group of empty seats, in the reader's language. */
    public String communeOf(EmptyGroup g) {
        return g.communeType() == null ? Objects.toString(g.communeName(), "")
                : Faces.text("CommuneType." + g.communeType()) + " " + g.communeName();
    }

    /** The group's cause in words, with its number of seats. */
    public String cause(EmptyGroup g) {
        String key = switch (g.cause()) {
            case NO_MEMBERS -> "autoroster.empty.cause.NO_MEMBERS";
            case NONE_FREE -> "autoroster.empty.cause.NONE_FREE";
            case WEEK_LIMIT -> "autoroster.empty.cause.WEEK_LIMIT";
            case NOT_REACHED -> "autoroster.empty.cause.NOT_REACHED";
        };
        return Faces.text(key, g.seats(), g.candidates(), g.max());
    }

    /**
     * The group's sessions, compactly, site by site: "Trung tâm …: 16/01 Buổi chiều (2 chỗ; 6 báo bận hoặc có việc
     * khác, 2 trực ở điểm khác), …" – the facts only where the cause needs them.
     */
    public List<String> sessions(EmptyGroup g) {
        Map<String, List<String>> bySite = new LinkedHashMap<>();
        for (EmptySession e : g.sessions()) {
            StringBuilder b = new StringBuilder(Faces.text("autoroster.empty.session", e.date().format(DAY_MONTH),
                    Faces.text("SessionPart." + e.part()).toLowerCase(Faces.locale())));
            List<String> facts = new ArrayList<>();
            if (e.seats() > 1) {
                facts.add(Faces.text("autoroster.empty.seats", e.seats()));
            }
            if (g.cause() == EmptyCause.NONE_FREE || g.cause() == EmptyCause.WEEK_LIMIT) {
                fact(facts, e.busy(), "autoroster.empty.busy");
                fact(facts, e.elsewhere(), "autoroster.empty.elsewhere");
                fact(facts, e.onShift(), "autoroster.empty.onShift");
                if (e.weekFull() > 0) {
                    facts.add(Faces.text("autoroster.empty.weekFull", e.weekFull(), e.max()));
                }
            }
            if (!facts.isEmpty()) {
                b.append(" (").append(String.join("; ", facts)).append(')');
            }
            bySite.computeIfAbsent(e.siteName(), k -> new ArrayList<>()).add(b.toString());
        }
        List<String> lines = new ArrayList<>();
        bySite.forEach((site, list) -> lines.add(site + ": " + String.join(", ", list)));
        return lines;
    }

    private static void fact(List<String> facts, int n, String key) {
        if (n > 0) {
            facts.add(Faces.text(key, n));
        }
    }

    /** One row of the comparison: the measure, its value for the proposal and for the quick fill, which is better. */
    public record Comparison(String label, String plan, String quick, boolean better) implements Serializable {
        private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    }

    /** The proposal against the quick fill of the same period, measure by measure (empty for an older proposal). */
    public List<Comparison> getComparison() {
        PlanFigures p = proposal == null ? null : proposal.figures();
        PlanFigures q = proposal == null ? null : proposal.quickFill();
        if (p == null || q == null) {
            return List.of();
        }
        List<Comparison> rows = new ArrayList<>();
        rows.add(new Comparison(Faces.text("autoroster.compare.filled"),
                Faces.text("autoroster.compare.fraction", p.filled(), p.open()),
                Faces.text("autoroster.compare.fraction", q.filled(), q.open()), p.filled() > q.filled()));
        rows.add(new Comparison(Faces.text("autoroster.compare.sessions"),
                Faces.text("autoroster.compare.range", p.fewest(), p.most()),
                Faces.text("autoroster.compare.range", q.fewest(), q.most()), false));
        rows.add(new Comparison(Faces.text("autoroster.compare.spread"), String.valueOf(p.spread()),
                String.valueOf(q.spread()), p.spread() < q.spread()));
        if (p.languageShifts() > 0) {
            rows.add(new Comparison(Faces.text("autoroster.compare.language"),
                    Faces.text("autoroster.compare.fraction", p.withSpeaker(), p.languageShifts()),
                    Faces.text("autoroster.compare.fraction", q.withSpeaker(), q.languageShifts()),
                    p.withSpeaker() > q.withSpeaker()));
        }
        rows.add(new Comparison(Faces.text("autoroster.compare.preferred"), String.valueOf(p.preferred()),
                String.valueOf(q.preferred()), p.preferred() > q.preferred()));
        rows.add(new Comparison(Faces.text("autoroster.compare.avoided"), String.valueOf(p.avoided()),
                String.valueOf(q.avoided()), p.avoided() < q.avoided()));
        return rows;
    }

    /** What the proposal does better than the quick fill, in one sentence. */
    public String getGains() {
        PlanFigures p = proposal == null ? null : proposal.figures();
        PlanFigures q = proposal == null ? null : proposal.quickFill();
        if (p == null || q == null) {
            return "";
        }
        List<String> gains = new ArrayList<>();
        if (p.filled() > q.filled()) {
            gains.add(Faces.text("autoroster.compare.gain.filled", p.filled() - q.filled()));
        }
        if (p.spread() < q.spread()) {
            gains.add(Faces.text("autoroster.compare.gain.spread", q.spread(), p.spread()));
        }
        if (p.withSpeaker() > q.withSpeaker()) {
            gains.add(Faces.text("autoroster.compare.gain.language", p.withSpeaker() - q.withSpeaker()));
        }
        if (p.preferred() > q.preferred()) {
            gains.add(Faces.text("autoroster.compare.gain.preferred", p.preferred() - q.preferred()));
        }
        if (p.avoided() < q.avoided()) {
            gains.add(Faces.text("autoroster.compare.gain.avoided", q.avoided() - p.avoided()));
        }
        return gains.isEmpty() ? Faces.text("autoroster.compare.none")
                : Faces.text("autoroster.compare.gains", String.join(", ", gains));
    }

    /** Seconds (one decimal) from the start to the first complete plan, or null when there is none yet. */
    public Double getFirstPlanSeconds() {
        long ms = proposal != null ? proposal.firstPlanMillis() : progress == null ? -1 : progress.firstPlanMillis();
        return ms < 0 ? null : ms / 1000.0;
    }

    /** The period the chosen day falls in, as the run will plan it: "Tuần 13/01 – 19/01/2030" or "Tháng 01/2030". */
    public String getPeriodLabel() {
        if (day == null) {
            return "";
        }
        RosterPeriod p = wholeProvince && isProvinceCoordinator() ? RosterPeriod.MONTH : period;
        return p == RosterPeriod.WEEK
                ? Faces.text("autoroster.day.period", p.first(day).format(DAY_MONTH), p.last(day).format(VietnamTime.DATE))
                : Faces.text("autoroster.day.month", day.format(MONTH));
    }

    /** The run's commune (or the whole province) and dates. */
    public String getScopeLabel() {
        if (progress == null) {
            return "";
        }
        String where = progress.communeId() == null ? Faces.text("autoroster.progress.province")
                : commune.getOptions().stream().filter(c -> c.getId().equals(progress.communeId())).findFirst()
                .map(c -> Faces.text("CommuneType." + c.getType()) + " " + c.getName()).orElse("");
        return Faces.text("autoroster.progress.scope", where, progress.from().format(VietnamTime.DATE),
                progress.to().format(VietnamTime.DATE));
    }

    public List<ApplyResult.Refused> getRefused() {
        return result == null ? List.of() : result.refused();
    }

    public boolean isProvinceCoordinator() {
        return session.getCaller().is(Role.PROVINCE_COORDINATOR);
    }

    public RosterPeriod[] getPeriods() {
        return RosterPeriod.values();
    }

    public CommuneChoice getCommune() {
        return commune;
    }

    public boolean isWholeProvince() {
        return wholeProvince;
    }

    public void setWholeProvince(boolean wholeProvince) {
        this.wholeProvince = wholeProvince;
    }

    public RosterPeriod getPeriod() {
        return period;
    }

    public void setPeriod(RosterPeriod period) {
        this.period = period;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public boolean isOtherCommunes() {
        return otherCommunes;
    }

    public void setOtherCommunes(boolean otherCommunes) {
        this.otherCommunes = otherCommunes;
    }

    public Long getCommuneParam() {
        return communeParam;
    }

    public void setCommuneParam(Long communeParam) {
        this.communeParam = communeParam;
    }

    public LocalDate getWeekParam() {
        return weekParam;
    }

    public void setWeekParam(LocalDate weekParam) {
        this.weekParam = weekParam;
    }

    public String getRunParam() {
        return run == null ? runParam : run.toString();
    }

    public void setRunParam(String runParam) {
        this.runParam = runParam;
    }

    public UUID getRun() {
        return run;
    }

    public RunProgress getProgress() {
        return progress;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public ApplyResult getResult() {
        return result;
    }

    public AutoRosterSettings getSettings() {
        return settings;
    }

    public int[] getSettingValues() {
        return settingValues;
    }
}
