package vn.cdtt.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.cdtt.common.Messages;
import vn.cdtt.duty.CalendarEventSource;
import vn.cdtt.duty.DutyCalendar;
import vn.cdtt.roster.Member;

/** The training sessions a member leads or assists, for their calendar feed (one query, whatever the count). */
@ApplicationScoped
public class TrainingCalendar implements CalendarEventSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<DutyCalendar.Event> events(Member me, LocalDate from, LocalDate to, Locale locale) {
        return em.createNamedQuery(TrainingSession.OF_TRAINER, TrainingSession.class)
                .setParameter("member", me.getId()).setParameter("from", from).setParameter("to", to)
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "t.topics")
                .setHint("eclipselink.batch", "t.commune").setHint("eclipselink.batch", "t.leadTrainer")
                .getResultList().stream().map(t -> {
                    String topics = t.getTopics().stream().map(x -> x.name(locale)).sorted()
                            .collect(Collectors.joining(", "));
                    return new DutyCalendar.Event("training-" + t.getId() + "-member-" + me.getId() + "@cdtt.gialai",
                            t.start(), t.end(), Messages.get(locale, "calendar.training.summary", topics),
                            t.getPlace() + ", " + Messages.get(locale, "CommuneType." + t.getCommune().getType()) + " "
                                    + t.getCommune().getName(),
                            Messages.get(locale, t.getLeadTrainer().equals(me) ? "calendar.training.lead"
                                    : "calendar.training.assistant"));
                }).toList();
    }
}
