package vn.cdtt.web.allowance;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import vn.cdtt.allowance.AllowancePolicies;
import vn.cdtt.allowance.AllowancePolicy;
import vn.cdtt.allowance.FundingSource;
import vn.cdtt.allowance.PolicyForm;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.CommuneService;
import vn.cdtt.security.Role;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.CommuneChoice;
import vn.cdtt.web.common.UserSession;

/**
 * allowance/policies.xhtml: the versions of the province's allowance policy, or of a commune's top-up (chosen
 * commune), and the form of one version. The province coordinator creates and edits versions; a version an
 * approved month used is read-only and offers a new version started from it; everyone else reads.
 */
@Named
@ViewScoped
public class PoliciesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the form is doing. */
    public enum Mode {
        NONE, NEW, EDIT, VIEW, SUCCESSOR
    }

    @EJB
    AllowancePolicies policies;

    @EJB
    CommuneService communes;

    @Inject
    UserSession session;

    private CommuneChoice commune;
    private FundingSource source = FundingSource.PROVINCE;
    private List<AllowancePolicy> versions = List.of();
    private Set<Long> used = Set.of();
    private Mode mode = Mode.NONE;
    private AllowancePolicy selected;
    private PolicyForm form;

    @PostConstruct
    void init() {
        commune = new CommuneChoice(session.getCaller(), communes.visibleCommunes(), true);
        reload();
    }

    /** The versions of the chosen source; the form closes. */
    public void reload() {
        Long communeId = communeId();
        if (source == FundingSource.COMMUNE && communeId == null) {
            versions = List.of();
            used = Set.of();
        } else {
            versions = Actions.get(() -> policies.versions(communeId), List.of());
            used = Actions.get(() -> policies.used(communeId), Set.of());
        }
        close();
    }

    private Long communeId() {
        return source == FundingSource.COMMUNE ? commune.getCommuneId() : null;
    }

    public void newVersion() {
        selected = null;
        form = new PolicyForm();
        mode = Mode.NEW;
    }

    /** Opens a version: to edit it, or to read it (a used version, or a reader). */
    public void open(AllowancePolicy p) {
        selected = p;
        form = p.toForm();
        mode = isCanEdit() && !isUsed(p) ? Mode.EDIT : Mode.VIEW;
    }

    /** A new version started from one: the same rates, from the day after it ends (tomorrow when it has no end). */
    public void successor(AllowancePolicy p) {
        selected = p;
        form = p.successorForm(VietnamTime.today());
        mode = Mode.SUCCESSOR;
    }

    public void save() {
        Runnable action = switch (mode) {
            case NEW -> () -> policies.create(communeId(), form);
            case EDIT -> () -> policies.update(selected.getId(), selected.getVersion(), form);
            case SUCCESSOR -> () -> policies.createSuccessor(selected.getId(), selected.getVersion(), form);
            case NONE, VIEW -> null;
        };
        if (action != null && Actions.run(action, "allowance.policy.saved")) {
            reload();
        }
    }

    public void close() {
        mode = Mode.NONE;
        selected = null;
        form = null;
    }

    public boolean isCanEdit() {
        return session.getCaller().is(Role.PROVINCE_COORDINATOR);
    }

    public boolean isUsed(AllowancePolicy p) {
        return used.contains(p.getId());
    }

    /** The form takes input (a new version, an edit, a successor); otherwise it is shown read-only. */
    public boolean isWritable() {
        return mode == Mode.NEW || mode == Mode.EDIT || mode == Mode.SUCCESSOR;
    }

    /** The two policies a page shows: the province's, or a commune's top-up. */
    public List<FundingSource> getSources() {
        return List.of(FundingSource.values());
    }

    public CommuneChoice getCommune() {
        return commune;
    }

    public FundingSource getSource() {
        return source;
    }

    public void setSource(FundingSource source) {
        this.source = source == null ? FundingSource.PROVINCE : source;
    }

    public List<AllowancePolicy> getVersions() {
        return versions;
    }

    public Mode getMode() {
        return mode;
    }

    public AllowancePolicy getSelected() {
        return selected;
    }

    public PolicyForm getForm() {
        return form;
    }
}
