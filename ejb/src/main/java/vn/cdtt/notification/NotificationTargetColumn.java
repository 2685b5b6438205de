package vn.cdtt.notification;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link NotificationTarget} as its code (column {@code notification.target}). */
@Converter
public class NotificationTargetColumn implements AttributeConverter<NotificationTarget, String> {

    @Override
    public String convertToDatabaseColumn(NotificationTarget target) {
        return target == null ? null : target.code();
    }

    @Override
    public NotificationTarget convertToEntityAttribute(String code) {
        return NotificationTarget.parse(code).orElse(null);
    }
}
