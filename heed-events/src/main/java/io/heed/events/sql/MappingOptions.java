package io.heed.events.sql;

/**
 * Options for mappings of logs that carry no timestamps (Criteo): rows are spread evenly from
 * {@code startEpochSeconds}, {@code secondsPerRow} apart, in file order.
 */
public record MappingOptions(long startEpochSeconds, double secondsPerRow) {
    /** Criteo's Kaggle log spans 7 days from an undisclosed date; 2014-01-01 and ~13 ms a row match its rate. */
    public static MappingOptions defaults() {
        return new MappingOptions(1_388_534_400L, 0.0134);
    }
}
