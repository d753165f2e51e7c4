/**
 * The ledger of published figures: what each issue of each pack printed, so that the next issue
 * can say which figures have changed since, and why.
 */
package scorepack.ledger;
