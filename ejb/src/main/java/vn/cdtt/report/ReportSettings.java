package vn.cdtt.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.cdtt.common.InvalidInputException;

/** The province's distribution list for the weekly report: e-mail addresses, comma separated. */
@Entity
@Table(name = "report_settings")
public class ReportSettings {

    public static final int MAX_RECIPIENTS = 20;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;]{1,64}@[^@\\s,;]{1,150}\\.[^@\\s,;]{2,20}");

    @Id
    @Column(name = "province_id")
    private Long provinceId;

    @Column(nullable = false)
    @Size(max = 1000)
    private String recipients = "";

    @Version
    private long version;

    protected ReportSettings() {
    }

    public ReportSettings(Long provinceId) {
        this.provinceId = provinceId;
    }

    /** Sets the list from what the coordinator typed (commas, semicolons, spaces or new lines between addresses). */
    public void setRecipients(String text) {
        Set<String> found = new LinkedHashSet<>();
        List<String> wrong = new ArrayList<>();
        for (String part : (text == null ? "" : text).split("[,;\\s]+")) {
            String address = part.trim().toLowerCase(Locale.ROOT);
            if (address.isEmpty()) {
                continue;
            }
            if (!EMAIL.matcher(address).matches()) {
                wrong.add(part.trim());
            } else {
                found.add(address);
            }
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInputException("weekly.recipients.invalid", String.join(", ", wrong));
        }
        if (found.size() > MAX_RECIPIENTS) {
            throw new InvalidInputException("weekly.recipients.tooMany", MAX_RECIPIENTS);
        }
        String joined = String.join(", ", found);
        if (joined.length() > 1000) {
            throw new InvalidInputException("weekly.recipients.tooMany", MAX_RECIPIENTS);
        }
        this.recipients = joined;
    }

    public List<String> list() {
        return recipients.isBlank() ? List.of() : List.of(recipients.split(",\\s*"));
    }

    public String getRecipients() {
        return recipients;
    }

    public Long getProvinceId() {
        return provinceId;
    }
}
