package vn.cdtt.common;

import java.util.List;

/** Input that breaks a rule; carries one or more localized-by-key problems. */
public class InvalidInputException extends BusinessException {

    private final List<Problem> problems;

    public InvalidInputException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.problems = List.of(new Problem(null, messageKey, arguments));
    }

    public InvalidInputException(List<Problem> problems) {
        super(problems.get(0).messageKey(), problems.get(0).arguments());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> getProblems() {
        return problems;
    }

    /**
     * One broken rule: the field it concerns (may be null), a message key and its arguments (a
     * {@link LocalizedText.Label} among them is shown as the label's text).
     */
    public record Problem(String field, String messageKey, Object... arguments) implements java.io.Serializable {
    }
}
