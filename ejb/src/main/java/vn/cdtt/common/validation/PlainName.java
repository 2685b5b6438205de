package vn.cdtt.common.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Optional;

/**
 * A name as people write it: no markup ({@code < >}), no control or invisible formatting characters, and no
 * leading {@code = + - @}, which a spreadsheet opening an export would run as a formula. Each reason has its own
 * message, which names the field by its {@link #label()} ("Dân tộc không được chứa dấu < hoặc >"). Empty is left to
 * @NotBlank.
 */
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = PlainName.Validator.class)
public @interface PlainName {

    /** The bundle key of the field's label, the first argument of every message ({@link Rules}). */
    String label();

    String message() default "{input.name.markup}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainName, String> {

        /**
         * The message key of the first rule the text breaks, or empty if it is a plain name (null and blank are).
         * Its message takes the field's label as its argument.
         */
        public static Optional<String> problem(String text) {
            if (text == null || text.isBlank()) {
                return Optional.empty();
            }
            if (text.indexOf('<') >= 0 || text.indexOf('>') >= 0) {
                return Optional.of("input.name.markup");
            }
            if (text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                    || Character.getType(c) == Character.FORMAT || c == '\u2028' || c == '\u2029')) {
                return Optional.of("input.name.control");
            }
            char first = text.strip().charAt(0);
            if (first == '=' || first == '+' || first == '-' || first == '@') {
                return Optional.of("input.name.formula");
            }
            return Optional.empty();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            Optional<String> key = problem(value);
            key.ifPresent(k -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{" + k + "}").addConstraintViolation();
            });
            return key.isEmpty();
        }
    }
}
