package vn.cdtt.web.common;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * HH:mm, strictly: "24:00" or "08:75" is refused, never turned into another time (f:convertDateTime resolves
 * "24:00" to midnight). The input's converterMessage says what to type.
 */
@FacesConverter("cdtt.time")
public class StrictTime implements Converter<LocalTime> {

    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalTime getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse(value);
        } catch (DateTimeParseException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Faces.text("training.time.invalid"), null), e);
        }
    }

    static LocalTime parse(String value) {
        return LocalTime.parse(value.strip(), HH_MM);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalTime value) {
        return value == null ? "" : value.format(HH_MM);
    }
}
