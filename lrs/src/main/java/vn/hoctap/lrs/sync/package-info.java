/**
 * Offline sync of the citizen app (ADR 21): a phone's queue of statements and state documents recorded offline,
 * answered item by item (stored, already stored, rejected with the reason), stored with the LRS's own validation
 * and storage under the learner's pseudonym.
 */
package vn.hoctap.lrs.sync;
