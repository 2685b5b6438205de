package vn.cdtt.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.Commune;
import vn.cdtt.commune.ServiceSite;
import vn.cdtt.commune.SiteSession;
import vn.cdtt.duty.Assignment;
import vn.cdtt.duty.DutyKind;
import vn.cdtt.duty.DutySlots;
import vn.cdtt.duty.Presence;
import vn.cdtt.duty.Shift;
import vn.cdtt.rating.DeclarationForm;
import vn.cdtt.rating.RatingCriterion;
import vn.cdtt.rating.RatingDeclaration;
import vn.cdtt.roster.Member;
import vn.cdtt.roster.SpokenLanguage;
import vn.cdtt.training.TargetGroup;
import vn.cdtt.training.TrainingPlan;
import vn.cdtt.training.TrainingResult;
import vn.cdtt.training.TrainingSession;
import vn.cdtt.training.TrainingTopic;

/**
 * Demo mode: last week of the two demo wards, so that the ratings page shows all three colours. Pleiku had every
 * session of every site staffed by two members who all came, a training on Thursday evening, and both declared
 * criteria confirmed: GREEN. Quy Nhơn (three members, nothing planned) had its monthly plan confirmed and its
 * outreach declaration waiting for the province: YELLOW. The other communes have done nothing in the system: RED
 * (or YELLOW where a commune has no site open). Loaded once, after {@link DemoData}.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class RatingDemo {

    private static final Logger LOG = Logger.getLogger(RatingDemo.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    DutySlots slots;

    @Inject
    @ConfigProperty(name = "cdtt.demo", defaultValue = "false")
    boolean demo;

    @PostConstruct
    void load() {
        if (!demo || em.createQuery("SELECT a.id FROM Account a WHERE a.username = 'tinh.demo'", Long.class)
                .getResultList().isEmpty()
                || !em.createQuery("SELECT d.id FROM RatingDeclaration d", Long.class).setMaxResults(1)
                .getResultList().isEmpty()) {
            return;
        }
        LocalDateTime now = VietnamTime.now();
        LocalDate monday = now.toLocalDate().with(DayOfWeek.MONDAY).minusWeeks(1);
        Commune pleiku = commune("23575");
        Commune quyNhon = commune("21583");
        List<Member> members = em.createQuery("SELECT m FROM Member m WHERE m.commune = :c ORDER BY m.sortKey",
                Member.class).setParameter("c", pleiku).getResultList();
        if (members.size() < 4) {
            return;
        }
        Member lead = members.get(members.size() - 1);
        Member assistant = members.get(members.size() - 2);
        training(pleiku, monday.plusDays(3), lead, assistant, now);
        int planned = staffLastWeek(pleiku, monday, members, now);

        declare(pleiku, "KE-HOACH", monday, true, now);
        declare(pleiku, "TUYEN-TRUYEN", monday, true, now);
        declare(quyNhon, "KE-HOACH", monday, true, now);
        declare(quyNhon, "TUYEN-TRUYEN", monday, false, now);
        LOG.info("Rating demo: " + planned + " shifts of last week staffed and attended at Pleiku");
    }

    /** Every session of every Pleiku site last week: its seats filled by members free then, all present. */
    private int staffLastWeek(Commune commune, LocalDate monday, List<Member> members, LocalDateTime now) {
        int planned = 0;
        int next = 0;
        for (ServiceSite site : em.createQuery("SELECT s FROM ServiceSite s WHERE s.commune = :c ORDER BY s.id",
                ServiceSite.class).setParameter("c", commune).getResultList()) {
            for (SiteSession session : site.getSessions()) {
                LocalDate day = monday.plusDays(session.getDayOfWeek().getValue() - 1L);
                Shift shift = new Shift(session, day);
                em.persist(shift);
                em.flush();
                planned++;
                LocalDateTime plannedAt = LocalDateTime.of(day, session.getStartTime()).minusDays(2);
                int seats = 0;
                for (int tried = 0; tried < members.size() && seats < shift.getSeats(); tried++) {
                    Member m = members.get(next++ % members.size());
                    if (slots.busy(m.getId(), day, shift.getPart())) {
                        continue;
                    }
                    Assignment a = shift.assign(m, "system", plannedAt);
                    slots.take(m.getId(), day, shift.getPart(), DutyKind.SHIFT, shift.getId(), "shift.member.busy",
                            m.getFullName());
                    em.flush();
                    a.correct(Presence.PRESENT, "Theo sổ trực (dữ liệu mẫu)", "system", now);
                    seats++;
                }
            }
        }
        em.flush();
        return planned;
    }

    private void training(Commune commune, LocalDate day, Member lead, Member assistant, LocalDateTime now) {
        TrainingPlan form = new TrainingPlan();
        form.setPlace("Nhà văn hoá tổ dân phố 1");
        form.setDate(day);
        form.setStartTime(LocalTime.of(18, 30));
        form.setEndTime(LocalTime.of(20, 30));
        form.setCapacity(40);
        TrainingSession s = new TrainingSession(commune, "system", now);
        s.plan(form, lead, Set.of(assistant), new HashSet<>(first(TrainingTopic.class)),
                new HashSet<>(first(TargetGroup.class)), new HashSet<>(first(SpokenLanguage.class)), now);
        em.persist(s);
        em.flush();
        for (Member m : s.trainers()) {
            for (vn.cdtt.commune.SessionPart part : s.parts()) {
                slots.take(m.getId(), day, part, DutyKind.TRAINING, s.getId(), "training.trainer.busy",
                        m.getFullName(), day.format(VietnamTime.DATE));
            }
        }
        TrainingResult r = new TrainingResult();
        r.setParticipants(24);
        r.setMale(10);
        r.setFemale(14);
        r.setUnder16(2);
        r.setAge16to59(15);
        r.setAge60plus(7);
        r.setEthnicMinority(9);
        r.setVneidActivated(11);
        r.setDossiersFiled(4);
        r.setEpaymentOpened(3);
        s.record(r, "system", now);
    }

    private <T> List<T> first(Class<T> type) {
        return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e ORDER BY e.id", type).setMaxResults(1)
                .getResultList();
    }

    private void declare(Commune commune, String code, LocalDate monday, boolean confirmed, LocalDateTime now) {
        List<RatingCriterion> found = em.createQuery("SELECT c FROM RatingCriterion c WHERE c.provinceId = :p "
                        + "AND c.code = :code AND c.validFrom <= :m AND (c.validTo IS NULL OR c.validTo >= :m)",
                RatingCriterion.class).setParameter("p", commune.getProvince().getId()).setParameter("code", code)
                .setParameter("m", monday).getResultList();
        if (found.isEmpty()) {
            return;
        }
        DeclarationForm f = new DeclarationForm();
        f.setFirstDay(monday);
        f.setLastDay(monday);
        boolean plan = code.equals("KE-HOACH");
        f.setWho("Bí thư Đoàn " + commune.getName());
        f.setTask(plan ? "Ban hành kế hoạch hoạt động tháng của các tổ" : "Tuyên truyền VNeID trên loa phường và Zalo");
        f.setDeadline(monday.plusDays(4));
        f.setResponsibility(plan ? "Đoàn phường chủ trì, tổ trưởng thực hiện" : "Tổ trưởng các tổ");
        f.setResult(plan ? "Kế hoạch số 15/KH-ĐTN (dữ liệu mẫu)" : "3 buổi phát loa, 2 bài đăng");
        f.setAuthority("Ban Thường vụ Đoàn phường");
        f.setEvidence(plan ? "Bản kế hoạch đã ký (dữ liệu mẫu)" : "Đường dẫn các bài đăng trên trang Zalo của phường");
        RatingDeclaration d = new RatingDeclaration(commune.getId(), found.get(0), f,
                commune.getCode().equals("23575") ? "xa.demo" : "xa2.demo", now);
        if (confirmed) {
            d.confirm("tinh.demo", now);
        }
        em.persist(d);
    }

    private Commune commune(String code) {
        return em.createQuery("SELECT c FROM Commune c WHERE c.code = :c", Commune.class).setParameter("c", code)
                .getSingleResult();
    }
}
