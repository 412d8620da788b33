package org.accordex.watch;

import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

/**
 * A watch's matches as an Atom 1.0 feed, newest first, for a feed reader to subscribe to: the feed's id, title,
 * updated time, author and links (itself, and the watch on the page), and per match an entry with a stable id (the
 * watch and the entry matched), a title (the commitment in one line, or the document's title), the time it was
 * matched, a link to the document on the page and a plain-text summary (the sentence, the source and the date).
 */
public final class WatchFeed {
    /** Entries a feed holds at most: the newest. */
    static final int ENTRIES = 200;

    private WatchFeed() {
    }

    /** The feed as XML; {@code base} is the page's address ({@code http://127.0.0.1:8080/}). */
    public static String atom(Watch watch, List<WatchMatch> matches, URI base) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setUri("urn:accordex:watch:" + watch.id());
        feed.setTitle("accordex watch " + watch.name());
        feed.setDescription(watch.unit() + " matching " + watch.query());
        feed.setAuthor("accordex");
        feed.setLink(base.resolve("#watch/" + watch.name()).toString());
        feed.setLinks(List.of(link("self", base.resolve("feeds/" + watch.name() + ".atom").toString(), "application/atom+xml"),
                link("alternate", base.resolve("#watch/" + watch.name()).toString(), "text/html")));
        Date updated = Date.from(matches.isEmpty() ? watch.created() : matches.get(matches.size() - 1).matched());
        feed.setPublishedDate(updated);
        List<SyndEntry> entries = new ArrayList<>();
        for (int i = matches.size() - 1; i >= 0 && entries.size() < ENTRIES; i--) {
            entries.add(entry(watch, matches.get(i), base));
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write the feed of watch " + watch.name(), e);
        }
    }

    private static SyndEntry entry(Watch watch, WatchMatch m, URI base) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri("urn:accordex:watch:" + watch.id() + ":" + m.entry());
        String title = m.document().title().isBlank() ? m.document().source() : m.document().title();
        entry.setTitle(m.commitment() == null ? title : m.summary());
        entry.setLink(base.resolve("#doc/" + m.document().id()).toString());
        Date matched = Date.from(m.matched());
        entry.setPublishedDate(matched);
        entry.setUpdatedDate(matched);
        SyndContent summary = new SyndContentImpl();
        summary.setType("text/plain");
        StringBuilder text = new StringBuilder();
        if (m.commitment() != null) {
            text.append(m.commitment().text()).append("\n");
            text.append(title).append("\n");
        }
        text.append(m.document().source());
        if (m.document().date() != null) {
            text.append(", ").append(m.document().date());
        }
        summary.setValue(text.toString());
        entry.setDescription(summary);
        return entry;
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
