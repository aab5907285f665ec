package se.largrupp.core.orgchart;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One person of an HR export, as the file says it (e-mail addresses lower-cased, blanks trimmed).
 *
 * @param line    the file's line the record starts on, for line-numbered answers
 * @param sponsor the {@code sponsor} column: empty when the file has no such column or the cell is blank
 */
public record OrgChartRow(int line, String email, String name, Optional<String> department, Optional<String> managerEmail,
                          Optional<ZoneId> zone, Optional<String> location, List<String> notWith, Optional<Boolean> sponsor) {
    public OrgChartRow {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        notWith = List.copyOf(notWith);
    }
}
