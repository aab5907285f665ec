package se.largrupp.core.meetings.calendar;

import java.util.ArrayList;
import java.util.List;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Message.Block;

/**
 * {@code calendar} / {@code kalender}: the caller's own subscription link (https and webcal), one line on adding it,
 * an "Add to calendar" link, and the same calendar as an .ics file for platforms that take files. Shown to the caller
 * only. {@code calendar new link} revokes the old link first. Runs in the command's transaction.
 */
public final class SubscribeCalendar implements CommandHandler<Command.Calendar> {
    private final CalendarFeeds feeds;
    private final Texts texts;

    SubscribeCalendar(CalendarFeeds feeds, Texts texts) {
        this.feeds = feeds;
        this.texts = texts;
    }

    @Override
    public Reply handle(CommandContext c, Command.Calendar command) {
        Language lang = c.language();
        LearningGroup group = c.group().orElseThrow();
        String link = feeds.link(c.actor(), command.newLink());
        String webcal = CalendarFeeds.webcal(link);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(texts.get(lang, "calendar.heading", group.name())));
        if (command.newLink()) blocks.add(new Block.Text(texts.get(lang, "calendar.newLink.done")));
        blocks.add(new Block.Text(texts.get(lang, "calendar.subscribe.links", link, webcal)));
        blocks.add(new Block.Context(texts.get(lang, "calendar.subscribe.howto")));
        if (group.booking().isEmpty()) blocks.add(new Block.Context(texts.get(lang, "calendar.subscribe.noBookingYet")));
        blocks.add(new Block.Link(texts.get(lang, "calendar.subscribe.button"), outlookAddLink(link, texts.get(lang, "calendar.feed.name"))));
        blocks.add(new Block.Attachment(ShowCalendar.fileName(group), "text/calendar", feeds.fileOf(c.actor())));
        return Reply.toCaller(Message.of(blocks.toArray(Block[]::new)));
    }

    /** Outlook on the web's "add calendar from the internet" page, with the feed filled in. */
    static String outlookAddLink(String feed, String name) {
        return "https://outlook.office.com/calendar/0/addfromweb?url=" + enc(feed) + "&name=" + enc(name);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
