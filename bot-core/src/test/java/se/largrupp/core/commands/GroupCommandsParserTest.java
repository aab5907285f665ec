package se.largrupp.core.commands;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words of starting one's own group, merging and approving placements, in Swedish and English. */
class GroupCommandsParserTest {
    private final CommandParser parser = new CommandParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ny grupp <@U0BO> <@U0CY>|group new <@U0BO> <@U0CY>", "group new <@U0BO> <@U0CY> <@U0DI>|group new <@U0BO> <@U0CY> <@U0DI>",
            "Ny Grupp|group new", "group new|group new", "ny grupp @oskar <@U0BO>|group new @oskar <@U0BO>",
            "grupp ny <@U0BO>|group new <@U0BO>", "new group <@U0BO>|group new <@U0BO>",
            "ny grupp ja|group accept", "ny grupp tacka ja|group accept", "group accept|group accept", "ny grupp nej|group decline",
            "ny grupp tacka nej|group decline", "group decline|group decline", "group accept 3f2a9c0d1e2b4a5c|group accept 3f2a9c0d1e2b4a5c",
            "ny grupp JA 3F2A9C0D1E2B4A5C|group accept 3f2a9c0d1e2b4a5c",
            "grupp blanda|group mix", "group mix|group mix", "grupp behåll|group keep", "group keep|group keep",
            "slå ihop ja|merge yes", "sla ihop nej|merge no", "merge yes 3f2a9c0d1e2b4a5c|merge yes 3f2a9c0d1e2b4a5c",
            "placering godkänn 3f2a9c0d1e2b4a5c|placement approve 3f2a9c0d1e2b4a5c",
            "placering hoppa över 3f2a9c0d1e2b4a5c|placement skip 3f2a9c0d1e2b4a5c",
            "placement skip abc123|placement skip abc123"})
    void swedish_and_english_words_parse_to_the_same_command(String text, String canonical) {
        ParseResult r = parser.parse(text, CommandParserTest.TODAY);
        assertThat(r).as(text).isInstanceOf(ParseResult.Parsed.class);
        assertThat(((ParseResult.Parsed) r).command().canonical()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ny grupp <@U1> <@U2> <@U3> <@U4>|commands.refusal.tooManyInvitees|commands.usage.group",
            "ny grupp Anna|commands.refusal.badUser|commands.usage.group",
            "group|commands.refusal.missingArgument|commands.usage.group",
            "group dance|commands.refusal.unexpected|commands.usage.group",
            "ny grupp ja tack|commands.refusal.unexpected|commands.usage.group",
            "slå ihop|commands.refusal.missingArgument|commands.usage.merge",
            "merge maybe|commands.refusal.unexpected|commands.usage.merge",
            "placering godkänn|commands.refusal.missingArgument|commands.usage.placement",
            "placement approve x;drop|commands.refusal.unexpected|commands.usage.placement"})
    void bad_forms_are_refused_with_the_reason_and_the_usage(String text, String key, String usage) {
        ParseResult r = parser.parse(text, CommandParserTest.TODAY);
        assertThat(r).as(text).isInstanceOf(ParseResult.Refused.class);
        Refusal refusal = ((ParseResult.Refused) r).refusal();
        assertThat(refusal.key()).isEqualTo(key);
        assertThat(refusal.usageKey()).contains(usage);
    }
}
