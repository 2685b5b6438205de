/**
 * Helper requests (đề nghị hỗ trợ nhân lực): a service centre asks for extra helpers on busy days, the coordinator
 * who runs the site accepts (the seats of the shifts of those sessions go up through {@link vn.cdtt.duty.Staffing})
 * or declines, the seats are filled from the pick list, the open board or other communes, and everyone sees the fill.
 */
package vn.cdtt.request;
