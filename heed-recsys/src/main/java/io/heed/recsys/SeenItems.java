package io.heed.recsys;

/** Whether a recommendation list may contain items the user already interacted with in training. */
public enum SeenItems {
    EXCLUDE,
    INCLUDE
}
