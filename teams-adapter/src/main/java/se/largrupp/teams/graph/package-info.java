/**
 * Microsoft identity and Microsoft Graph over plain HTTP, for every feature that needs them (calendar invites, the
 * org chart, installation checks):
 * <ul>
 *   <li>{@link se.largrupp.teams.graph.IdentityTokens}: the client-credentials flow against
 *       {@code {GRAPH_LOGIN_URL}/{tenant}/oauth2/v2.0/token}, one cached token per scope until shortly before it
 *       expires; {@link se.largrupp.teams.graph.IdentityTokens#GRAPH} and
 *       {@link se.largrupp.teams.graph.IdentityTokens#BOT_FRAMEWORK} are the scopes the bot uses.</li>
 *   <li>{@link se.largrupp.teams.graph.GraphClient}: JSON calls relative to {@code GRAPH_API_URL}
 *       ({@code v1.0/users/…}), answering a {@link se.largrupp.teams.graph.GraphResponse} that keeps the status and
 *       {@code Retry-After}, so a caller in the outbox can return {@link se.largrupp.teams.graph.GraphResponse#toDelivery()}
 *       and be retried when Graph throttles.</li>
 *   <li>{@link se.largrupp.teams.graph.GraphSettings}: where they point, read from the environment by deploy.</li>
 * </ul>
 * Tests point both URLs at {@code GraphStandIn} (this module's test-jar), which records every request.
 * Nothing here is called inside a database transaction.
 */
package se.largrupp.teams.graph;
