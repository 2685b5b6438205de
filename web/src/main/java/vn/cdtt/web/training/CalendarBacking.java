package vn.cdtt.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;
import vn.cdtt.commune.CommuneService;
import vn.cdtt.training.TrainingSchedule;
import vn.cdtt.training.TrainingSession;
import vn.cdtt.web.common.CommuneChoice;
import vn.cdtt.web.common.Faces;
import vn.cdtt.web.common.UserSession;

/** training/calendar.xhtml: sessions on a calendar, one commune or (province-wide readers) the whole province. */
@Named("trainingCalendarBacking")
@ViewScoped
public class CalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    TrainingSchedule trainings;

    @EJB
    CommuneService communes;

    @Inject
    UserSession session;

    private CommuneChoice commune;
    private ScheduleModel model;

    @PostConstruct
    void init() {
        commune = new CommuneChoice(session.getCaller(), communes.visibleCommunes(), false);
        TrainingSchedule service = trainings;
        CommuneChoice c = commune;
        model = new LazyScheduleModel() {
            private static final long serialVersionUID = 1L;

            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                for (TrainingSession t : service.between(c.getCommuneId(), start.toLocalDate(), end.toLocalDate())) {
                    addEvent(DefaultScheduleEvent.builder()
                            .id(String.valueOf(t.getId()))
                            .title(t.getPlace() + (c.getCommuneId() == null ? " · " + t.getCommune().getName() : ""))
                            .startDate(t.start()).endDate(t.end())
                            .styleClass("training-event status-" + t.getStatus())
                            .data(t.getId())
                            .build());
                }
            }
        };
    }

    /** A click on a session opens it. */
    public void open(SelectEvent<ScheduleEvent<?>> event) {
        try {
            Faces.redirect("training/session.xhtml?id=" + event.getObject().getData());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public CommuneChoice getCommune() {
        return commune;
    }

    public ScheduleModel getModel() {
        return model;
    }
}
