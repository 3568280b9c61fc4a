package org.foiflow.requestpage;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A user's open deadlines as an iCalendar feed (RFC 5545, written by ical4j): one all-day event
 * per deadline, titled with the reference and authority, with a reminder at 9 in the morning the
 * day before and a link to the request's page.
 */
final class CalendarFeed {

  /** From midnight at the start of the deadline's day back to 9:00 the day before. */
  static final Duration REMINDER = Duration.ofHours(-15);

  /** One deadline of one request. */
  record Entry(String reference, String authority, String subject, OpenDeadline deadline) {}

  private CalendarFeed() {}

  static String of(List<Entry> entries, String baseUrl, Instant now) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//FOI Flow//Your FOI deadlines//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new XProperty("X-WR-CALNAME", "FOI deadlines"));
    for (Entry entry : entries) {
      calendar.add(event(entry, baseUrl, now));
    }
    StringWriter text = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static VEvent event(Entry entry, String baseUrl, Instant now) {
    String title = entry.reference() + " " + entry.authority() + ": " + entry.deadline().what();
    String page = baseUrl + "/requests/" + entry.reference();
    VEvent event = new VEvent(entry.deadline().date(), title);
    event.replace(new DtStamp(now));
    // Stable per request and kind of deadline: a moved date updates the event, not a second one.
    event.add(new Uid(entry.reference() + "-" + Integer.toHexString(entry.deadline().what().hashCode()) + "@foiflow"));
    event.add(new Description((entry.subject() == null ? "" : entry.subject() + "\n") + page));
    event.add(new Url(java.net.URI.create(page)));
    VAlarm alarm = new VAlarm(REMINDER);
    alarm.add(ImmutableAction.DISPLAY);
    alarm.add(new Description(title));
    event.add(alarm);
    return event;
  }
}
