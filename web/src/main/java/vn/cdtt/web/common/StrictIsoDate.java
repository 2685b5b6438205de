package vn.cdtt.web.common;

import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * A date in a URL (yyyy-MM-dd), strictly: 2026-02-31 is refused, never moved to 2026-02-28 as f:convertDateTime
 * does.
 */
@FacesConverter("cdtt.isoDate")
public class StrictIsoDate extends StrictConverter<LocalDate> {

    static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    public StrictIsoDate() {
        super(ISO, LocalDate::from, "jakarta.faces.converter.DateTimeConverter.DATE");
    }

    static LocalDate parse(String value) {
        return LocalDate.parse(value.strip(), ISO);
    }
}
