package vn.cdtt.web.common;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;

/**
 * Faces' exceptions go to {@link Failures}, Ajax or not. Left alone, Faces answers an Ajax request that failed with
 * the exception's class and message in the partial response (for a database failure: the SQL with its column names)
 * and logs it in its own words; here the first exception of the request is rethrown out of the Faces servlet.
 */
public class FailureExceptionHandler extends ExceptionHandlerWrapper {

    public FailureExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Throwable first = null;
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
            Throwable t = events.next().getContext().getException();
            if (first == null) {
                first = t;
            }
            events.remove();
        }
        if (first != null) {
            throw first instanceof FacesException f ? f : new FacesException(first);
        }
        getWrapped().handle();
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new FailureExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
