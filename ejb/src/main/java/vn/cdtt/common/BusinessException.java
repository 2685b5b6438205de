package vn.cdtt.common;

import jakarta.ejb.ApplicationException;

/**
 * Root of everything a user can be told went wrong. Each subclass is named for what went wrong and
 * carries a message key of the {@code vn.cdtt.i18n.messages} bundle; pages and the API localize it.
 * Thrown from a service it rolls the transaction back, so nothing is stored partially.
 */
@ApplicationException(rollback = true, inherited = true)
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
