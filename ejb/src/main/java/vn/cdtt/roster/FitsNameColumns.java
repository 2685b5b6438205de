package vn.cdtt.roster;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Each part of a full name fits its column (family, middle and given name are stored apart), with a message that
 * names the part: otherwise a long family name passes every check and fails only when the database refuses it.
 */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = FitsNameColumns.Validator.class)
public @interface FitsNameColumns {

    String message() default "{member.fullName.tooLong}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<FitsNameColumns, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            var key = PersonName.tooLong(value);
            key.ifPresent(k -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{" + k + "}").addConstraintViolation();
            });
            return key.isEmpty();
        }
    }
}
