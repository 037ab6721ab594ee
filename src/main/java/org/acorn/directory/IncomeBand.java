package org.acorn.directory;

/** Annual income bands (DOMAIN.md). {@code upperPounds} is exclusive; null for the open top band. */
public enum IncomeBand {
    UNDER_10K("Under £10k", 10_000),
    FROM_10K_TO_100K("£10k–£100k", 100_000),
    FROM_100K_TO_250K("£100k–£250k", 250_000),
    FROM_250K_TO_1M("£250k–£1m", 1_000_000),
    OVER_1M("Over £1m", null);

    private final String label;
    private final Integer upperPounds;

    IncomeBand(String label, Integer upperPounds) {
        this.label = label;
        this.upperPounds = upperPounds;
    }

    public String label() { return label; }
    public String getLabel() { return label; }

    /** Small by the network's threshold (a setting: £100k in seed 003, £250k in the surveys it cites). */
    public boolean isSmall(int thresholdPounds) {
        return upperPounds != null && upperPounds <= thresholdPounds;
    }
}
