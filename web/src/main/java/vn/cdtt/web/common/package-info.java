/**
 * Page infrastructure: the signed-in user's session and language, localized messages, home page.
 */
package vn.cdtt.web.common;
