/** Reading advertising consent from IAB TCF v2 consent strings (as carried in OpenRTB requests). */
package io.heed.ads.consent;
