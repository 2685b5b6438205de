package vn.cdtt.roster;

import java.io.Serializable;

/** Filters of the member list; all optional. The text is matched without diacritics or case. */
public class MemberFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long communeId;
    private Long teamId;
    private MemberStatus status;
    private Boolean youthUnion;
    private String text;

    public Long getCommuneId() {
        return communeId;
    }

    public void setCommuneId(Long communeId) {
        this.communeId = communeId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public void setStatus(MemberStatus status) {
        this.status = status;
    }

    public Boolean getYouthUnion() {
        return youthUnion;
    }

    public void setYouthUnion(Boolean youthUnion) {
        this.youthUnion = youthUnion;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
