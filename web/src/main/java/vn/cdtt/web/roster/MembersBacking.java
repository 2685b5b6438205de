package vn.cdtt.web.roster;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;
import vn.cdtt.web.common.Downloads;
import vn.cdtt.web.common.Faces;
import vn.cdtt.web.common.PagedModel;
import vn.cdtt.web.common.Tables;
import vn.cdtt.roster.MemberRow;
import vn.cdtt.commune.Commune;
import vn.cdtt.commune.CommuneService;
import vn.cdtt.roster.MemberExportService;
import vn.cdtt.roster.MemberFilter;
import vn.cdtt.roster.MemberService;
import vn.cdtt.roster.TeamRow;
import vn.cdtt.roster.TeamService;
import vn.cdtt.web.common.UserSession;

/** roster/members.xhtml: the member list of a commune (or the province), searched without diacritics. */
@Named
@ViewScoped
public class MembersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MemberService members;

    @EJB
    CommuneService communes;

    @EJB
    TeamService teams;

    @EJB
    MemberExportService exporter;

    @Inject
    UserSession session;

    private final MemberFilter filter = new MemberFilter();
    private PagedModel<MemberRow> model;
    private List<Commune> communeOptions;

    @PostConstruct
    void init() {
        communeOptions = communes.visibleCommunes();
        if (!session.getCaller().readsWholeProvince()) {
            filter.setCommuneId(session.getCaller().communeId());
        }
        model = new PagedModel<>(page -> members.search(filter, page), MemberRow::id);
    }

    /** Applying filters just re-reads the first page. */
    /** New filters: back to the first page (the lazy model reads the filter on its next load). */
    public void search() {
        Tables.firstPage("members:table");
    }

    public void clear() {
        search();
        filter.setText(null);
        filter.setStatus(null);
        filter.setTeamId(null);
        filter.setYouthUnion(null);
        if (session.getCaller().readsWholeProvince()) {
            filter.setCommuneId(null);
        }
    }

    public List<TeamRow> getTeamOptions() {
        return filter.getCommuneId() == null ? List.of() : teams.teams(filter.getCommuneId());
    }

    public boolean isCanEdit() {
        return session.isCoordinator();
    }

    public boolean isCanExport() {
        return session.isRosterReader();
    }

    /** The filtered list as .xlsx (citizen IDs masked). */
    public StreamedContent export() {
        byte[] xlsx = exporter.export(filter, Faces.locale());
        return Downloads.xlsx("thanh-vien-" + vn.cdtt.common.VietnamTime.today().format(
                        java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx", xlsx);
    }

    public boolean isProvinceWide() {
        return session.getCaller().readsWholeProvince();
    }

    public MemberFilter getFilter() {
        return filter;
    }

    public PagedModel<MemberRow> getModel() {
        return model;
    }

    public List<Commune> getCommuneOptions() {
        return communeOptions;
    }
}
