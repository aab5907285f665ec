package se.largrupp.deploy.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.storage.Database;
import se.largrupp.core.storage.JdbcRepositories;
import se.largrupp.core.testing.MutableClock;
import se.largrupp.core.testing.SeededYear;
import se.largrupp.deploy.Application;
import se.largrupp.deploy.config.Settings;
import se.largrupp.deploy.dashboard.OidcStandIn.Person;
import se.largrupp.deploy.dashboard.OidcStandIn.Token;

/**
 * The dashboard behind sign-in with Slack and Microsoft Entra, against local OpenID Connect providers that sign
 * their ID tokens: admins and sponsors get in (sponsors see aggregates only), forged, expired and misdirected tokens
 * and people who are neither do not, forms need their token, and every table exports as CSV.
 */
class DashboardSignInTest {
    static OidcStandIn idp;
    static Application app;
    static SeededYear year;
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        idp = new OidcStandIn("cid-123");
        String db = "jdbc:h2:mem:dashboard-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Map<String, String> env = new HashMap<>(Map.of("PORT", "0", "DATABASE_URL", db, "LARGRUPP_SANDBOX", "false",
                "SLACK_CLIENT_ID", "cid-123", "SLACK_CLIENT_SECRET", "s3cret", "SLACK_API_URL", idp.slackApiUrl().toString(),
                "LARGRUPP_ADMINS", "slack:T1:UADMIN,teams:tenant-1:oid-admin", "LARGRUPP_SPONSORS", "slack:T1:USPONSOR"));
        env.put("MICROSOFT_APP_ID", "cid-123");
        env.put("MICROSOFT_APP_PASSWORD", "app-s3cret");
        env.put("MICROSOFT_APP_TENANT_ID", "tenant-1");
        env.put("GRAPH_LOGIN_URL", idp.loginUrl().toString());
        app = Application.start(Settings.of(env));
        year = new SeededYear(new Workspace(Platform.SLACK, "T1"), java.time.Instant.now());
        try (Database d = Database.open(db, null, null, 2)) {
            year.saveTo(JdbcRepositories.of(d, MutableClock.at(java.time.Instant.now())), d.jdbc());
        }
    }

    @AfterAll
    static void stop() {
        if (app != null) app.stop();
        if (idp != null) idp.close();
    }

    static HttpResponse<String> get(String path, Optional<String> cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : "http://127.0.0.1:" + app.port() + path));
        cookie.ifPresent(c -> b.header("Cookie", c));
        return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String form, Optional<String> cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Content-Type", "application/x-www-form-urlencoded");
        cookie.ifPresent(c -> b.header("Cookie", c));
        return HTTP.send(b.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Through the provider's consent page and back; the callback's answer. */
    static HttpResponse<String> signIn(String provider, Person who) throws Exception {
        idp.next = who;
        HttpResponse<String> toProvider = get("/admin/signin/" + provider, Optional.empty());
        assertThat(toProvider.statusCode()).isEqualTo(302);
        Optional<String> state = cookie(toProvider, DashboardServlet.STATE_COOKIE);
        assertThat(state).isPresent();
        HttpResponse<String> back = get(toProvider.headers().firstValue("Location").orElseThrow(), Optional.empty());
        assertThat(back.statusCode()).isEqualTo(302);
        return get(back.headers().firstValue("Location").orElseThrow(), state);
    }

    static Optional<String> cookie(HttpResponse<String> r, String name) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=") && !c.startsWith(name + "=;"))
                .findFirst().map(c -> c.substring(0, c.indexOf(';')));
    }

    static Optional<String> session(HttpResponse<String> r) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(DashboardServlet.COOKIE + "=") && !c.startsWith(DashboardServlet.COOKIE + "=;"))
                .findFirst().map(c -> c.substring(0, c.indexOf(';')));
    }

    static String csrf(String page) {
        int at = page.indexOf("name=\"csrf\" value=\"") + "name=\"csrf\" value=\"".length();
        return page.substring(at, page.indexOf('"', at));
    }

    @Test
    void an_admin_signs_in_with_slack_and_sees_the_overview_the_groups_at_risk_the_history_and_every_table_as_csv() throws Exception {
        HttpResponse<String> callback = signIn("slack", new Person("T1", "UADMIN", "Helena Berg", "helena@example.se", Token.VALID));

        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(callback.headers().firstValue("Location")).hasValue("/admin");
        String setCookie = callback.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(DashboardServlet.COOKIE)).findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly", "SameSite=Lax", "Path=/admin").doesNotContain("Secure");
        assertThat(idp.requests).contains("GET /openid/connect/authorize", "POST /api/openid.connect.token", "POST /api/openid.connect.userInfo",
                "GET /openid/connect/keys");
        assertThat(idp.tokenForms.get(idp.tokenForms.size() - 1)).containsEntry("client_secret", "s3cret")
                .containsEntry("redirect_uri", "http://127.0.0.1:" + app.port() + "/admin/signin/slack/callback");
        Optional<String> cookie = session(callback);

        String overview = get("/admin", cookie).body();
        assertThat(overview).contains("Programmet i siffror", "Inloggad som Helena Berg", "<svg", "chart-meetings", "chart-attendance",
                "chart-participation", "chart-departments", "Övriga", "/admin/risk");
        String risk = get("/admin/risk", cookie).body();
        assertThat(risk).contains(year.quiet.name(), year.shrunk.name());
        assertThat(get("/admin/history", cookie).body()).contains("<table",
                java.time.LocalDate.ofInstant(SeededYear.GENERATIONS[0].plus(year.shift), SeededYear.ZONE).toString());
        for (String table : new String[] {"today", "months", "departments", "generations", "encouragements", "at-risk"}) {
            HttpResponse<String> csv = get("/admin/export/" + table + ".csv", cookie);
            assertThat(csv.statusCode()).as(table).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            assertThat(csv.body().lines().count()).as(table).isGreaterThanOrEqualTo(1);
        }
        assertThat(get("/admin/export/months.csv", cookie).body()).contains(java.time.YearMonth.now(SeededYear.ZONE).toString());
        assertThat(get("/admin?lang=en", cookie).body()).contains("The programme in figures", "Signed in as Helena Berg");
    }

    @Test
    void a_sponsor_sees_the_overview_but_no_group_and_not_the_groups_at_risk() throws Exception {
        Optional<String> cookie = session(signIn("slack", new Person("T1", "USPONSOR", "Karin Lindqvist", "karin@example.se", Token.VALID)));
        assertThat(cookie).isPresent();

        String overview = get("/admin", cookie).body();
        assertThat(overview).contains("Programmet i siffror", "Som sponsor").doesNotContain("/admin/risk");
        for (LearningGroup g : year.groups) assertThat(overview).doesNotContain(">" + g.name() + "<");
        assertThat(get("/admin/risk", cookie).statusCode()).isEqualTo(403);
        assertThat(get("/admin/export/at-risk.csv", cookie).statusCode()).isEqualTo(404);
        for (String table : new String[] {"today", "months", "departments", "generations", "encouragements"})
            for (LearningGroup g : year.groups) assertThat(get("/admin/export/" + table + ".csv", cookie).body()).doesNotContain(g.name() + ",");
    }

    @Test
    void forged_expired_and_misdirected_id_tokens_get_no_session() throws Exception {
        for (Token bad : new Token[] {Token.FORGED, Token.EXPIRED, Token.WRONG_AUDIENCE}) {
            HttpResponse<String> r = signIn("slack", new Person("T1", "UADMIN", "Helena Berg", "helena@example.se", bad));
            assertThat(r.statusCode()).as(bad.name()).isEqualTo(400);
            assertThat(r.body()).contains("Inloggningen gick inte igenom");
            assertThat(session(r)).as(bad.name()).isEmpty();
        }
    }

    @Test
    void someone_who_is_neither_admin_nor_sponsor_gets_a_friendly_403_and_no_session() throws Exception {
        HttpResponse<String> r = signIn("slack", new Person("T1", "UBO", "Bo Lind", "bo@example.se", Token.VALID));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("bara till för programmets administratörer och sponsorer");
        assertThat(session(r)).isEmpty();
        HttpResponse<String> elsewhere = signIn("slack", new Person("T9", "UADMIN", "Helena i fel arbetsyta", "h@example.se", Token.VALID));
        assertThat(elsewhere.statusCode()).isEqualTo(403);
    }

    @Test
    void a_callback_with_an_unknown_or_used_state_is_refused() throws Exception {
        assertThat(get("/admin/signin/slack/callback?code=code-0&state=nope", Optional.empty()).statusCode()).isEqualTo(400);
        assertThat(get("/admin/signin/slack/callback", Optional.empty()).statusCode()).isEqualTo(400);
        assertThat(get("/admin/signin/github", Optional.empty()).statusCode()).isEqualTo(404);
    }

    @Test
    void a_callback_in_another_browser_than_the_one_that_started_the_sign_in_is_refused() throws Exception {
        idp.next = new Person("T1", "UADMIN", "Helena Berg", "helena@example.se", Token.VALID);
        HttpResponse<String> toProvider = get("/admin/signin/slack", Optional.empty());
        HttpResponse<String> back = get(toProvider.headers().firstValue("Location").orElseThrow(), Optional.empty());

        HttpResponse<String> elsewhere = get(back.headers().firstValue("Location").orElseThrow(), Optional.empty());

        assertThat(elsewhere.statusCode()).isEqualTo(400);
        assertThat(session(elsewhere)).isEmpty();
    }

    @Test
    void signing_out_needs_the_form_token_and_ends_the_session() throws Exception {
        Optional<String> cookie = session(signIn("slack", new Person("T1", "UADMIN", "Helena Berg", "helena@example.se", Token.VALID)));
        String page = get("/admin", cookie).body();

        assertThat(post("/admin/signout", "csrf=forged", cookie).statusCode()).isEqualTo(403);
        assertThat(get("/admin", cookie).body()).contains("Inloggad som");

        HttpResponse<String> out = post("/admin/signout", "csrf=" + csrf(page), cookie);
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(get("/admin", cookie).body()).contains("Logga in med Slack", "Logga in med Microsoft").doesNotContain("Inloggad som");
    }

    @Test
    void an_admin_signs_in_with_microsoft_entra_and_a_forged_token_does_not() throws Exception {
        HttpResponse<String> r = signIn("microsoft", new Person("tenant-1", "oid-admin", "Helena Berg", "helena@contoso.se", Token.VALID));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(idp.requests).contains("GET /login/tenant-1/oauth2/v2.0/authorize", "POST /login/tenant-1/oauth2/v2.0/token",
                "GET /login/tenant-1/discovery/v2.0/keys");
        assertThat(get("/admin", session(r)).body()).contains("Programmet i siffror", "Helena Berg");

        assertThat(signIn("microsoft", new Person("tenant-1", "oid-admin", "Helena Berg", "helena@contoso.se", Token.FORGED)).statusCode()).isEqualTo(400);
        assertThat(signIn("microsoft", new Person("tenant-1", "oid-other", "Bo Lind", "bo@contoso.se", Token.VALID)).statusCode()).isEqualTo(403);
    }
}
