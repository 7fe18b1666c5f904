/** The blocks of a lesson: slide decks, videos, rich text, images and quizzes. */
package vn.hoctap.authoring.block;
