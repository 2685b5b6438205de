package vn.cdtt.web.common;

import java.io.Serializable;
import java.util.List;
import vn.cdtt.commune.Commune;
import vn.cdtt.security.Caller;

/**
 * The commune a page works on: province-wide roles choose one of the province's communes (or, where allowed,
 * all of them); everyone else works on their own commune and sees no choice.
 */
public class CommuneChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Commune> options;
    private final boolean provinceWide;
    private Long communeId;

    /** @param firstByDefault for province-wide roles, start on the first commune instead of "all" */
    public CommuneChoice(Caller caller, List<Commune> visible, boolean firstByDefault) {
        this.options = List.copyOf(visible);
        this.provinceWide = caller.readsWholeProvince();
        if (!provinceWide) {
            communeId = caller.communeId();
        } else if (firstByDefault && !options.isEmpty()) {
            communeId = options.get(0).getId();
        }
    }

    public List<Commune> getOptions() {
        return options;
    }

    public boolean isProvinceWide() {
        return provinceWide;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public void setCommuneId(Long communeId) {
        if (provinceWide) {
            this.communeId = communeId;
        }
    }
}
