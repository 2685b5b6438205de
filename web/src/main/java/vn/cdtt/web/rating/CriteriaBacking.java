package vn.cdtt.web.rating;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.rating.CriterionForm;
import vn.cdtt.rating.CriterionKind;
import vn.cdtt.rating.Measure;
import vn.cdtt.rating.RatingCriteria;
import vn.cdtt.rating.RatingCriterion;
import vn.cdtt.web.common.Actions;

/**
 * rating/criteria.xhtml: the province's criteria catalogue, every version with its period; the province coordinator
 * adds a criterion (or a new version of one) from this week on, and ends one (with a confirmation).
 */
@Named
@ViewScoped
public class CriteriaBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RatingCriteria criteria;

    private List<RatingCriterion> rows = List.of();
    private CriterionForm form = new CriterionForm();
    private Long ending;
    private LocalDate endOn;

    @PostConstruct
    void init() {
        rows = Actions.get(() -> criteria.list(), List.of());
        form.setValidFrom(VietnamTime.today().with(DayOfWeek.MONDAY).plusWeeks(1));
    }

    public String add() {
        if (form.getKind() == CriterionKind.DECLARED) {
            form.setMeasure(null);
            form.setThreshold(null);
        }
        return Actions.run(() -> criteria.add(form), "rating.criterion.added")
                ? "/rating/criteria?faces-redirect=true" : null;
    }

    public void startEnd(Long id) {
        ending = id;
        endOn = VietnamTime.today().with(DayOfWeek.SUNDAY);
    }

    public String end() {
        return Actions.run(() -> criteria.end(ending, endOn), "rating.criterion.endedDone")
                ? "/rating/criteria?faces-redirect=true" : null;
    }

    /** Still in force this week or later: it can be ended. */
    public boolean endable(RatingCriterion c) {
        return c.getValidTo() == null || !c.getValidTo().isBefore(VietnamTime.today().with(DayOfWeek.MONDAY));
    }

    public List<RatingCriterion> getRows() {
        return rows;
    }

    public CriterionForm getForm() {
        return form;
    }

    public CriterionKind[] getKinds() {
        return CriterionKind.values();
    }

    public Measure[] getMeasures() {
        return Measure.values();
    }

    public LocalDate getEndOn() {
        return endOn;
    }

    public void setEndOn(LocalDate endOn) {
        this.endOn = endOn;
    }
}
