/** Loads a whole workspace (definitions, templates, glossary, reference data, extracts) at once. */
package scorepack.workspace;
