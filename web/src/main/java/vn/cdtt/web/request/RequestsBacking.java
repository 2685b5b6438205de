package vn.cdtt.web.request;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.cdtt.duty.ShiftService;
import vn.cdtt.request.CommuneFigures;
import vn.cdtt.request.HelperRequestService;
import vn.cdtt.request.RequestProgress;
import vn.cdtt.roster.Member;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.Faces;

/**
 * request/list.xhtml: the coordinators' (and viewers') list of helper requests – those waiting for an answer first,
 * oldest first, then the shortest. Coordinators accept or decline, publish the seats to the open board, change the
 * helpers asked for, and place members from the pick list (requested skills and languages first).
 */
@Named("requestsBacking")
@ViewScoped
public class RequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    HelperRequestService requests;

    @EJB
    ShiftService shifts;

    private boolean openOnly = true;
    private List<RequestProgress> rows = List.of();
    private RequestProgress deciding;
    private String declineReason;
    private Integer newHelpers;
    private RequestProgress.Session picking;
    private Long pickingRequest;
    private String search;
    private List<Member> candidates = List.of();
    private Long memberId;
    private int figureDays = 30;
    private List<CommuneFigures> figures = List.of();

    @PostConstruct
    public void reload() {
        rows = Actions.get(() -> requests.list(null, openOnly), rows);
        figures = Actions.getOrElse(() -> requests.figures(figureDays), List.of());
    }

    public void accept(RequestProgress p) {
        Actions.run(() -> requests.accept(p.id()), "request.accepted");
        reload();
    }

    /** Opens the decision on one request: the reason to decline it, or the helpers to ask for. */
    public void open(RequestProgress p) {
        deciding = p;
        declineReason = null;
        newHelpers = p.helpers();
    }

    public void decline() {
        if (deciding != null && Actions.run(() -> requests.decline(deciding.id(), declineReason), "request.declined")) {
            deciding = null;
            reload();
        }
    }

    public void publish(RequestProgress p) {
        Integer told = Actions.get(() -> requests.publish(p.id()), null);
        if (told != null) {
            Faces.info("request.published", told);
        }
        reload();
    }

    public void changeHelpers() {
        if (deciding != null && Actions.run(() -> requests.changeHelpers(deciding.id(), newHelpers),
                "request.helpersChanged")) {
            deciding = null;
            reload();
        }
    }

    /** Opens the pick list of one session of a request: whoever is picked takes one of the request's seats. */
    public void pick(RequestProgress request, RequestProgress.Session session) {
        pickingRequest = request.id();
        picking = session;
        memberId = null;
        findCandidates();
    }

    public void findCandidates() {
        candidates = picking == null ? List.of() : Actions.get(() -> requests.candidates(picking.id(), search), List.of());
    }

    public void assign() {
        if (picking != null && Actions.run(() -> shifts.assign(picking.shiftId(), memberId, pickingRequest),
                "request.assigned")) {
            picking = null;
            candidates = List.of();
            reload();
        }
    }

    /** The period of the per-commune figures: 30 or 90 days. */
    public int getFigureDays() {
        return figureDays;
    }

    public void setFigureDays(int figureDays) {
        this.figureDays = figureDays == 90 ? 90 : 30;
    }

    public List<CommuneFigures> getFigures() {
        return figures;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public List<RequestProgress> getRows() {
        return rows;
    }

    public RequestProgress getDeciding() {
        return deciding;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }

    public Integer getNewHelpers() {
        return newHelpers;
    }

    public void setNewHelpers(Integer newHelpers) {
        this.newHelpers = newHelpers;
    }

    public RequestProgress.Session getPicking() {
        return picking;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<Member> getCandidates() {
        return candidates;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }
}
