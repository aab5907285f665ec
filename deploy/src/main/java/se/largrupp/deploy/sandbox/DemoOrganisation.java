package se.largrupp.deploy.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;

/**
 * The fictional organisation of the sandbox, from {@code sandbox/demo-organisation.csv}: about a dozen leaders in
 * four departments with their managers, an HR admin, and a few who have not joined yet.
 */
public final class DemoOrganisation {
    public static final Workspace WORKSPACE = new Workspace(Platform.SANDBOX, "demo");

    private final List<Person> people;

    private DemoOrganisation(List<Person> people) {
        this.people = List.copyOf(people);
    }

    public static DemoOrganisation load() {
        try (InputStream in = DemoOrganisation.class.getResourceAsStream("/sandbox/demo-organisation.csv")) {
            if (in == null) throw new IllegalStateException("sandbox/demo-organisation.csv is missing");
            List<Person> people = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split(",", -1);
                people.add(new Person(f[0].trim(), f[1].trim(), f[2].trim(),
                        Optional.of(f[3].trim()).filter(s -> !s.isEmpty()),
                        Language.valueOf(f[4].trim().toUpperCase()),
                        f[5].trim().contains("member"), f[5].trim().contains("admin"), f[5].trim().contains("sponsor")));
            }
            return new DemoOrganisation(people);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Person> people() {
        return people;
    }

    public List<String> personIds() {
        return people.stream().map(Person::id).toList();
    }

    Optional<Person> person(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public static LeaderId leaderId(String personId) {
        return new LeaderId(WORKSPACE, personId);
    }

    /** The sponsors' keys, added to {@code LARGRUPP_SPONSORS} in sandbox mode. */
    public List<String> sponsorKeys() {
        return people.stream().filter(Person::sponsor).map(p -> leaderId(p.id()).key()).toList();
    }

    /** Who may sign in to the dashboard in the sandbox: its admins and sponsors, as {@code id, name}. */
    public List<String[]> dashboardPeople() {
        return people.stream().filter(p -> p.admin() || p.sponsor()).map(p -> new String[] {p.id(), p.name()}).toList();
    }

    /** The admins' keys, added to {@code LARGRUPP_ADMINS} in sandbox mode. */
    public List<String> adminKeys() {
        return people.stream().filter(Person::admin).map(p -> leaderId(p.id()).key()).toList();
    }
}
