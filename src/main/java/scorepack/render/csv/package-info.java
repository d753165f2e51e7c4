/** The long-form CSV output: one printed figure per row, for analysts and for loading elsewhere. */
package scorepack.render.csv;
