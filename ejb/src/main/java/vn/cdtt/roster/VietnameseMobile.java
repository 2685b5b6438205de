package vn.cdtt.roster;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A Vietnamese mobile number: 10 digits from 03, 05, 07, 08 or 09, "+84" allowed for the 0. Empty is left to @NotBlank. */
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = VietnameseMobile.Validator.class)
public @interface VietnameseMobile {

    String message() default "{member.phone.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<VietnameseMobile, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || ContactRules.isMobile(ContactRules.normalizeMobile(value));
        }
    }
}
