package vn.cdtt.web.duty;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.duty.ClosureService;
import vn.cdtt.duty.PublicHoliday;
import vn.cdtt.duty.SwapService;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.Faces;
import vn.cdtt.web.common.UserSession;

/** duty/holidays.xhtml: the province's public holidays by year and the swap cut-off; the province coordinator edits. */
@Named
@ViewScoped
public class HolidaysBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ClosureService closures;

    @EJB
    SwapService swaps;

    @Inject
    UserSession session;

    private int year = VietnamTime.today().getYear();
    private List<PublicHoliday> holidays = List.of();
    private LocalDate day;
    private String name;
    private int cutoffHours;

    @PostConstruct
    void init() {
        cutoffHours = swaps.cutoffHours();
        reload();
    }

    public void reload() {
        holidays = Actions.get(() -> closures.holidays(year), holidays);
    }

    public void previousYear() {
        year--;
        reload();
    }

    public void nextYear() {
        year++;
        reload();
    }

    public void add() {
        Integer cancelled = Actions.get(() -> closures.addHoliday(day, name), null);
        if (cancelled != null) {
            Faces.info("holiday.added", cancelled);
            day = null;
            name = null;
            reload();
        }
    }

    public void remove(PublicHoliday h) {
        if (Actions.run(() -> closures.removeHoliday(h.getId()), "holiday.removed")) {
            reload();
        }
    }

    public void saveCutoff() {
        Actions.run(() -> swaps.changeCutoffHours(cutoffHours), "common.saved");
    }

    public boolean isCanEdit() {
        return session.is("PROVINCE_COORDINATOR");
    }

    public int getYear() {
        return year;
    }

    public List<PublicHoliday> getHolidays() {
        return holidays;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getCutoffHours() {
        return cutoffHours;
    }

    public void setCutoffHours(int cutoffHours) {
        this.cutoffHours = cutoffHours;
    }
}
