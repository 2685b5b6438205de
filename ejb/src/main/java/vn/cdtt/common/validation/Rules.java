package vn.cdtt.common.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.cdtt.common.InvalidInputException.Problem;

/**
 * Runs Bean Validation and turns each violation into a {@link Problem}: the message template "{key}" is a key of
 * the messages bundle, a constraint's {@code value} becomes its argument. Problems come in the order of the
 * object's fields, so every screen lists them the same way.
 */
public final class Rules {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    private Rules() {
    }

    public static Validator validator() {
        return FACTORY.getValidator();
    }

    public static <T> List<Problem> check(T object) {
        List<String> order = new ArrayList<>();
        for (var f : object.getClass().getDeclaredFields()) {
            order.add(f.getName());
        }
        List<ConstraintViolation<T>> violations = new ArrayList<>(validator().validate(object));
        violations.sort(Comparator.comparingInt((ConstraintViolation<T> v) -> order.indexOf(v.getPropertyPath().toString()))
                .thenComparing(ConstraintViolation::getMessageTemplate));
        List<Problem> problems = new ArrayList<>();
        for (ConstraintViolation<T> v : violations) {
            String template = v.getMessageTemplate();
            String key = template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
                    : template;
            Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
            Object argument = attributes.get("value");
            problems.add(argument instanceof Integer n
                    ? new Problem(v.getPropertyPath().toString(), key, n)
                    : new Problem(v.getPropertyPath().toString(), key));
        }
        return problems;
    }
}
