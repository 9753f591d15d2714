/** Storage ports of the events stage: small role interfaces implemented by heed-store. */
package io.heed.events.port;
