package se.largrupp.core.meetings.calendar;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * A zone's VTIMEZONE with only the rules in force now (Europe/Stockholm: two observances, last Sunday of March and of
 * October), from the JDK's tz data, instead of every change since 1980: calendar apps need the rules for the series'
 * dates, and a short VTIMEZONE is what Outlook and Google write too. A zone without daylight saving has one STANDARD.
 */
final class CompactTimeZone {
    private static final int FROM_YEAR = 1970;

    private CompactTimeZone() {}

    static VTimeZone of(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        List<Observance> observances = new ArrayList<>();
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        if (yearly.isEmpty()) {
            ZoneOffset now = rules.getOffset(java.time.Instant.now());
            observances.add(observance(new Standard(), now, now, LocalDateTime.of(FROM_YEAR, 1, 1, 0, 0), null));
        } else {
            for (ZoneOffsetTransitionRule r : yearly) {
                ZoneOffsetTransition t = r.createTransition(FROM_YEAR);
                boolean toDaylight = r.getOffsetAfter().getTotalSeconds() > r.getStandardOffset().getTotalSeconds();
                observances.add(observance(toDaylight ? new Daylight() : new Standard(), r.getOffsetBefore(), r.getOffsetAfter(),
                        t.getDateTimeBefore(), yearlyRule(r)));
            }
        }
        return new VTimeZone(new PropertyList(List.<Property>of(new TzId(zone.getId()))), new ComponentList<>(observances));
    }

    private static Observance observance(Observance o, ZoneOffset from, ZoneOffset to, LocalDateTime start, String rrule) {
        o.add(new DtStart<>(start));
        o.add(new TzOffsetFrom(from));
        o.add(new TzOffsetTo(to));
        if (rrule != null) o.add(new RRule<>(rrule));
        return o;
    }

    /** {@code FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU} and its kin from the JDK's "weekday on or after day N" form. */
    static String yearlyRule(ZoneOffsetTransitionRule r) {
        String rule = "FREQ=YEARLY;BYMONTH=" + r.getMonth().getValue();
        DayOfWeek dow = r.getDayOfWeek();
        int day = r.getDayOfMonthIndicator();
        if (dow == null) return rule + ";BYMONTHDAY=" + day;
        String wd = dow.name().substring(0, 2);
        int length = r.getMonth().minLength();
        if (day < 0 || day + 6 >= length && day + 6 >= r.getMonth().maxLength()) return rule + ";BYDAY=-1" + wd;
        if ((day - 1) % 7 == 0) return rule + ";BYDAY=" + ((day - 1) / 7 + 1) + wd;
        StringBuilder days = new StringBuilder();
        for (int d = day; d < day + 7; d++) days.append(days.length() == 0 ? "" : ",").append(d);
        return rule + ";BYDAY=" + wd + ";BYMONTHDAY=" + days;
    }
}
