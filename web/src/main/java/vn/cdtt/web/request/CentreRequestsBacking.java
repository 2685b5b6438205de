package vn.cdtt.web.request;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.ServiceSite;
import vn.cdtt.request.HelperRequestForm;
import vn.cdtt.request.HelperRequestService;
import vn.cdtt.request.RequestProgress;
import vn.cdtt.request.RequestReason;
import vn.cdtt.request.RequestSessions;
import vn.cdtt.roster.CatalogueService;
import vn.cdtt.roster.Skill;
import vn.cdtt.roster.SpokenLanguage;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.UserSession;

/**
 * request/centre.xhtml, "Đề nghị của trung tâm": centre staff (or a coordinator on the centre's behalf) ask for extra
 * helpers; centre staff see each of their site's requests with asked / filled / checked in / present per session and
 * who is coming – refreshed every 30 seconds without reloading the page –, withdraw one before it starts and rate it
 * when it is done. The answer time follows the first day (17:00 the day before) until the centre sets its own.
 */
@Named("centreRequestsBacking")
@ViewScoped
public class CentreRequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    HelperRequestService requests;

    @EJB
    CatalogueService catalogue;

    @Inject
    UserSession userSession;

    private HelperRequestForm form = new HelperRequestForm();
    private List<ServiceSite> sites = List.of();
    private List<Skill> skills = List.of();
    private List<SpokenLanguage> languages = List.of();
    private List<RequestProgress> rows = List.of();
    private RequestProgress rating;
    private String ratingText;
    /** The answer time this page last filled in by itself; the centre's own choice is never replaced. */
    private LocalDateTime suggestedAnswerBy;
    private LocalDateTime refreshedAt;

    @PostConstruct
    void load() {
        sites = Actions.get(requests::sitesToFileFor, List.of());
        skills = catalogue.skills();
        languages = catalogue.languages();
        fresh();
        reload();
    }

    /** The requests with their fill: on opening, after each change and on every refresh of the page (p:poll). */
    public void reload() {
        rows = userSession.is("CENTRE_STAFF") ? Actions.get(requests::mySite, rows) : List.of();
        refreshedAt = VietnamTime.now();
    }

    /**
     * A first day (or site, or sessions) was chosen: the answer time follows – 17:00 the day before – unless the centre
     * has set one of its own.
     */
    public void suggestAnswerBy() {
        if (form.getAnswerBy() == null || form.getAnswerBy().equals(suggestedAnswerBy)) {
            suggestedAnswerBy = Actions.getOrElse(() -> requests.defaultAnswerBy(form.getSiteId(), form.getFirstDay(),
                    form.getSessions()), null);
            form.setAnswerBy(suggestedAnswerBy);
        }
    }

    public void file() {
        if (Actions.run(() -> requests.file(form), "request.filed")) {
            fresh();
            reload();
        }
    }

    public void cancel(RequestProgress p) {
        Actions.run(() -> requests.cancel(p.id()), "request.cancelled");
        reload();
    }

    /** Opens the one-line rating of a request that is done. */
    public void openRating(RequestProgress p) {
        rating = p;
        ratingText = null;
    }

    public void rate() {
        if (rating != null && Actions.run(() -> requests.rate(rating.id(), ratingText), "request.rated")) {
            rating = null;
            reload();
        }
    }

    private void fresh() {
        form = new HelperRequestForm();
        suggestedAnswerBy = null;
        if (sites.size() == 1) {
            form.setSiteId(sites.get(0).getId());
        }
    }

    public HelperRequestForm getForm() {
        return form;
    }

    public List<ServiceSite> getSites() {
        return sites;
    }

    public List<Skill> getSkills() {
        return skills;
    }

    public List<SpokenLanguage> getLanguages() {
        return languages;
    }

    public List<RequestProgress> getRows() {
        return rows;
    }

    /** When the requests were last read (HH:mm), shown above them so the centre knows the figures are live. */
    public String getRefreshedAt() {
        return refreshedAt == null ? "" : refreshedAt.format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    public RequestProgress getRating() {
        return rating;
    }

    public String getRatingText() {
        return ratingText;
    }

    public void setRatingText(String ratingText) {
        this.ratingText = ratingText;
    }

    public RequestReason[] getReasons() {
        return RequestReason.values();
    }

    public RequestSessions[] getSessionChoices() {
        return RequestSessions.values();
    }
}
