package vn.cdtt.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import vn.cdtt.commune.Commune;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.VietnameseText;
import vn.cdtt.common.validation.PlainName;

/**
 * A Community Digital Technology Team (Tổ Công nghệ số cộng đồng) of a commune, usually one per village or
 * residential group, with a leader (tổ trưởng) and a deputy (tổ phó) who are active members of the team.
 */
@Entity
@Table(name = "team")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "province_id", nullable = false)
    private Long provinceId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "commune_id")
    private Commune commune;

    @Column(nullable = false)
    @Size(max = 150)
    private String name;

    @Size(max = 150)
    private String village;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "leader_id")
    private Member leader;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deputy_id")
    private Member deputy;

    @Version
    private long version;

    protected Team() {
    }

    public Team(Commune commune, String name, String village) {
        this.commune = Objects.requireNonNull(commune);
        this.provinceId = commune.getProvince().getId();
        rename(name, village);
    }

    public final void rename(String name, String village) {
        String clean = VietnameseText.clean(name);
        if (clean == null || clean.isEmpty()) {
            throw new InvalidInputException("team.name.required");
        }
        if (clean.length() > 150) {
            throw new InvalidInputException("team.name.tooLong");
        }
        PlainName.Validator.problem(clean).ifPresent(key -> {
            throw new InvalidInputException(key, LocalizedText.label("team.name"));
        });
        String cleanVillage = VietnameseText.clean(village);
        if (cleanVillage != null && cleanVillage.length() > 150) {
            throw new InvalidInputException("team.village.tooLong");
        }
        this.name = clean;
        this.village = cleanVillage;
    }

    /** Leader and deputy: active members of this team, two different people (either may be left empty). */
    public void appoint(Member newLeader, Member newDeputy) {
        for (Member m : new Member[] {newLeader, newDeputy}) {
            if (m != null && (m.getTeam() == null || !m.getTeam().equals(this))) {
                throw new InvalidInputException("team.lead.notInTeam", m.getFullName());
            }
            if (m != null && !m.isActive()) {
                throw new InvalidInputException("team.lead.notActive", m.getFullName());
            }
        }
        if (newLeader != null && newLeader.equals(newDeputy)) {
            throw new InvalidInputException("team.lead.samePerson");
        }
        this.leader = newLeader;
        this.deputy = newDeputy;
    }

    /** Called when a member leaves the team: they no longer lead it. */
    void release(Member member) {
        if (member.equals(leader)) {
            leader = null;
        }
        if (member.equals(deputy)) {
            deputy = null;
        }
    }

    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("village", village);
        m.put("leader", leader == null ? null : leader.getFullName());
        m.put("deputy", deputy == null ? null : deputy.getFullName());
        return m;
    }

    public Long getId() {
        return id;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public Commune getCommune() {
        return commune;
    }

    public String getName() {
        return name;
    }

    public String getVillage() {
        return village;
    }

    public Member getLeader() {
        return leader;
    }

    public Member getDeputy() {
        return deputy;
    }

    public long getVersion() {
        return version;
    }
}
