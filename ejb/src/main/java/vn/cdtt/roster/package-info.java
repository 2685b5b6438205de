/**
 * The roster: teams and members of each commune, their skills and languages, list, search, import and export.
 */
package vn.cdtt.roster;
