package se.largrupp.core.regrouping;

/** Either a plan or a refusal that names the rule and the leaders; never an exception for bad input. */
public sealed interface RegroupResult {
    record Planned(Plan plan) implements RegroupResult {}

    record Refused(Refusal refusal) implements RegroupResult {}
}
