package se.largrupp.core.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The argument forms of starting a group of one's own and of what follows from it: {@code group new @a @b [@c]} /
 * {@code ny grupp @a @b [@c]}, {@code group accept|decline} / {@code ny grupp ja|nej}, {@code group keep|mix} /
 * {@code grupp behåll|blanda}, {@code merge yes|no} / {@code slå ihop ja|nej}, {@code placement approve|skip <id>} /
 * {@code placering godkänn|hoppa över <id>}.
 */
final class GroupArguments {
    /** Invitation, offer and proposal ids as the buttons carry them. */
    static final Pattern ID = Pattern.compile("[a-z0-9]{6,40}");
    /** A name typed with @ (the sandbox, a client that did not turn it into a mention): resolved by the use case. */
    private static final Pattern AT_NAME = Pattern.compile("@[A-Za-z0-9._-]{1,100}");
    /** A group is 3–4 people: the initiator and two or three colleagues. */
    static final int MAX_INVITEES = 3;

    /** After {@code ny grupp} / {@code new group}: an answer, a keep choice, or the invitees. */
    ParseResult newGroup(Tokens w) {
        Optional<Boolean> answer = Vocabulary.GROUP_ANSWERS.accept(w);
        if (answer.isPresent()) return answer(w, answer.get());
        Optional<Boolean> keep = Vocabulary.KEEP.accept(w);
        if (keep.isPresent()) return keep(w, keep.get());
        return invitees(w);
    }

    /** After {@code group} / {@code grupp}. */
    ParseResult group(Tokens w) {
        Optional<Boolean> answer = Vocabulary.GROUP_ANSWERS.accept(w);
        if (answer.isPresent()) return answer(w, answer.get());
        Optional<Boolean> keep = Vocabulary.KEEP.accept(w);
        if (keep.isPresent()) return keep(w, keep.get());
        return ArgumentParsers.refuse("group", w.done() ? "commands.refusal.missingArgument" : "commands.refusal.unexpected", w.rawPeek());
    }

    ParseResult merge(Tokens w) {
        Optional<Boolean> yes = Vocabulary.GROUP_ANSWERS.accept(w);
        if (yes.isEmpty())
            return ArgumentParsers.refuse("merge", w.done() ? "commands.refusal.missingArgument" : "commands.refusal.unexpected", w.rawPeek());
        Optional<String> id = id(w);
        return CommandParser.bare(w, new Command.Merge(yes.get(), id), "merge");
    }

    ParseResult placement(Tokens w) {
        Optional<Boolean> approve = Vocabulary.DECISIONS.accept(w);
        if (approve.isEmpty())
            return ArgumentParsers.refuse("placement", w.done() ? "commands.refusal.missingArgument" : "commands.refusal.unexpected", w.rawPeek());
        Optional<String> id = id(w);
        if (id.isEmpty())
            return ArgumentParsers.refuse("placement", w.done() ? "commands.refusal.missingArgument" : "commands.refusal.unexpected", w.rawPeek());
        return CommandParser.bare(w, new Command.Placement(approve.get(), id.get()), "placement");
    }

    private ParseResult answer(Tokens w, boolean accept) {
        Optional<String> id = id(w);
        return CommandParser.bare(w, new Command.GroupAnswer(accept, id), "group");
    }

    private ParseResult keep(Tokens w, boolean keep) {
        return CommandParser.bare(w, new Command.GroupKeep(keep), "group");
    }

    private ParseResult invitees(Tokens w) {
        List<String> invitees = new ArrayList<>();
        while (!w.done()) {
            String word = w.take();
            if (!(ArgumentParsers.USER_REF.matcher(word).matches() || AT_NAME.matcher(word).matches()))
                return ArgumentParsers.refuse("group", "commands.refusal.badUser", word);
            invitees.add(word);
        }
        if (invitees.size() > MAX_INVITEES) return ArgumentParsers.refuse("group", "commands.refusal.tooManyInvitees", MAX_INVITEES);
        return ParseResult.of(new Command.GroupNew(invitees));
    }

    private static Optional<String> id(Tokens w) {
        if (w.done() || !ID.matcher(w.peek()).matches()) return Optional.empty();
        return Optional.of(w.take().toLowerCase(java.util.Locale.ROOT));
    }
}
