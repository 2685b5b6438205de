package vn.cdtt.web.common;

import jakarta.faces.convert.FacesConverter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * HH:mm, strictly: "24:00" or "08:75" is refused, never turned into another time (f:convertDateTime resolves
 * "24:00" to midnight). The input's converterMessage says what to type.
 */
@FacesConverter("cdtt.time")
public class StrictTime extends StrictConverter<LocalTime> {

    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);

    public StrictTime() {
        super(HH_MM, LocalTime::from, "training.time.invalid");
    }

    static LocalTime parse(String value) {
        return LocalTime.parse(value.strip(), HH_MM);
    }
}
