package vn.cdtt.web.common;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * A date in a URL (yyyy-MM-dd), strictly: 2026-02-31 is refused, never moved to 2026-02-28 as f:convertDateTime
 * does.
 */
@FacesConverter("cdtt.isoDate")
public class StrictIsoDate implements Converter<LocalDate> {

    static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse(value);
        } catch (DateTimeParseException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Faces.text("jakarta.faces.converter.DateTimeConverter.DATE", value), null), e);
        }
    }

    static LocalDate parse(String value) {
        return LocalDate.parse(value.strip(), ISO);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : value.format(ISO);
    }
}
