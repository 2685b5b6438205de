package vn.cdtt.web.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import vn.cdtt.common.InvalidInputException.Problem;
import vn.cdtt.web.common.Faces;

/** Localized text of a problem (a message key with arguments) for pages that list them. */
@Named
@ApplicationScoped
public class ImportProblems {

    public String text(Problem problem) {
        return Faces.text(problem.messageKey(), problem.arguments());
    }

    public String format(String key, Object argument) {
        return Faces.text(key, argument);
    }
}
