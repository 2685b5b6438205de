package vn.cdtt.web.rating;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.rating.CriterionKind;
import vn.cdtt.rating.DeclarationForm;
import vn.cdtt.rating.DeclarationRow;
import vn.cdtt.rating.RatingCriteria;
import vn.cdtt.rating.RatingCriterion;
import vn.cdtt.rating.RatingDeclarations;
import vn.cdtt.rating.RatingService;
import vn.cdtt.rating.WeekRating;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.Faces;
import vn.cdtt.web.common.PagedModel;
import vn.cdtt.web.common.UserSession;

/**
 * rating/commune.xhtml?commune=…&amp;week=…: a commune's last 12 weeks (colour and criteria not met), its
 * declarations (the province confirms or rejects them), and the declaration form for the commune's coordinator.
 */
@Named
@ViewScoped
public class CommuneRatingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RatingService ratings;

    @EJB
    RatingDeclarations declarations;

    @EJB
    RatingCriteria criteria;

    @Inject
    UserSession session;

    private Long commune;
    private LocalDate week;
    private String communeName;
    private List<WeekRating> history = List.of();
    private List<RatingCriterion> declared = List.of();
    private PagedModel<DeclarationRow> declarationRows;
    private DeclarationForm form = new DeclarationForm();
    private transient UploadedFile file;
    private Long rejecting;
    private String rejectReason;

    /** f:viewAction: the commune of the URL (a commune coordinator's own when none is given). */
    public void load() {
        if (commune == null && session.getCaller() != null) {
            commune = session.getCaller().communeId();
        }
        if (week == null) {
            week = VietnamTime.today().with(DayOfWeek.MONDAY).minusWeeks(1);
        }
        week = week.with(DayOfWeek.MONDAY);
        if (commune == null) {
            return;
        }
        communeName = Actions.get(() -> declarations.communeName(commune), null);
        if (communeName == null) {
            return;
        }
        history = Actions.get(() -> ratings.ratingHistory(commune, week, RatingService.HISTORY_WEEKS), List.of());
        declared = Actions.get(() -> criteria.inForce(week), List.<RatingCriterion>of()).stream()
                .filter(c -> c.getKind() == CriterionKind.DECLARED).toList();
        Long c = commune;
        declarationRows = new PagedModel<>(p -> declarations.list(c, null, p), DeclarationRow::id);
        if (form.getFirstDay() == null) {
            form.setFirstDay(week);
            form.setLastDay(week.plusDays(6));
        }
    }

    public String declare() {
        form.setCommuneId(commune);
        byte[] bytes = file == null || file.getSize() == 0 ? null : file.getContent();
        String name = file == null ? null : file.getFileName();
        return Actions.runAt("file", () -> declarations.declare(form, name, bytes), "rating.declaration.saved")
                ? self() : null;
    }

    public String confirm(Long id) {
        return Actions.run(() -> declarations.confirm(id), "rating.declaration.confirmedDone") ? self() : null;
    }

    public void startReject(Long id) {
        rejecting = id;
        rejectReason = null;
    }

    public String reject() {
        return Actions.run(() -> declarations.reject(rejecting, rejectReason), "rating.declaration.rejectedDone")
                ? self() : null;
    }

    private String self() {
        return "/rating/commune?faces-redirect=true&commune=" + commune + "&week=" + week;
    }

    public String previousWeek() {
        return "/rating/commune?faces-redirect=true&commune=" + commune + "&week=" + week.minusWeeks(1);
    }

    public String nextWeek() {
        return "/rating/commune?faces-redirect=true&commune=" + commune + "&week=" + week.plusWeeks(1);
    }

    public String unmetNames(WeekRating r) {
        return String.join("; ", r.unmet().stream().map(u -> u.name()).toList());
    }

    /** The commune's own coordinator declares. */
    public boolean isCanDeclare() {
        return session.is("COMMUNE_COORDINATOR") && commune != null
                && commune.equals(session.getCaller().communeId()) && !declared.isEmpty();
    }

    public boolean isCanDecide() {
        return session.is("PROVINCE_COORDINATOR");
    }

    public WeekRating getCurrent() {
        return history.isEmpty() ? null : history.get(0);
    }

    public long getMaxMegabytes() {
        return Actions.get(() -> declarations.maxFileBytes(), 0L) / (1024 * 1024);
    }

    public Long getCommune() {
        return commune;
    }

    public void setCommune(Long commune) {
        this.commune = commune;
    }

    public LocalDate getWeek() {
        return week;
    }

    public void setWeek(LocalDate week) {
        this.week = week;
    }

    public LocalDate getSunday() {
        return week == null ? null : week.plusDays(6);
    }

    public String getCommuneName() {
        return communeName;
    }

    public List<WeekRating> getHistory() {
        return history;
    }

    public List<RatingCriterion> getDeclared() {
        return declared;
    }

    public PagedModel<DeclarationRow> getDeclarationRows() {
        return declarationRows;
    }

    public DeclarationForm getForm() {
        return form;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public void setRejectReason(String rejectReason) {
        this.rejectReason = rejectReason;
    }

    public String criterionName(RatingCriterion c) {
        return c.getCode() + " – " + c.name(Faces.locale());
    }
}
