package org.acorn.governance.election;

import java.util.List;
import java.util.Map;

/**
 * What a count found: who was elected (in order of election), each candidate's first preferences and final
 * votes (as shown: whole votes for plurality, five decimal places for STV), and the count's stage-by-stage
 * report in words, which is published with the result.
 */
public record CountResult(List<Long> elected, Map<Long, Integer> firstPreferences, Map<Long, String> finalVotes,
                          String report) { }
