/**
 * A learner's progress in a course for the citizen app (ADR 21): lessons completed, scores, passed or not, and where
 * to resume, computed from the learner's statements ({@link ProgressCalculator}) and the resume state the player
 * wrote ({@link ProgressService}).
 */
package vn.hoctap.lrs.progress;
