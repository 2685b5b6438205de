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
 * A day from the phone's own date field ({@code type="date"}): the field shows the day the phone's way (07/12/2026 on
 * a Vietnamese phone) and sends it as yyyy-MM-dd; a browser without such a field shows a text box, where people type
 * dd/MM/yyyy. Both are read, strictly (31/02 is refused, never moved), and a refusal says what the user can do either
 * way: pick the day, or type it as dd/MM/yyyy. The value goes back to the field as yyyy-MM-dd.
 */
@FacesConverter("cdtt.phoneDate")
public class PhoneDate implements Converter<LocalDate> {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return text.contains("/") ? LocalDate.parse(text, TYPED) : StrictIsoDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Faces.text("input.date.phone", text), null), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : value.toString();
    }
}
