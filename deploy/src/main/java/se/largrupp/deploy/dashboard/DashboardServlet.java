package se.largrupp.deploy.dashboard;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.insights.Figures;
import se.largrupp.core.insights.InsightsFeature;
import se.largrupp.core.insights.ProgrammeFigures;
import se.largrupp.core.leaders.AdminCheck;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.SponsorCheck;

/**
 * {@code /admin}: the programme's dashboard for the admins and sponsors of a workspace, signed in with the platform
 * the organisation uses. Pages: the overview (everyone signed in), the groups at risk (admins), the regrouping
 * history, and every table as CSV. A session cookie ({@code HttpOnly}, {@code SameSite=Lax}, {@code Secure} behind
 * https) and a form token on every form; nobody else gets in.
 */
public final class DashboardServlet extends HttpServlet {
    static final String COOKIE = "largrupp_admin";
    static final String SIGNIN_COOKIE = "largrupp_signin";
    /** Binds a sign-in's state to the browser that started it, so nobody can sign a visitor in as someone else. */
    static final String STATE_COOKIE = "largrupp_state";
    private final DashboardSessions sessions;
    private final Map<String, SignInProvider> providers;
    private final ProgrammeFigures figures;
    private final AdminCheck admins;
    private final SponsorCheck sponsors;
    private final Texts texts = new Texts();
    private final Optional<URI> publicUrl;
    private final Optional<SandboxSignIn> sandbox;

    /** Who the sandbox may sign in as without a platform: the demo's admin and sponsor. */
    public record SandboxSignIn(List<SandboxPerson> people) {}

    public record SandboxPerson(String id, String name, LeaderId who) {}

    public DashboardServlet(DashboardSessions sessions, List<SignInProvider> providers, ProgrammeFigures figures, AdminCheck admins,
                            SponsorCheck sponsors, Optional<URI> publicUrl, Optional<SandboxSignIn> sandbox) {
        this.sessions = sessions;
        this.providers = new java.util.LinkedHashMap<>();
        providers.forEach(p -> this.providers.put(p.key(), p));
        this.figures = figures;
        this.admins = admins;
        this.sponsors = sponsors;
        this.publicUrl = publicUrl;
        this.sandbox = sandbox;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if (path.equals("/admin/dashboard.css")) { css(resp); return; }
        Optional<String> cookie = cookie(req, COOKIE);
        Optional<DashboardSessions.Session> session = cookie.flatMap(sessions::find);
        Language language = language(req, session);
        if (session.isPresent() && req.getParameter("lang") != null) sessions.language(cookie.get(), language);
        Pages pages = new Pages(texts, language);
        if (path.startsWith("/admin/signin/")) { signIn(req, resp, path.substring("/admin/signin/".length()), language, pages); return; }
        if (session.isEmpty()) {
            if (!path.equals("/admin") && !path.equals("/admin/")) { resp.sendRedirect("/admin"); return; }
            String csrf = DashboardSessions.random();
            if (sandbox.isPresent()) resp.addHeader("Set-Cookie", cookieHeader(SIGNIN_COOKIE, csrf, 600));
            page(resp, 200, pages.layout(pages.raw("signIn.title"), Optional.empty(), "", pages.signIn(List.copyOf(providers.keySet()),
                    sandbox.map(s -> csrf), sandbox.map(s -> s.people().stream().map(p -> new String[] {p.id(), p.name()}).toList()).orElse(List.of()))));
            return;
        }
        LeaderId who = session.get().who();
        boolean admin = admins.isAdmin(who);
        if (!admin && !sponsors.isSponsor(who)) { forbidden(resp, pages); return; }
        Figures f = figures.of(who.workspace(), admin);
        Map<String, Tables.Table> tables = new Tables(texts, language, InsightsFeature.DEFAULT_ZONE).of(f, admin);
        Pages.Viewer viewer = new Pages.Viewer(session.get().name(), admin, session.get().csrf());
        switch (path) {
            case "/admin", "/admin/" -> page(resp, 200, pages.layout(text(language, "title.overview"), Optional.of(viewer), "overview",
                    pages.overview(f, tables, admin)));
            case "/admin/risk" -> {
                if (!admin) { forbidden(resp, pages); return; }
                page(resp, 200, pages.layout(text(language, "title.risk"), Optional.of(viewer), "risk", pages.risk(tables)));
            }
            case "/admin/history" -> page(resp, 200, pages.layout(text(language, "title.history"), Optional.of(viewer), "history", pages.history(tables)));
            default -> {
                Optional<Tables.Table> table = path.startsWith("/admin/export/") && path.endsWith(".csv")
                        ? Optional.ofNullable(tables.get(path.substring("/admin/export/".length(), path.length() - 4))) : Optional.empty();
                if (table.isEmpty()) { page(resp, 404, pages.layout(text(language, "title.notFound"), Optional.of(viewer), "", pages.message("notFound"))); return; }
                resp.setContentType("text/csv; charset=utf-8");
                resp.setHeader("Content-Disposition", "attachment; filename=\"largrupp-" + table.get().name() + ".csv\"");
                resp.setHeader("Cache-Control", "no-store");
                resp.getOutputStream().write(("\uFEFF" + Tables.csv(table.get())).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        Optional<String> cookie = cookie(req, COOKIE);
        Optional<DashboardSessions.Session> session = cookie.flatMap(sessions::find);
        Language language = language(req, session);
        Pages pages = new Pages(texts, language);
        if (path.equals("/admin/signout")) {
            if (session.isEmpty() || !session.get().csrf().equals(req.getParameter("csrf"))) { badForm(resp, pages); return; }
            sessions.close(cookie.get());
            resp.addHeader("Set-Cookie", cookieHeader(COOKIE, "", 0));
            resp.sendRedirect("/admin");
            return;
        }
        if (path.equals("/admin/signin/sandbox") && sandbox.isPresent()) {
            String csrf = req.getParameter("csrf");
            if (csrf == null || !cookie(req, SIGNIN_COOKIE).filter(csrf::equals).isPresent()) { badForm(resp, pages); return; }
            Optional<SandboxPerson> person = sandbox.get().people().stream().filter(p -> p.id().equals(req.getParameter("person"))).findFirst();
            if (person.isEmpty()) { badForm(resp, pages); return; }
            start(resp, person.get().who(), person.get().name(), List.of(), language, pages, req);
            return;
        }
        page(resp, 404, pages.layout(text(language, "title.notFound"), Optional.empty(), "", pages.message("notFound")));
    }

    private void signIn(HttpServletRequest req, HttpServletResponse resp, String rest, Language language, Pages pages) throws IOException {
        boolean callback = rest.endsWith("/callback");
        SignInProvider provider = providers.get(callback ? rest.substring(0, rest.length() - "/callback".length()) : rest);
        if (provider == null) { page(resp, 404, pages.layout(text(language, "title.notFound"), Optional.empty(), "", pages.message("signIn.unknown"))); return; }
        URI redirect = URI.create(base(req) + "/admin/signin/" + provider.key() + "/callback");
        if (!callback) {
            String nonce = DashboardSessions.random();
            String state = sessions.begin(provider.key(), nonce, language);
            resp.addHeader("Set-Cookie", cookieHeader(STATE_COOKIE, state, (int) DashboardSessions.SIGN_IN.toSeconds()));
            resp.sendRedirect(provider.authorize(state, nonce, redirect).toString());
            return;
        }
        String state = req.getParameter("state"), code = req.getParameter("code");
        boolean sameBrowser = state != null && cookie(req, STATE_COOKIE).filter(state::equals).isPresent();
        Optional<DashboardSessions.Pending> pending = state == null ? Optional.empty() : sessions.take(state, provider.key())
                .filter(p -> sameBrowser);
        resp.addHeader("Set-Cookie", cookieHeader(STATE_COOKIE, "", 0));
        if (pending.isEmpty() || code == null || code.isBlank()) { failed(resp, new Pages(texts, language)); return; }
        Pages p = new Pages(texts, pending.get().language());
        Optional<SignInProvider.Identity> identity = provider.complete(code, redirect, pending.get().nonce());
        if (identity.isEmpty()) { failed(resp, p); return; }
        start(resp, identity.get().who(), identity.get().name(), identity.get().addresses(), pending.get().language(), p, req);
    }

    private void start(HttpServletResponse resp, LeaderId who, String name, List<String> addresses, Language language, Pages pages,
                       HttpServletRequest req) throws IOException {
        boolean allowed = admins.isAdmin(who, addresses) || sponsors.isSponsor(who, addresses);
        if (!allowed) { forbidden(resp, pages); return; }
        resp.addHeader("Set-Cookie", cookieHeader(COOKIE, sessions.open(who, name, language), (int) DashboardSessions.SESSION.toSeconds()));
        resp.addHeader("Set-Cookie", cookieHeader(SIGNIN_COOKIE, "", 0));
        resp.sendRedirect("/admin");
    }

    private String cookieHeader(String name, String value, int maxAge) {
        boolean secure = publicUrl.map(u -> "https".equalsIgnoreCase(u.getScheme())).orElse(false);
        return name + "=" + value + "; Path=/admin; Max-Age=" + maxAge + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
    }

    private String base(HttpServletRequest req) {
        if (publicUrl.isPresent()) return publicUrl.get().toString().replaceAll("/+$", "");
        return req.getScheme() + "://" + req.getHeader("Host");
    }

    private Language language(HttpServletRequest req, Optional<DashboardSessions.Session> session) {
        return Language.fromLocaleTag(req.getParameter("lang")).or(() -> session.map(DashboardSessions.Session::language))
                .or(() -> Language.fromLocaleTag(req.getHeader("Accept-Language"))).orElse(Language.SV);
    }

    private String text(Language language, String key) {
        return texts.get(language, "dashboard." + key);
    }

    private void forbidden(HttpServletResponse resp, Pages pages) throws IOException {
        page(resp, 403, pages.layout(pages.raw("title.forbidden"), Optional.empty(), "", pages.message("forbidden")));
    }

    private void failed(HttpServletResponse resp, Pages pages) throws IOException {
        page(resp, 400, pages.layout(pages.raw("title.failed"), Optional.empty(), "", pages.message("signIn.failed")));
    }

    private void badForm(HttpServletResponse resp, Pages pages) throws IOException {
        page(resp, 403, pages.layout(pages.raw("title.badForm"), Optional.empty(), "", pages.message("badForm")));
    }

    private static void page(HttpServletResponse resp, int status, String html) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    private static void css(HttpServletResponse resp) throws IOException {
        try (InputStream in = DashboardServlet.class.getResourceAsStream("/dashboard/dashboard.css")) {
            resp.setContentType("text/css; charset=utf-8");
            resp.setHeader("Cache-Control", "no-cache");
            if (in != null) in.transferTo(resp.getOutputStream());
        }
    }

    private static Optional<String> cookie(HttpServletRequest req, String name) {
        if (req.getCookies() == null) return Optional.empty();
        for (Cookie c : req.getCookies()) if (c.getName().equals(name) && !c.getValue().isEmpty()) return Optional.of(c.getValue());
        return Optional.empty();
    }
}
