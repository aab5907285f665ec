package se.largrupp.deploy.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/** The conditions for taking traffic: each check names what is wrong, or nothing when all is well. */
public final class Readiness {
    /** @param problem empty when fine, else a short reason such as "database unreachable" */
    public record Check(String name, Supplier<Optional<String>> problem) {}

    private final List<Check> checks = new CopyOnWriteArrayList<>();
    private volatile boolean stopping;

    public Readiness add(String name, Supplier<Optional<String>> problem) {
        checks.add(new Check(name, problem));
        return this;
    }

    /** Once shutdown begins, report not ready so load balancers drain this instance first. */
    public void stopping() {
        stopping = true;
    }

    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (stopping) out.add("shutting down");
        for (Check c : checks) {
            try {
                c.problem().get().ifPresent(p -> out.add(c.name() + ": " + p));
            } catch (RuntimeException e) {
                out.add(c.name() + ": " + e.getClass().getSimpleName());
            }
        }
        return out;
    }
}
