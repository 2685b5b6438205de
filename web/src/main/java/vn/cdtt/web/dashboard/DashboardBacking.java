package vn.cdtt.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.ToIntFunction;
import vn.cdtt.dashboard.Dashboard;
import vn.cdtt.dashboard.DashboardView;
import vn.cdtt.dashboard.Figures;
import vn.cdtt.dashboard.WeekFigures;
import vn.cdtt.duty.HelpService;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.Faces;
import vn.cdtt.web.common.UserSession;

/**
 * dashboard/index.xhtml (Tổng quan): now, this week, 12 weeks of trends as charts, the year's training targets and
 * allowances. Province-wide readers filter by commune; a commune coordinator sees their own.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("dd/MM");

    @EJB
    Dashboard dashboard;

    @Inject
    UserSession session;

    private List<Figures.CommuneName> communes = List.of();
    private Long communeId;
    private DashboardView view;

    @PostConstruct
    void init() {
        if (session.getCaller().readsWholeProvince()) {
            communes = Actions.get(dashboard::communes, List.of());
        }
    }

    /** The first view (after the view parameter ?commune=…); a postback reloads through the filter. */
    public void load() {
        reload();
    }

    public void reload() {
        view = Actions.get(() -> dashboard.view(communeId), null);
    }

    public List<HelpService> getServices() {
        return List.of(HelpService.values());
    }

    /** The figures of this week for the table: every commune's when no commune is chosen. */
    public List<WeekFigures> getRows() {
        return view == null ? List.of() : view.week().communes();
    }

    public String getSeatsChart() {
        return chart("bar", new Series(Faces.text("dashboard.chart.required"), "#9aa5b1", WeekFigures::seatsRequired),
                new Series(Faces.text("dashboard.chart.filled"), "#0b5394", WeekFigures::seatsFilled));
    }

    public String getAttendanceChart() {
        return chart("bar", new Series(Faces.text("dashboard.attended"), "#1e7b34", WeekFigures::attended),
                new Series(Faces.text("dashboard.noShows"), "#b3261e", WeekFigures::noShows));
    }

    public String getActivityChart() {
        return chart("line", new Series(Faces.text("dashboard.helped"), "#0b5394", WeekFigures::helpedTotal),
                new Series(Faces.text("dashboard.participants"), "#7a4d00", WeekFigures::participants),
                new Series(Faces.text("dashboard.requests"), "#6a1b9a", WeekFigures::requests));
    }

    private record Series(String label, String colour, ToIntFunction<WeekFigures> value) {
    }

    /** A Chart.js configuration (what p:chart renders) over the 12 weeks. */
    private String chart(String type, Series... series) {
        if (view == null) {
            return "{}";
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        view.trend().forEach(w -> labels.add(w.monday().format(WEEK)));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            view.trend().forEach(w -> data.add(s.value().applyAsInt(w)));
            datasets.add(Json.createObjectBuilder().add("label", s.label()).add("data", data)
                    .add("backgroundColor", s.colour()).add("borderColor", s.colour()));
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false))
                .build().toString();
    }

    public WeekFigures getTotal() {
        return view == null ? null : view.week().total();
    }

    public String getAttendanceRate() {
        Integer rate = view == null ? null : view.week().total().attendanceRate();
        return rate == null ? "–" : rate + " %";
    }

    public boolean isProvinceWide() {
        return session.getCaller().readsWholeProvince();
    }

    public List<Figures.CommuneName> getCommunes() {
        return communes;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public void setCommuneId(Long communeId) {
        this.communeId = communeId;
    }

    public DashboardView getView() {
        return view;
    }
}
