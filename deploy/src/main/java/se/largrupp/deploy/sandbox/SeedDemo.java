package se.largrupp.deploy.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderStatus;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.port.Transactions;
import se.largrupp.core.storage.Jdbc;

/**
 * Loads the demo organisation on the sandbox's first start: the members join the programme with their department
 * and manager, as if each had typed {@code join}. The others stay out so a visitor can try joining.
 */
public final class SeedDemo {
    private static final Logger log = LoggerFactory.getLogger(SeedDemo.class);

    private SeedDemo() {}

    /** @return true when this start seeded (false: it was done before) */
    public static boolean once(DemoOrganisation org, Leaders leaders, Jdbc jdbc, Transactions transactions, Clock clock) {
        return transactions.inTransaction(() -> {
            String key = DemoOrganisation.WORKSPACE.key();
            if (jdbc.queryOne("SELECT 1 FROM sandbox_seed WHERE workspace_key = ?", rs -> 1, key).isPresent()) return false;
            Instant now = clock.instant();
            List<Person> members = org.people().stream().filter(Person::member).toList();
            for (Person p : members) {
                leaders.save(new Leader(DemoOrganisation.leaderId(p.id()), p.name(), Optional.of(p.department()),
                        p.manager().map(DemoOrganisation::leaderId), Optional.of(p.language()),
                        ZoneId.of("Europe/Stockholm"), LeaderStatus.active(), now, List.of()));
            }
            jdbc.update("INSERT INTO sandbox_seed (workspace_key, seeded_at) VALUES (?, ?)", key, now);
            log.atInfo().setMessage("sandbox seeded").addKeyValue("leaders", members.size()).log();
            return true;
        });
    }
}
