package io.heed.events.model;

/** The purposes a user can consent to. Advertising without consent means non-personalised ads only. */
public enum ConsentPurpose {
    PERSONALISATION,
    ADVERTISING,
    MEASUREMENT
}
