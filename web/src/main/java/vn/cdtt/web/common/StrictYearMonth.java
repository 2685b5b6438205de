package vn.cdtt.web.common;

import jakarta.faces.convert.FacesConverter;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/** A month in a URL (yyyy-MM), strictly: 2026-13 is refused. */
@FacesConverter("cdtt.yearMonth")
public class StrictYearMonth extends StrictConverter<YearMonth> {

    static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT);

    public StrictYearMonth() {
        super(ISO, YearMonth::from, "jakarta.faces.converter.DateTimeConverter.DATE");
    }
}
