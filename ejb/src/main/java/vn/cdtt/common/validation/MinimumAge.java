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
import java.time.LocalDate;
import java.time.Period;
import vn.cdtt.common.VietnamTime;

/**
 * A date of birth at least {@link #value()} years before today in Vietnam, and not more than
 * {@link #MAXIMUM_YEARS} years ago (a typing error, reported as an invalid date).
 */
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = MinimumAge.Validator.class)
public @interface MinimumAge {

    int MAXIMUM_YEARS = 100;

    int value();

    String message() default "{member.birthDate.tooYoung}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<MinimumAge, LocalDate> {
        private int years;

        @Override
        public void initialize(MinimumAge annotation) {
            years = annotation.value();
        }

        @Override
        public boolean isValid(LocalDate born, ConstraintValidatorContext context) {
            if (born == null) {
                return true;
            }
            int age = Period.between(born, VietnamTime.today()).getYears();
            if (age > MAXIMUM_YEARS) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{member.birthDate.invalid}").addConstraintViolation();
                return false;
            }
            return age >= years;
        }
    }
}
