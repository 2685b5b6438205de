package vn.cdtt.web.roster;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.cdtt.common.PageRequest;
import vn.cdtt.commune.CommuneService;
import vn.cdtt.roster.MemberFilter;
import vn.cdtt.roster.MemberRow;
import vn.cdtt.roster.MemberService;
import vn.cdtt.roster.MemberStatus;
import vn.cdtt.roster.Team;
import vn.cdtt.roster.TeamRow;
import vn.cdtt.roster.TeamService;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.CommuneChoice;
import vn.cdtt.web.common.Faces;
import vn.cdtt.web.common.UserSession;

/** roster/teams.xhtml: the teams of a commune, their leader and deputy. */
@Named
@ViewScoped
public class TeamsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    TeamService teams;

    @EJB
    MemberService members;

    @EJB
    CommuneService communes;

    @Inject
    UserSession session;

    private CommuneChoice commune;
    private List<TeamRow> rows = List.of();
    private TeamRow editing;
    private String name;
    private String village;
    private Long leaderId;
    private Long deputyId;

    @PostConstruct
    void init() {
        commune = new CommuneChoice(session.getCaller(), communes.visibleCommunes(), true);
        reload();
    }

    public void reload() {
        rows = commune.getCommuneId() == null ? List.of()
                : Actions.get(() -> teams.teams(commune.getCommuneId()), List.of());
    }

    public void startNew() {
        editing = null;
        name = null;
        village = null;
        leaderId = null;
        deputyId = null;
    }

    public void startEdit(TeamRow row) {
        editing = row;
        name = row.name();
        village = row.village();
        leaderId = row.leaderId();
        deputyId = row.deputyId();
    }

    public void save() {
        boolean creating = editing == null;
        Team t = Actions.get(() -> creating ? teams.create(commune.getCommuneId(), name, village)
                : teams.update(editing.id(), editing.version(), name, village, leaderId, deputyId), null);
        if (t != null) {
            Faces.info(creating ? "team.created" : "team.updated", t.getName());
            reload();
            org.primefaces.PrimeFaces.current().executeScript("PF('teamDialog').hide()");
        }
    }

    public void delete(TeamRow row) {
        if (Actions.run(() -> teams.delete(row.id()), "team.deleted", row.name())) {
            reload();
        }
    }

    /** Active members of the team being edited: the only people who can lead it. */
    public List<MemberRow> getTeamMembers() {
        if (editing == null) {
            return List.of();
        }
        MemberFilter f = new MemberFilter();
        f.setCommuneId(commune.getCommuneId());
        f.setTeamId(editing.id());
        f.setStatus(MemberStatus.ACTIVE);
        return members.search(f, new PageRequest(0, PageRequest.MAX_SIZE, null, true)).rows();
    }

    public boolean isCanEdit() {
        return session.isCoordinator();
    }

    public CommuneChoice getCommune() {
        return commune;
    }

    public List<TeamRow> getRows() {
        return rows;
    }

    public TeamRow getEditing() {
        return editing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getVillage() {
        return village;
    }

    public void setVillage(String village) {
        this.village = village;
    }

    public Long getLeaderId() {
        return leaderId;
    }

    public void setLeaderId(Long leaderId) {
        this.leaderId = leaderId;
    }

    public Long getDeputyId() {
        return deputyId;
    }

    public void setDeputyId(Long deputyId) {
        this.deputyId = deputyId;
    }
}
