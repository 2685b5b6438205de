/**
 * Demo mode: demo members and one account per role, loaded on first start when cdtt.demo is on.
 */
package vn.cdtt.demo;
