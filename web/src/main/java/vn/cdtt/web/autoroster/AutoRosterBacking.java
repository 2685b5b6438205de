package vn.cdtt.web.autoroster;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.cdtt.autoroster.ApplyResult;
import vn.cdtt.autoroster.AutoRosterService;
import vn.cdtt.autoroster.AutoRosterSettings;
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
 * – who goes where, the fairness figures, why seats stay empty – and apply it. The run's id is in the address
 * ({@code ?run=}), so the coordinator can leave the page and come back.
 */
@Named
@ViewScoped
public class AutoRosterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

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
            Faces.info("autoroster.applied", r.applied(), r.refused().size());
            if (r.moved() > 0) {
                Faces.info("autoroster.applied.moved", r.moved());
            }
            progress = Actions.get(() -> service.progress(run), progress);
        }
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
                || progress.state() == RosterRun.State.SOLVING);
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

    public List<Proposal.EmptyReason> getEmptySeats() {
        return proposal == null ? List.of() : proposal.empty();
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
