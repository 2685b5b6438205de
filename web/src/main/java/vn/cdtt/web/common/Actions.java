package vn.cdtt.web.common;

import jakarta.ejb.EJBException;
import java.util.function.Supplier;
import vn.cdtt.common.BusinessException;
import vn.cdtt.common.validation.Rules;

/**
 * Runs a service call for a page and tells the user how it went: the one place where a backing bean catches
 * what a service refuses. A {@link BusinessException} (invalid input, access denied, a concurrent change, a
 * broken rule…) rolls the service's transaction back and is shown as localized messages by
 * {@link Faces#error(BusinessException)}. So is a text longer than its column, which JPA refuses when it checks the
 * entity's {@code @Size} on writing it (the container hands that on as an {@link EJBException}; see
 * {@link Rules#refusal}); anything else is a bug and goes to the error page.
 */
public final class Actions {

    private Actions() {
    }

    /** Runs an action; a refusal is shown. Returns whether it went through. */
    public static boolean run(Runnable action) {
        try {
            action.run();
            return true;
        } catch (BusinessException e) {
            Faces.error(e);
            return false;
        } catch (EJBException e) {
            Faces.error(refusal(e));
            return false;
        }
    }

    /** Runs an action and, when it went through, shows the message {@code doneKey} with its arguments. */
    public static boolean run(Runnable action, String doneKey, Object... args) {
        boolean done = run(action);
        if (done) {
            Faces.info(doneKey, args);
        }
        return done;
    }

    /** The result of a query or action, or {@code fallback} once the refusal has been shown. */
    public static <T> T get(Supplier<T> query, T fallback) {
        try {
            return query.get();
        } catch (BusinessException e) {
            Faces.error(e);
            return fallback;
        } catch (EJBException e) {
            Faces.error(refusal(e));
            return fallback;
        }
    }

    /**
     * Like {@link #run(Runnable, String, Object...)}, but a refusal that names no field of its own is shown next to
     * {@code field} (an upload's file input, say) instead of at the top of the page.
     */
    public static boolean runAt(String field, Runnable action, String doneKey, Object... args) {
        try {
            action.run();
        } catch (BusinessException e) {
            Faces.errorAt(field, e);
            return false;
        } catch (EJBException e) {
            Faces.errorAt(field, refusal(e));
            return false;
        }
        Faces.info(doneKey, args);
        return true;
    }

    /** Like {@link #get}, with a refusal shown next to {@code field} unless it names its own. */
    public static <T> T getAt(String field, Supplier<T> query, T fallback) {
        try {
            return query.get();
        } catch (BusinessException e) {
            Faces.errorAt(field, e);
            return fallback;
        } catch (EJBException e) {
            Faces.errorAt(field, refusal(e));
            return fallback;
        }
    }

    /**
     * The result of a query, or {@code fallback} without a message: for pages that explain the empty state
     * themselves (a signed-in user without a member record has no record and no days off to list).
     */
    public static <T> T getOrElse(Supplier<T> query, T fallback) {
        try {
            return query.get();
        } catch (BusinessException e) {
            return fallback;
        }
    }

    /** The refusal of an entity's constraints inside a container's exception; anything else goes on, unchanged. */
    private static BusinessException refusal(EJBException e) {
        return Rules.refusal(e).orElseThrow(() -> e);
    }
}
