/**
 * Loads what a performance officer writes: indicator definitions, scorecard templates and the
 * glossary (YAML), with a precise diagnostic for every problem.
 */
package scorepack.definition;
