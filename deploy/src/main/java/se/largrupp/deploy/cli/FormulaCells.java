package se.largrupp.deploy.cli;

/**
 * Spreadsheets run a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} (and, in some, a tab or a
 * carriage return) as a formula: an id such as {@code =HYPERLINK(…)} in an HR export would become a live link or a
 * command once an admin opens the plan. Written cells that start so get a leading {@code '}, which spreadsheets show
 * as text; reading drops it again, so a plan written by the CLI reads back as the same ids ({@code --history}).
 */
public final class FormulaCells {
    private FormulaCells() {}

    /** The cell as written: neutralised when a spreadsheet would run it. */
    public static String neutralised(String cell) {
        return startsAsFormula(cell, 0) ? "'" + cell : cell;
    }

    /** The cell as read: without the {@code '} that {@link #neutralised} added. */
    static String plain(String cell) {
        return cell.startsWith("'") && startsAsFormula(cell, 1) ? cell.substring(1) : cell;
    }

    private static boolean startsAsFormula(String cell, int at) {
        if (cell.length() <= at) return false;
        char c = cell.charAt(at);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
