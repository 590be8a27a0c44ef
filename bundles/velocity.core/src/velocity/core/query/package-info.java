/** Running statements and reading their results page by page, with bounded memory. */
package velocity.core.query;
