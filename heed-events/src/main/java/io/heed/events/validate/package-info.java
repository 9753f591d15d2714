/**
 * Validation and normalisation of raw events: the rules, the accepted text forms and derived idempotency keys.
 */
package io.heed.events.validate;
