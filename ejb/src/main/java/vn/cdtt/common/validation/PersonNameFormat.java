package vn.cdtt.common.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A Vietnamese full name with at least a family and a given name. Empty is left to @NotBlank. */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = PersonNameFormat.Validator.class)
public @interface PersonNameFormat {

    String message() default "{member.fullName.twoWords}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PersonNameFormat, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || value.trim().split("\\s+").length >= 2;
        }
    }
}
