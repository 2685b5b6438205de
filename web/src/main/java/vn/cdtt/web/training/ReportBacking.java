package vn.cdtt.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.StreamedContent;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.CommuneService;
import vn.cdtt.training.TargetMetric;
import vn.cdtt.training.TrainingReport;
import vn.cdtt.training.TrainingReportService;
import vn.cdtt.training.TrainingTarget;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.CommuneChoice;
import vn.cdtt.web.common.Downloads;
import vn.cdtt.web.common.Faces;
import vn.cdtt.web.common.NumberField;
import vn.cdtt.web.common.UserSession;

/**
 * training/report.xhtml: the year's training in figures – totals, progress against the province's targets (the
 * province coordinator sets them here), breakdowns with charts, and the .xlsx export.
 */
@Named("trainingReportBacking")
@ViewScoped
public class ReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    TrainingReportService reports;

    @EJB
    CommuneService communes;

    @Inject
    UserSession session;

    private int year = VietnamTime.today().getYear();
    private CommuneChoice commune;
    private TrainingReport report;
    private List<NumberField<TargetMetric>> targets = List.of();

    @PostConstruct
    void init() {
        commune = new CommuneChoice(session.getCaller(), communes.visibleCommunes(), false);
        reload();
    }

    public void reload() {
        Actions.run(() -> {
            report = reports.report(year, commune.getCommuneId());
            Map<TargetMetric, Integer> set = new EnumMap<>(TargetMetric.class);
            for (TrainingTarget t : reports.targets(year)) {
                set.put(t.getMetric(), t.getValue());
            }
            targets = java.util.Arrays.stream(TargetMetric.values()).map(m -> new NumberField<>(m, set.get(m))).toList();
        });
    }

    public void previousYear() {
        year--;
        reload();
    }

    public void nextYear() {
        year++;
        reload();
    }

    public void saveTargets() {
        if (Actions.run(() -> targets.forEach(row -> reports.setTarget(year, row.getKey(), row.getValue())),
                "common.saved")) {
            reload();
        }
    }

    public StreamedContent export() {
        byte[] xlsx = reports.export(year, commune.getCommuneId(), Faces.locale());
        return Downloads.xlsx("tap-huan-" + year + ".xlsx", xlsx);
    }

    /** A Chart.js bar chart (the configuration p:chart renders) of participants per line. */
    public String chart(List<TrainingReport.Line> lines, String colour) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (TrainingReport.Line line : lines) {
            labels.add(line.label(Faces.locale()));
            data.add(line.participants());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", Faces.text("report.participants"))
                                .add("data", data).add("backgroundColor", colour))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("display", false))))
                .build().toString();
    }

    public boolean isCanSetTargets() {
        return session.is("PROVINCE_COORDINATOR") && commune.getCommuneId() == null;
    }

    public int getYear() {
        return year;
    }

    public CommuneChoice getCommune() {
        return commune;
    }

    public TrainingReport getReport() {
        return report;
    }

    public List<NumberField<TargetMetric>> getTargets() {
        return targets;
    }
}
