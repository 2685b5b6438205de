package vn.cdtt.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.cdtt.commune.Commune;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.InvalidInputException.Problem;
import vn.cdtt.common.VietnameseText;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.common.validation.Rules;

/**
 * A member (thành viên) of a Community Digital Technology Team. Guards what must never be stored: a
 * well-formed name, an age of at least 16, a Vietnamese mobile number, a 12-digit citizen ID, a team of the
 * member's own commune. People with history are never deleted: they pause or leave.
 */
@Entity
@Table(name = "member")
public class Member {

    public static final int MINIMUM_AGE = 16;
    /** The length of the status_reason column. */
    public static final int MAX_STATUS_REASON = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "province_id", nullable = false)
    private Long provinceId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "commune_id")
    private Commune commune;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @Column(name = "full_name", nullable = false)
    @Size(max = 150)
    private String fullName;
    @Column(name = "family_name", nullable = false)
    @Size(max = 50)
    private String familyName;
    @Column(name = "middle_name", nullable = false)
    @Size(max = 100)
    private String middleName;
    @Column(name = "given_name", nullable = false)
    @Size(max = 50)
    private String givenName;
    /** Vietnamese order by given, family, middle name (see {@link PersonName#sortKey()}). */
    @Column(name = "sort_key", nullable = false)
    @Size(max = 400)
    private String sortKey;
    /** Name without diacritics or case, phone and citizen ID, for search (never the e-mail: see searchText()). */
    @Column(name = "search_text", nullable = false)
    @Size(max = 400)
    private String searchText;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Gender gender;

    @Column(nullable = false)
    @Size(max = 50)
    private String ethnicity;

    @Column(nullable = false)
    @Size(max = 15)
    private String phone;

    @Size(max = 150)
    private String email;

    @Column(name = "citizen_id", nullable = false)
    @Size(max = 12)
    private String citizenId;

    @Column(name = "youth_union", nullable = false)
    private boolean youthUnion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberStatus status = MemberStatus.ACTIVE;

    @Column(name = "status_since", nullable = false)
    private LocalDate statusSince;

    @Column(name = "status_reason")
    @Size(max = 300)
    private String statusReason;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @ManyToMany
    @JoinTable(name = "member_skill", joinColumns = @JoinColumn(name = "member_id"),
            inverseJoinColumns = @JoinColumn(name = "skill_id"))
    private Set<Skill> skills = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "member_language", joinColumns = @JoinColumn(name = "member_id"),
            inverseJoinColumns = @JoinColumn(name = "language_id"))
    private Set<SpokenLanguage> languages = new LinkedHashSet<>();

    @Version
    private long version;

    protected Member() {
    }

    public Member(Commune commune, MemberForm form, Team team, Set<Skill> skills, Set<SpokenLanguage> languages) {
        this.commune = Objects.requireNonNull(commune);
        this.provinceId = commune.getProvince().getId();
        this.createdAt = VietnamTime.now();
        this.statusSince = form.getJoinedOn() != null ? form.getJoinedOn() : VietnamTime.today();
        update(form, team, skills, languages);
    }

    /** Applies a checked form; refuses the whole change if any rule is broken, listing every broken rule. */
    public final void update(MemberForm form, Team team, Set<Skill> skills, Set<SpokenLanguage> languages) {
        List<Problem> problems = check(form);
        if (team != null && !team.getCommune().getId().equals(commune.getId())) {
            problems.add(new Problem("teamId", "member.team.otherCommune"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PersonName name = PersonName.parse(form.getFullName());
        this.fullName = name.full();
        this.familyName = name.family();
        this.middleName = name.middle();
        this.givenName = name.given();
        this.sortKey = name.sortKey();
        this.birthDate = form.getBirthDate();
        this.gender = form.getGender();
        this.ethnicity = VietnameseText.clean(form.getEthnicity());
        this.phone = ContactRules.normalizeMobile(form.getPhone());
        this.email = form.getEmail() == null || form.getEmail().isBlank() ? null : form.getEmail().trim();
        this.citizenId = form.getCitizenId().trim();
        this.youthUnion = form.isYouthUnion();
        this.joinedOn = form.getJoinedOn();
        if (this.team != null && !this.team.equals(team)) {
            this.team.release(this);
        }
        this.team = team;
        this.skills = new LinkedHashSet<>(skills);
        this.languages = new LinkedHashSet<>(languages);
        this.searchText = searchText(fullName, phone, citizenId);
    }

    /**
     * What the member search looks in: the name folded (no diacritics, no case), the phone and the citizen ID. Not
     * the e-mail address: its domain would make a search for "Lê" or "ma" find half the province.
     */
    public static String searchText(String fullName, String phone, String citizenId) {
        return VietnameseText.fold(fullName) + " " + phone + " " + citizenId;
    }

    /**
     * The words a member search looks for in {@link #searchText}, each to be found in it: the text folded the same
     * way (no diacritics, no case, no LIKE wildcards), and a phone number written as people write it – "+84 905 123
     * 456", "0905.123.456", "84905123456" – turned into the one form stored, 0905123456, as the import does
     * ({@link ContactRules#normalizeMobile}); a part of a number ("+84 905") finds the numbers it starts.
     */
    public static List<String> searchWords(String text) {
        String folded = VietnameseText.fold(text).replace("%", "").replace("_", "");
        String compact = folded.replaceAll("[\\s.()-]", "");
        if (compact.matches("\\+?\\d+")) {
            return List.of(ContactRules.normalizeMobile(compact));
        }
        List<String> words = new ArrayList<>();
        for (String word : folded.split(" ")) {
            if (!word.isEmpty()) {
                words.add(word.matches("\\+\\d+") ? ContactRules.normalizeMobile(word) : word);
            }
        }
        return words;
    }

    /** Every rule a form breaks (empty if none): the same list the pages and the import preview show. */
    public static List<Problem> check(MemberForm form) {
        return new ArrayList<>(Rules.check(form));
    }

    public void changeStatus(MemberStatus newStatus, LocalDate since, String reasonText) {
        Objects.requireNonNull(newStatus);
        String reason = reasonText == null || reasonText.isBlank() ? null : VietnameseText.nfc(reasonText.strip());
        if (since == null) {
            throw new InvalidInputException("member.status.dateRequired");
        }
        if (since.isBefore(joinedOn)) {
            throw new InvalidInputException("member.status.beforeJoined");
        }
        if (newStatus == status) {
            throw new InvalidInputException("member.status.unchanged");
        }
        if (newStatus != MemberStatus.ACTIVE && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("member.status.reasonRequired");
        }
        if (reason != null && reason.length() > MAX_STATUS_REASON) {
            throw new InvalidInputException("member.status.reasonTooLong", MAX_STATUS_REASON);
        }
        this.status = newStatus;
        this.statusSince = since;
        this.statusReason = reason;
        if (newStatus != MemberStatus.ACTIVE && team != null) {
            team.release(this);
        }
        if (newStatus == MemberStatus.LEFT) {
            this.team = null;
        }
    }

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    /** What the audit log keeps of a member: no full citizen ID. */
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fullName", fullName);
        m.put("birthDate", birthDate);
        m.put("gender", gender);
        m.put("ethnicity", ethnicity);
        m.put("phone", phone);
        m.put("email", email);
        m.put("citizenId", ContactRules.maskCitizenId(citizenId));
        m.put("youthUnion", youthUnion);
        m.put("status", status);
        m.put("statusSince", statusSince);
        m.put("statusReason", statusReason);
        m.put("joinedOn", joinedOn);
        m.put("team", team == null ? null : team.getName());
        m.put("skills", skills.stream().map(Skill::getCode).sorted().toList());
        m.put("languages", languages.stream().map(SpokenLanguage::getCode).sorted().toList());
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

    public Team getTeam() {
        return team;
    }

    public String getFullName() {
        return fullName;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Gender getGender() {
        return gender;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getCitizenId() {
        return citizenId;
    }

    public String getMaskedCitizenId() {
        return ContactRules.maskCitizenId(citizenId);
    }

    public boolean isYouthUnion() {
        return youthUnion;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public Set<Skill> getSkills() {
        return Set.copyOf(skills);
    }

    public Set<SpokenLanguage> getLanguages() {
        return Set.copyOf(languages);
    }

    public long getVersion() {
        return version;
    }
}
