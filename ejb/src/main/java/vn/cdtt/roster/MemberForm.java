package vn.cdtt.roster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.cdtt.common.VietnameseText;
import vn.cdtt.common.validation.MinimumAge;
import vn.cdtt.common.validation.NotAfterToday;
import vn.cdtt.common.validation.PersonNameFormat;
import vn.cdtt.common.validation.PlainName;

/**
 * What a coordinator types (or imports) for a member, with its rules as Bean Validation constraints whose message
 * templates are keys of the messages bundle. The services check a form before anything else; {@link Member}
 * checks it again, with the same rules, so nothing invalid is ever stored. Texts are kept in Unicode NFC from the
 * moment they are set (pages and imports alike), so what is checked is what is stored.
 */
public class MemberForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{member.fullName.required}")
    @Size(max = 150, message = "{member.fullName.tooLong}")
    @PersonNameFormat
    @FitsNameColumns
    @PlainName(label = "member.fullName")
    private String fullName;

    @NotNull(message = "{member.birthDate.required}")
    @MinimumAge(Member.MINIMUM_AGE)
    private LocalDate birthDate;

    @NotNull(message = "{member.gender.required}")
    private Gender gender;

    @NotBlank(message = "{member.ethnicity.required}")
    @Size(max = 50, message = "{member.ethnicity.tooLong}")
    @PlainName(label = "member.ethnicity")
    private String ethnicity = "Kinh";

    @NotBlank(message = "{member.phone.required}")
    @VietnameseMobile
    private String phone;

    @Size(max = 150, message = "{member.email.tooLong}")
    @Pattern(regexp = "^$|[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{member.email.invalid}")
    private String email;

    @NotBlank(message = "{member.citizenId.required}")
    // blank is left to @NotBlank: one message, "please enter", not also "12 digits"
    @Pattern(regexp = "\\s*|\\s*\\d{12}\\s*", message = "{member.citizenId.invalid}")
    private String citizenId;

    private boolean youthUnion = true;

    @NotNull(message = "{member.joinedOn.required}")
    @NotAfterToday(message = "{member.joinedOn.future}")
    private LocalDate joinedOn;

    private Long teamId;

    private Set<Long> skillIds = new LinkedHashSet<>();

    private Set<Long> languageIds = new LinkedHashSet<>();

    public static MemberForm of(Member m) {
        MemberForm f = new MemberForm();
        f.fullName = m.getFullName();
        f.birthDate = m.getBirthDate();
        f.gender = m.getGender();
        f.ethnicity = m.getEthnicity();
        f.phone = m.getPhone();
        f.email = m.getEmail();
        f.citizenId = m.getCitizenId();
        f.youthUnion = m.isYouthUnion();
        f.joinedOn = m.getJoinedOn();
        f.teamId = m.getTeam() == null ? null : m.getTeam().getId();
        m.getSkills().forEach(s -> f.skillIds.add(s.getId()));
        m.getLanguages().forEach(l -> f.languageIds.add(l.getId()));
        return f;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = VietnameseText.nfc(fullName);
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = VietnameseText.nfc(ethnicity);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = VietnameseText.nfc(phone);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = VietnameseText.nfc(email);
    }

    public String getCitizenId() {
        return citizenId;
    }

    public void setCitizenId(String citizenId) {
        this.citizenId = VietnameseText.nfc(citizenId);
    }

    public boolean isYouthUnion() {
        return youthUnion;
    }

    public void setYouthUnion(boolean youthUnion) {
        this.youthUnion = youthUnion;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public Set<Long> getSkillIds() {
        return skillIds;
    }

    public void setSkillIds(Set<Long> skillIds) {
        this.skillIds = skillIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(skillIds);
    }

    public Set<Long> getLanguageIds() {
        return languageIds;
    }

    public void setLanguageIds(Set<Long> languageIds) {
        this.languageIds = languageIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(languageIds);
    }
}
