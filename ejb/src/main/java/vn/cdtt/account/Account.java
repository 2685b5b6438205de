package vn.cdtt.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.VietnameseText;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.roster.ContactRules;
import vn.cdtt.security.Role;

/**
 * A login. Holds a PBKDF2 hash only, the role and the scope it acts in (province, and commune, site or member
 * record where the role needs one). Failed logins slow the name down ({@link LoginThrottle}); they never lock it.
 */
@Entity
@Table(name = "account")
public class Account {

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    @Size(max = 60)
    private String username;

    @Column(name = "display_name", nullable = false)
    @Size(max = 150)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    @Size(max = 300)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "province_id", nullable = false)
    private Long provinceId;

    @Column(name = "commune_id")
    private Long communeId;

    @Column(name = "site_id")
    private Long siteId;

    @Column(name = "member_id")
    private Long memberId;

    @Column(nullable = false)
    @Size(max = 5)
    private String locale = "vi";

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** The secret of the member's private calendar feed; null until asked for, replaced to kill the old URL. */
    @Column(name = "calendar_token")
    @Size(max = 64)
    private String calendarToken;

    @Column(name = "email_notifications", nullable = false)
    private boolean emailNotifications = true;

    @Column(name = "push_notifications", nullable = false)
    private boolean pushNotifications = true;

    /** A mobile number to be called on (V35): members see their coordinators' once a shift is past the cut-off. */
    @Column(length = 15)
    @Size(max = 15)
    private String phone;

    @Version
    private long version;

    /** The length of the display_name column. */
    public static final int MAX_DISPLAY_NAME = 150;

    protected Account() {
    }

    public Account(String username, String displayName, String passwordHash, Role role, Long provinceId) {
        if (username == null || !username.matches("[a-z0-9._-]{3,60}")) {
            throw new InvalidInputException("account.username.invalid");
        }
        String name = VietnameseText.clean(Objects.requireNonNull(displayName));
        if (name.length() > MAX_DISPLAY_NAME) {
            throw new InvalidInputException("account.displayName.tooLong", MAX_DISPLAY_NAME);
        }
        this.username = username;
        this.displayName = name;
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = Objects.requireNonNull(role);
        this.provinceId = Objects.requireNonNull(provinceId);
        this.createdAt = VietnamTime.now();
    }

    /** Scope of the role: a commune for commune-bound roles, a site for centre staff, a member record for members. */
    public void scopeTo(Long communeId, Long siteId, Long memberId) {
        if (role.communeBound() && communeId == null) {
            throw new InvalidInputException("account.commune.required");
        }
        if (role == Role.CENTRE_STAFF && siteId == null) {
            throw new InvalidInputException("account.site.required");
        }
        this.communeId = role.communeBound() ? communeId : null;
        this.siteId = role == Role.CENTRE_STAFF ? siteId : null;
        this.memberId = role == Role.MEMBER ? memberId : null;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    public void changeLocale(String languageTag) {
        this.locale = "en".equals(languageTag) ? "en" : "vi";
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void linkMember(Long memberId) {
        if (role != Role.MEMBER) {
            throw new InvalidInputException("account.link.notMemberRole");
        }
        this.memberId = memberId;
    }

    /** A new calendar secret (256 random bits, URL-safe); the old URL stops working. */
    public String newCalendarToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        calendarToken = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return calendarToken;
    }

    public String getCalendarToken() {
        return calendarToken;
    }

    public boolean isEmailNotifications() {
        return emailNotifications;
    }

    public void setEmailNotifications(boolean emailNotifications) {
        this.emailNotifications = emailNotifications;
    }

    public boolean isPushNotifications() {
        return pushNotifications;
    }

    public void setPushNotifications(boolean pushNotifications) {
        this.pushNotifications = pushNotifications;
    }

    /**
     * The number to be called on, checked by the rule of members' numbers ({@link vn.cdtt.roster.VietnameseMobile}) and
     * stored normalised ("+84 912 345 678" as 0912345678); blank removes it.
     */
    public void changePhone(String number) {
        if (number == null || number.isBlank()) {
            this.phone = null;
            return;
        }
        String normalized = ContactRules.normalizeMobile(number.trim());
        if (!ContactRules.isMobile(normalized)) {
            throw new InvalidInputException("member.phone.invalid");
        }
        this.phone = normalized;
    }

    public String getPhone() {
        return phone;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", username);
        m.put("displayName", displayName);
        m.put("role", role);
        m.put("commune", communeId);
        m.put("site", siteId);
        m.put("member", memberId);
        m.put("enabled", enabled);
        m.put("emailNotifications", emailNotifications);
        m.put("phone", phone);
        return m;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getLocale() {
        return locale;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
