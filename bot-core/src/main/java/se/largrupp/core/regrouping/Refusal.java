package se.largrupp.core.regrouping;

import java.util.List;

/** Why no grouping was produced: the rule that cannot be met and the leaders it concerns. */
public record Refusal(Rule rule, List<String> leaders, String detail) {
    public Refusal {
        leaders = List.copyOf(leaders);
    }

    public enum Rule {
        /** Fewer than three leaders take part. */
        POOL_TOO_SMALL,
        /** Exactly five leaders take part and one group of five was not allowed. */
        FIVE_NEEDS_OPTION,
        /** Explicit group sizes that do not add up to the pool or lie outside 3–4 (5 when allowed). */
        SIZES_DO_NOT_SPLIT,
        /** A leader whose managers, reports and not-with list leave too few others to form a group with. */
        TOO_FEW_ALLOWED_PARTNERS,
        /** A manager chain (within the depth) longer than the number of groups: its members cannot all be apart. */
        CHAIN_LONGER_THAN_GROUP_COUNT,
        /** A keep-together request that breaks a hard rule or does not fit a group. */
        KEEP_TOGETHER_IMPOSSIBLE,
        /** The search found no partition that keeps every hard rule; the leaders named were still in conflict. */
        NO_PARTITION_FOUND
    }
}
