/** Quiz questions, their choices and feedback, and the rules of a well-formed quiz. */
package vn.hoctap.authoring.quiz;
