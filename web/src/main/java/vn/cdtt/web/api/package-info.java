/**
 * The REST API under {@code /cdtt/api/v1} (issue 14 §4): Jakarta REST resources that call the same {@code @Stateless}
 * services the pages call (the services check role and commune), DTO records (never entities), errors as RFC 9457
 * problem documents in the caller's language, paging, ETags, and the personal-access-token bearer authentication
 * ({@link vn.cdtt.web.api.BearerAuthentication}). Nothing here keeps a session.
 */
package vn.cdtt.web.api;
