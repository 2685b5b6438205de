package vn.cdtt.common.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.InvalidInputException.Problem;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.Messages;

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
        return new ArrayList<>(violations.stream().map(Rules::problem).toList());
    }

    /**
     * The refusal a write met when JPA checked an entity against its own constraints – the {@code @Size} of every text
     * column, so that nothing longer than its column reaches the database, let alone is cut there – found in the
     * chain of causes of what the container threw (an EJBException, a rollback); empty if it was something else.
     */
    public static Optional<InvalidInputException> refusal(Throwable thrown) {
        int depth = 0;
        for (Throwable t = thrown; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof ConstraintViolationException e && !e.getConstraintViolations().isEmpty()) {
                return Optional.of(new InvalidInputException(e.getConstraintViolations().stream()
                        .map(Rules::problem).toList()));
            }
        }
        return Optional.empty();
    }

    /**
     * One violation as a problem. A constraint with a message of ours gives its key; an entity's plain
     * {@code @Size(max = …)} gives {@code input.tooLong}, naming the field by its label {@code <entity>.<field>}
     * (member.ethnicity, team.village) when the bundle has one.
     */
    private static Problem problem(ConstraintViolation<?> v) {
        String template = v.getMessageTemplate();
        String key = template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
                : template;
        String field = v.getPropertyPath().toString();
        if (key.startsWith("jakarta.validation.constraints.")
                && v.getConstraintDescriptor().getAnnotation() instanceof Size size) {
            return new Problem(field, "input.tooLong", LocalizedText.label(label(v.getRootBeanClass(), field)),
                    size.max());
        }
        return new Problem(field, key, arguments(v));
    }

    private static String label(Class<?> type, String field) {
        String name = type.getSimpleName();
        String key = Character.toLowerCase(name.charAt(0)) + name.substring(1) + "."
                + field.substring(field.lastIndexOf('.') + 1);
        return Messages.bundle(Messages.VIETNAMESE).containsKey(key) ? key : "input.value";
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
