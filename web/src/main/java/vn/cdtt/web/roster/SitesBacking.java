package vn.cdtt.web.roster;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.List;
import org.primefaces.PrimeFaces;
import vn.cdtt.commune.CommuneService;
import vn.cdtt.commune.ServiceSite;
import vn.cdtt.commune.SiteSession;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.CommuneChoice;
import vn.cdtt.web.common.Faces;
import vn.cdtt.web.common.UserSession;

/** roster/sites.xhtml: the service sites of a commune (or all) and their weekly opening sessions. */
@Named
@ViewScoped
public class SitesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CommuneService communes;

    @EJB
    vn.cdtt.duty.ClosureService closures;

    @Inject
    UserSession session;

    /** The closure-days dialog: which site, its closures from today on, and the new one. */
    private ServiceSite closureSite;
    private List<vn.cdtt.duty.SiteClosure> closureDays = List.of();
    private java.time.LocalDate closureDay;
    private String closureReason;

    private CommuneChoice commune;
    private List<ServiceSite> sites;
    private Long sessionId;
    private LocalTime start;
    private LocalTime end;
    private int seats;

    @PostConstruct
    void init() {
        commune = new CommuneChoice(session.getCaller(), communes.visibleCommunes(), false);
        reload();
    }

    public void reload() {
        sites = Actions.get(() -> communes.sites(commune.getCommuneId()), List.of());
    }

    public void startEdit(SiteSession s) {
        sessionId = s.getId();
        start = s.getStartTime();
        end = s.getEndTime();
        seats = s.getSeats();
    }

    public void save() {
        if (Actions.run(() -> communes.changeSession(sessionId, start, end, seats), "common.saved")) {
            reload();
            PrimeFaces.current().executeScript("PF('sessionDialog').hide()");
        }
    }

    public void openClosures(ServiceSite site) {
        closureSite = site;
        closureDay = null;
        closureReason = null;
        reloadClosures();
    }

    private void reloadClosures() {
        closureDays = Actions.get(() -> closures.closures(closureSite.getId()), List.of());
    }

    public void addClosure() {
        Integer cancelled = Actions.get(() -> closures.addClosure(closureSite.getId(), closureDay, closureReason), null);
        if (cancelled != null) {
            Faces.info("closure.added", cancelled);
            closureDay = null;
            closureReason = null;
            reloadClosures();
        }
    }

    public void removeClosure(vn.cdtt.duty.SiteClosure c) {
        if (Actions.run(() -> closures.removeClosure(c.getId()), "closure.removed")) {
            reloadClosures();
        }
    }

    public ServiceSite getClosureSite() {
        return closureSite;
    }

    public List<vn.cdtt.duty.SiteClosure> getClosureDays() {
        return closureDays;
    }

    public java.time.LocalDate getClosureDay() {
        return closureDay;
    }

    public void setClosureDay(java.time.LocalDate closureDay) {
        this.closureDay = closureDay;
    }

    public String getClosureReason() {
        return closureReason;
    }

    public void setClosureReason(String closureReason) {
        this.closureReason = closureReason;
    }

    /** The province coordinator edits every site; a commune coordinator the sites of their commune. */
    public boolean canEdit(ServiceSite site) {
        return session.is("PROVINCE_COORDINATOR")
                || (session.is("COMMUNE_COORDINATOR") && site.getCommune().getId().equals(session.getCaller().communeId()));
    }
    public CommuneChoice getCommune() {
        return commune;
    }

    public List<ServiceSite> getSites() {
        return sites;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public int getSeats() {
        return seats;
    }

    public void setSeats(int seats) {
        this.seats = seats;
    }
}
