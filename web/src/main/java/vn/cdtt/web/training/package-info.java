/** Pages of the training sessions (training/*.xhtml): list, one session, calendar, report; evidence downloads. */
package vn.cdtt.web.training;
