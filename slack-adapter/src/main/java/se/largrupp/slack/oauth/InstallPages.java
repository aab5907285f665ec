package se.largrupp.slack.oauth;

import java.util.Locale;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;

/**
 * The pages a person installing the app sees in the browser: the "Add to Slack" page and the page after Slack sends
 * them back, in Swedish or English as their browser asks ({@code Accept-Language}; Swedish otherwise). No reason Slack
 * gave and no code from the query reaches the page: a failure says only what the person can do.
 */
public final class InstallPages {
    private final Texts texts;

    public InstallPages(Texts texts) {
        this.texts = texts;
    }

    /** The first of Swedish or English the header names, else Swedish. */
    public static Language language(String acceptLanguage) {
        if (acceptLanguage == null) return Language.SV;
        for (String part : acceptLanguage.split(",")) {
            String tag = part.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (tag.startsWith("sv")) return Language.SV;
            if (tag.startsWith("en")) return Language.EN;
        }
        return Language.SV;
    }

    public String install(Language lang, String authorizeUrl) {
        return page(lang, texts.get(lang, "install.page.title"), texts.get(lang, "install.page.lead"),
                "<p><a class=\"button\" href=\"" + attribute(authorizeUrl) + "\">" + html(texts.get(lang, "install.page.button"))
                        + "</a></p>");
    }

    public String installed(Language lang) {
        return page(lang, texts.get(lang, "install.done.title"), texts.get(lang, "install.done.lead"), "");
    }

    /** @param again where to start over */
    public String failed(Language lang, Failure why, String again) {
        return page(lang, texts.get(lang, "install.failed.title"), texts.get(lang, "install.failed." + why.key()),
                "<p><a href=\"" + attribute(again) + "\">" + html(texts.get(lang, "install.failed.again")) + "</a></p>");
    }

    /** Why an install did not complete, as far as the person installing can act on it. */
    public enum Failure {
        /** The state was forged, expired, used before, or the cookie is not this browser's. */
        STATE("state"),
        /** The person cancelled on Slack's page. */
        CANCELLED("cancelled"),
        /** Slack refused the code, or storing the installation failed. */
        SLACK("slack");

        private final String key;

        Failure(String key) {
            this.key = key;
        }

        String key() {
            return key;
        }
    }

    private static String page(Language lang, String title, String lead, String more) {
        return "<!DOCTYPE html><html lang=\"" + lang.code() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + html(title) + "</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5}"
                + ".button{display:inline-block;background:#2c5f2d;color:#fff;padding:.7rem 1.2rem;border-radius:.4rem;"
                + "text-decoration:none;font-weight:600}</style></head><body><h1>" + html(title) + "</h1><p>" + html(lead) + "</p>"
                + more + "</body></html>";
    }

    static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String attribute(String s) {
        return html(s).replace("'", "&#39;");
    }
}
