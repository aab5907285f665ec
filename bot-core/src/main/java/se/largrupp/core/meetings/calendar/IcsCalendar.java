package se.largrupp.core.meetings.calendar;

import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.groups.StandingBooking;

/**
 * A standing booking as an RFC 5545 calendar: one recurring event (RRULE weekly, interval 2 or 4) in the group's
 * time zone with its VTIMEZONE, a UID stable per group so an imported file updates the earlier one.
 */
public final class IcsCalendar {
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private IcsCalendar() {}

    public static String uid(GroupId group) {
        return "largrupp-" + group.value() + "@largrupp";
    }

    /**
     * The zone's VTIMEZONE under the zone's own name: the bundled tz data files some zones under their link target
     * (Europe/Stockholm as Europe/Berlin), and DTSTART's TZID must name a VTIMEZONE of the file.
     */
    private static VTimeZone vtimezone(String zoneId) {
        VTimeZone copy = (VTimeZone) ZONES.getTimeZone(zoneId).getVTimeZone().copy();
        copy.removeAll(Property.TZURL, "X-LIC-LOCATION");
        copy.replace(new TzId(zoneId));
        return copy;
    }

    public static String render(GroupId group, StandingBooking booking, int sequence, Instant now, String summary,
                                String description) {
        ZonedDateTime start = booking.at(booking.firstDate());
        VEvent event = new VEvent(start, start.plus(booking.duration()), summary);
        event.replace(new DtStamp(now));
        event.add(new Uid(uid(group)));
        event.add(new Sequence(sequence));
        event.add(new RRule<>(new Recur.Builder<ZonedDateTime>().frequency(net.fortuna.ical4j.transform.recurrence.Frequency.WEEKLY)
                .interval(booking.cadence().weeks()).build()));
        event.add(new Description(description));
        booking.link().map(URI::toString).ifPresent(l -> event.add(new Location(l)));
        booking.link().ifPresent(l -> event.add(new Url(l)));
        Calendar calendar = new Calendar()
                .withProdId(new ProdId("-//Largrupp//Largrupp 1.0//EN").getValue())
                .withDefaults()
                .withComponent(vtimezone(booking.zone().getId()))
                .withComponent(event)
                .getFluentTarget();
        return calendar.toString();
    }
}
