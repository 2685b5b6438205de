package vn.cdtt.web.common;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQuery;

/**
 * A date or time typed or sent as text, read strictly by one pattern: what does not exist is refused with a
 * localized message, never moved to a nearby value as f:convertDateTime does.
 */
abstract class StrictConverter<T extends TemporalAccessor> implements Converter<T> {

    private final DateTimeFormatter format;
    private final TemporalQuery<T> query;
    private final String messageKey;

    StrictConverter(DateTimeFormatter format, TemporalQuery<T> query, String messageKey) {
        this.format = format;
        this.query = query;
        this.messageKey = messageKey;
    }

    @Override
    public T getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return format.parse(value.strip(), query);
        } catch (DateTimeParseException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Faces.text(messageKey, value), null), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, T value) {
        return value == null ? "" : format.format(value);
    }
}
