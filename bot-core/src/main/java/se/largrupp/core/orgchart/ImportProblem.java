package se.largrupp.core.orgchart;

import java.util.List;

/**
 * Why a file is refused, tied to the line of the file it is about (0: the file as a whole). {@code key} names a text
 * of the {@code orgchart} bundle, so the chat and the command line say the same thing in the reader's language.
 */
public record ImportProblem(int line, String key, List<Object> args) {
    public ImportProblem {
        args = List.copyOf(args);
    }

    public static ImportProblem at(int line, String key, Object... args) {
        return new ImportProblem(line, "orgchart.problem." + key, List.of(args));
    }
}
