package vn.cdtt.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.VietnamTime;

/**
 * Query parameters read as text and checked here, so a bad one is a 400 problem naming the parameter in the caller's
 * language (Jakarta REST would answer a query parameter it cannot convert with a bare 404).
 */
final class ApiParams {

    private ApiParams() {
    }

    /** An ISO date (2030-01-07), or {@code fallback} when absent. */
    static LocalDate date(String value, String name, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(List.of(new InvalidInputException.Problem(name, "api.param.date", name,
                    value)));
        }
    }

    static LocalDate today() {
        return VietnamTime.today();
    }

    /** A whole number, or null when absent. */
    static Integer integer(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(List.of(new InvalidInputException.Problem(name, "api.param.number", name,
                    value)));
        }
    }

    /** A whole number from {@code min} to {@code max}, or null when absent. */
    static Integer integer(String value, String name, int min, int max) {
        Integer number = integer(value, name);
        if (number != null && (number < min || number > max)) {
            throw new InvalidInputException(List.of(new InvalidInputException.Problem(name, "api.param.range", name,
                    String.valueOf(min), String.valueOf(max), value)));
        }
        return number;
    }

    /** An id, or null when absent. */
    static Long id(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(List.of(new InvalidInputException.Problem(name, "api.param.number", name,
                    value)));
        }
    }

    /** A value of an enum by its name, or null when absent. */
    static <E extends Enum<E>> E choice(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(new InvalidInputException.Problem(name, "api.param.choice", name,
                    value)));
        }
    }
}
