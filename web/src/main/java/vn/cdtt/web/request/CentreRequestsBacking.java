package vn.cdtt.web.request;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
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
 * who is coming, withdraw one before it starts and rate it when it is done.
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

    @PostConstruct
    void load() {
        sites = Actions.get(requests::sitesToFileFor, List.of());
        skills = catalogue.skills();
        languages = catalogue.languages();
        fresh();
        reload();
    }

    public void reload() {
        rows = userSession.is("CENTRE_STAFF") ? Actions.get(requests::mySite, rows) : List.of();
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
