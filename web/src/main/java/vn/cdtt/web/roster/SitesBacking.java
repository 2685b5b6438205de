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

    @EJB
    vn.cdtt.duty.SiteNeedsService siteNeeds;

    @EJB
    vn.cdtt.roster.CatalogueService catalogue;

    @Inject
    UserSession session;

    /** The needs dialog (issue 12 §4): which site, and the skills and languages ticked. */
    private ServiceSite needsSite;
    private java.util.Set<Long> needSkills = new java.util.LinkedHashSet<>();
    private java.util.Set<Long> needLanguages = new java.util.LinkedHashSet<>();
    private List<vn.cdtt.roster.Skill> skillOptions;
    private List<vn.cdtt.roster.SpokenLanguage> languageOptions;

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
        if (Actions.runAt("seats", () -> communes.changeSession(sessionId, start, end, seats), "common.saved")) {
            reload();
            PrimeFaces.current().executeScript("PF('sessionDialog').hide()");
        }
    }

    public void openNeeds(ServiceSite site) {
        needsSite = site;
        needSkills = new java.util.LinkedHashSet<>(site.getSkillIds());
        needLanguages = new java.util.LinkedHashSet<>(site.getLanguageIds());
    }

    public void saveNeeds() {
        if (Actions.run(() -> siteNeeds.change(needsSite.getId(), needSkills, needLanguages), "site.needs.saved")) {
            reload();
            PrimeFaces.current().executeScript("PF('needsDialog').hide()");
        }
    }

    /** The site's needs as the page shows them: skill and language names in the user's language, or empty. */
    public String needsOf(ServiceSite site) {
        java.util.Locale locale = session.getLocale();
        java.util.stream.Stream<String> skills = getSkillOptions().stream()
                .filter(k -> site.getSkillIds().contains(k.getId())).map(k -> k.name(locale));
        java.util.stream.Stream<String> languages = getLanguageOptions().stream()
                .filter(l -> site.getLanguageIds().contains(l.getId())).map(l -> l.name(locale));
        return java.util.stream.Stream.concat(languages, skills).collect(java.util.stream.Collectors.joining(", "));
    }

    public List<vn.cdtt.roster.Skill> getSkillOptions() {
        if (skillOptions == null) {
            skillOptions = Actions.get(catalogue::skills, List.of());
        }
        return skillOptions;
    }

    public List<vn.cdtt.roster.SpokenLanguage> getLanguageOptions() {
        if (languageOptions == null) {
            languageOptions = Actions.get(catalogue::languages, List.of());
        }
        return languageOptions;
    }

    public ServiceSite getNeedsSite() {
        return needsSite;
    }

    public java.util.Set<Long> getNeedSkills() {
        return needSkills;
    }

    public void setNeedSkills(java.util.Set<Long> needSkills) {
        this.needSkills = needSkills;
    }

    public java.util.Set<Long> getNeedLanguages() {
        return needLanguages;
    }

    public void setNeedLanguages(java.util.Set<Long> needLanguages) {
        this.needLanguages = needLanguages;
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
