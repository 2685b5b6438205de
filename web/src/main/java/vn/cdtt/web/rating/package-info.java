/**
 * Pages of the commune ratings: rating/communes.xhtml (every commune's week, worst first), rating/commune.xhtml (a
 * commune's 12 weeks and its declarations) and rating/criteria.xhtml (the province's criteria catalogue).
 */
package vn.cdtt.web.rating;
