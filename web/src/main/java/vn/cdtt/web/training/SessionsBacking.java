package vn.cdtt.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.CommuneService;
import vn.cdtt.training.TrainingFilter;
import vn.cdtt.training.TrainingSchedule;
import vn.cdtt.training.TrainingSession;
import vn.cdtt.training.TrainingStatus;
import vn.cdtt.web.common.CommuneChoice;
import vn.cdtt.web.common.PagedModel;
import vn.cdtt.web.common.Tables;
import vn.cdtt.web.common.UserSession;

/** training/sessions.xhtml: a commune's (or the province's) sessions, filtered and paged in the database. */
@Named("trainingSessionsBacking")
@ViewScoped
public class SessionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    TrainingSchedule trainings;

    @EJB
    CommuneService communes;

    @Inject
    UserSession session;

    private final TrainingFilter filter = new TrainingFilter();
    private CommuneChoice commune;
    private PagedModel<TrainingSession> model;

    @PostConstruct
    void init() {
        commune = new CommuneChoice(session.getCaller(), communes.visibleCommunes(), false);
        TrainingSchedule service = trainings;
        TrainingFilter f = filter;
        CommuneChoice c = commune;
        model = new PagedModel<>(page -> {
            f.setCommuneId(c.getCommuneId());
            return service.search(f, page);
        }, TrainingSession::getId);
    }

    /** New filters: back to the first page. */
    public void search() {
        Tables.firstPage("sessions:table");
    }

    public void clear() {
        filter.setStatus(null);
        filter.setFrom(null);
        filter.setTo(null);
        filter.setToRecord(false);
        search();
    }

    public boolean toRecord(TrainingSession s) {
        return s.isToRecord(VietnamTime.now());
    }

    public TrainingStatus[] getStatuses() {
        return TrainingStatus.values();
    }

    public boolean isCanPlan() {
        return session.isCoordinator();
    }

    public TrainingFilter getFilter() {
        return filter;
    }

    public CommuneChoice getCommune() {
        return commune;
    }

    public PagedModel<TrainingSession> getModel() {
        return model;
    }
}
