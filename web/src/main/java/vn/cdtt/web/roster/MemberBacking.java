package vn.cdtt.web.roster;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.CommuneService;
import vn.cdtt.roster.CatalogueService;
import vn.cdtt.roster.Member;
import vn.cdtt.roster.MemberForm;
import vn.cdtt.roster.MemberService;
import vn.cdtt.roster.MemberStatus;
import vn.cdtt.roster.Skill;
import vn.cdtt.roster.SpokenLanguage;
import vn.cdtt.roster.TeamRow;
import vn.cdtt.roster.TeamService;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.Faces;
import vn.cdtt.web.common.UserSession;

/**
 * roster/member.xhtml: one member's record. {@code ?id=} opens it (edit for coordinators, read-only for viewers);
 * {@code ?commune=} starts a new member in that commune.
 */
@Named
@ViewScoped
public class MemberBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MemberService members;

    @EJB
    TeamService teams;

    @EJB
    CatalogueService catalogue;

    @EJB
    CommuneService communes;

    @Inject
    UserSession session;

    private Long id;
    private Long communeId;
    private long version;
    private MemberForm form = new MemberForm();
    private Member member;
    private String communeName;
    private String revealedCitizenId;
    private List<TeamRow> teamOptions = List.of();
    private MemberStatus newStatus;
    private LocalDate statusSince;
    private String statusReason;

    /** f:viewAction: loads the member, or prepares a new one. */
    public void load() {
        if (!Actions.run(this::read)) {
            member = null;
            id = null;
            communeId = null;
        }
    }

    private void read() {
        if (id != null) {
            member = members.find(id);
            communeId = member.getCommune().getId();
            version = member.getVersion();
            form = MemberForm.of(member);
            form.setCitizenId(null);
        } else {
            if (communeId == null) {
                communeId = session.getCaller().communeId();
            }
            form.setJoinedOn(VietnamTime.today());
        }
        if (communeId != null) {
            communeName = communes.find(communeId).toString();
            teamOptions = teams.teams(communeId);
        }
        statusSince = VietnamTime.today();
    }

    public String save() {
        boolean creating = id == null;
        Member saved = Actions.get(() -> creating ? members.create(communeId, form) : members.update(id, version, form),
                null);
        if (saved == null) {
            return null;
        }
        Faces.info(creating ? "member.created" : "member.updated", saved.getFullName());
        return "/roster/member?faces-redirect=true&id=" + saved.getId();
    }

    public void revealCitizenId() {
        revealedCitizenId = Actions.get(() -> members.revealCitizenId(id), revealedCitizenId);
    }

    public String changeStatus() {
        Member saved = Actions.get(() -> members.changeStatus(id, version, newStatus, statusSince, statusReason), null);
        if (saved == null) {
            return null;
        }
        Faces.info("member.statusChanged", saved.getFullName());
        return "/roster/member?faces-redirect=true&id=" + saved.getId();
    }

    public boolean isCanEdit() {
        return session.isCoordinator() && (id == null ? communeId != null : member != null);
    }

    public boolean isExisting() {
        return member != null;
    }

    public List<Skill> getSkillOptions() {
        return catalogue.skills();
    }

    public List<SpokenLanguage> getLanguageOptions() {
        return catalogue.languages();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public void setCommuneId(Long communeId) {
        this.communeId = communeId;
    }

    public MemberForm getForm() {
        return form;
    }

    public Member getMember() {
        return member;
    }

    public String getCommuneName() {
        return communeName;
    }

    public String getRevealedCitizenId() {
        return revealedCitizenId;
    }

    public List<TeamRow> getTeamOptions() {
        return teamOptions;
    }

    public MemberStatus getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(MemberStatus newStatus) {
        this.newStatus = newStatus;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public void setStatusSince(LocalDate statusSince) {
        this.statusSince = statusSince;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }
}
