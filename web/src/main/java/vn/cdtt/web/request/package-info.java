/**
 * Helper request pages: the centre's own page (file a request, see its fill on the phone) and the coordinators' list
 * (answer, fill from the pick list, publish), with the menu badge of requests waiting for an answer.
 */
package vn.cdtt.web.request;
