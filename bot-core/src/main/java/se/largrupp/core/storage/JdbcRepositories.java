package se.largrupp.core.storage;

import java.time.Clock;

/**
 * The JDBC repositories over one database, ready to hand to {@code Largrupp.builder()}. All of them join the
 * transactions of {@link #transactions()} (and of any other {@link JdbcTransactions} over the same pool).
 */
public record JdbcRepositories(JdbcLeaders leaders, JdbcGroups groups, JdbcMeetings meetings, JdbcAdmins admins,
                               JdbcProcessedDeliveries deliveries, JdbcTransactions transactions, JdbcSponsors sponsors) {

    public static JdbcRepositories of(Database database, Clock clock) {
        Jdbc jdbc = database.jdbc();
        return new JdbcRepositories(new JdbcLeaders(jdbc, clock), new JdbcGroups(jdbc), new JdbcMeetings(jdbc),
                new JdbcAdmins(jdbc, clock), new JdbcProcessedDeliveries(database, clock), database.transactions(),
                new JdbcSponsors(jdbc, clock));
    }
}
