package vn.cdtt.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import vn.cdtt.account.Account;
import vn.cdtt.account.AccountRow;
import vn.cdtt.account.AccountService;
import vn.cdtt.common.PageRequest;
import vn.cdtt.commune.Commune;
import vn.cdtt.commune.CommuneService;
import vn.cdtt.commune.ServiceSite;
import vn.cdtt.roster.MemberFilter;
import vn.cdtt.roster.MemberRow;
import vn.cdtt.roster.MemberService;
import vn.cdtt.security.Role;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.Faces;

/** admin/accounts.xhtml: the province coordinator creates accounts, links members, locks and resets them. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AccountService accounts;

    @EJB
    CommuneService communes;

    @EJB
    MemberService members;

    private List<AccountRow> rows;
    private List<Commune> communeOptions;

    private String username;
    private String displayName;
    private String password;
    private Role role;
    private Long communeId;
    private Long siteId;
    private Long memberId;
    private AccountRow selected;
    private String phone;

    @PostConstruct
    void init() {
        communeOptions = communes.visibleCommunes();
        reload();
    }

    private void reload() {
        rows = accounts.accounts();
    }

    public void startNew() {
        username = null;
        displayName = null;
        password = null;
        role = null;
        communeId = null;
        siteId = null;
        memberId = null;
    }

    public void create() {
        Account a = Actions.get(() -> accounts.create(username, displayName, password, role, communeId, siteId,
                memberId), null);
        if (a != null) {
            Faces.info("account.created", a.getUsername());
            reload();
            PrimeFaces.current().executeScript("PF('accountDialog').hide()");
        }
    }

    public void select(AccountRow row) {
        selected = row;
        password = null;
        memberId = row.memberId();
        communeId = row.communeId();
        phone = row.phone();
    }

    /** The number members call the account holder on (a coordinator's, mostly); blank removes it. */
    public void changePhone() {
        if (Actions.run(() -> accounts.changePhone(selected.id(), phone), "common.saved")) {
            reload();
            PrimeFaces.current().executeScript("PF('phoneDialog').hide()");
        }
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public void setEnabled(AccountRow row, boolean enabled) {
        if (Actions.run(() -> accounts.setEnabled(row.id(), enabled), "common.saved")) {
            reload();
        }
    }

    public void resetPassword() {
        if (Actions.run(() -> accounts.resetPassword(selected.id(), password), "common.saved")) {
            PrimeFaces.current().executeScript("PF('passwordDialog').hide()");
        }
    }

    public void linkMember() {
        if (Actions.run(() -> accounts.linkMember(selected.id(), memberId), "common.saved")) {
            reload();
            PrimeFaces.current().executeScript("PF('linkDialog').hide()");
        }
    }

    public boolean isNeedsCommune() {
        return role != null && role.communeBound();
    }

    public List<ServiceSite> getSiteOptions() {
        return role == Role.CENTRE_STAFF && communeId != null ? communes.sites(communeId) : List.of();
    }

    /** Members of the chosen commune, for linking a member's account (first 500 by name). */
    public List<MemberRow> getMemberOptions() {
        if (communeId == null) {
            return List.of();
        }
        MemberFilter f = new MemberFilter();
        f.setCommuneId(communeId);
        return members.search(f, new PageRequest(0, PageRequest.MAX_SIZE, null, true)).rows();
    }

    public List<AccountRow> getRows() {
        return rows;
    }

    public List<Commune> getCommuneOptions() {
        return communeOptions;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public void setCommuneId(Long communeId) {
        this.communeId = communeId;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public AccountRow getSelected() {
        return selected;
    }
}
