package vn.cdtt.common.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.cdtt.common.InvalidInputException.Problem;
import vn.cdtt.common.LocalizedText;

/**
 * Runs Bean Validation and turns each violation into a {@link Problem}: the message template "{key}" is a key of
 * the messages bundle; its arguments are, in this order, the field's label when the constraint names one
 * ({@code label}, a bundle key, shown in the reader's language), the constraint's {@code value} (a minimum age)
 * and the {@code max} of a {@link Size}. Problems come in the order of the object's fields, so every screen lists
 * them the same way.
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
            problems.add(new Problem(v.getPropertyPath().toString(), key, arguments(v)));
        }
        return problems;
    }

    private static Object[] arguments(ConstraintViolation<?> v) {
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        List<Object> arguments = new ArrayList<>();
        if (attributes.get("label") instanceof String label && !label.isEmpty()) {
            arguments.add(LocalizedText.label(label));
        }
        if (attributes.get("value") instanceof Integer value) {
            arguments.add(value);
        }
        if (v.getConstraintDescriptor().getAnnotation() instanceof Size size) {
            arguments.add(size.max());
        }
        return arguments.toArray();
    }
}
