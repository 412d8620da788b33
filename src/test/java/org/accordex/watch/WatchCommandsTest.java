package org.accordex.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.accordex.cli.Cli;
import org.accordex.export.AnnotationJson;
import org.accordex.search.QuerySyntax;
import org.accordex.search.SearchException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code accordex watch add/list/remove/show}, and what {@code index} fires. */
class WatchCommandsTest {
    @TempDir
    Path dir;
    Path docs;
    Path index;

    @BeforeEach
    void corpus() throws IOException {
        docs = Files.createDirectories(dir.resolve("docs"));
        index = dir.resolve("index");
        Files.writeString(docs.resolve("a.txt"), "Japan will provide loans for gallium refining.\nJapan will fund research.\n");
        Files.writeString(docs.resolve("b.txt"), "Canada shall not impose export bans on nickel.\n");
    }

    private Cli cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add(args[0].equals("watch") ? 2 : 1, "--index");
        all.add(args[0].equals("watch") ? 3 : 2, index.toString());
        return Cli.run(all.toArray(String[]::new));
    }

    private Cli ok(String... args) {
        Cli result = cli(args);
        assertEquals(0, result.exitCode(), result.err());
        return result;
    }

    private Cli index() {
        return ok("index", docs.toString());
    }

    /** The lines of {@code watch show NAME --format jsonl}. */
    private List<JsonNode> shown(String name) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : ok("watch", "show", name, "--format", "jsonl").out().lines().toList()) {
            lines.add(AnnotationJson.MAPPER.readTree(line));
        }
        return lines;
    }

    private static List<String> watchLines(Cli run) {
        return run.out().lines().filter(l -> l.startsWith("watch ")).toList();
    }

    @Test
    void addListShowRemoveRoundTrip() throws IOException {
        assertEquals("no watches (add one with 'accordex watch add NAME QUERY')\n", ok("watch", "list").out());
        assertEquals("watch gallium added: commitments matching mineral:gallium\n",
                ok("watch", "add", "gallium", "--commitments", "mineral:gallium").out());
        assertEquals("watch japan added: documents matching party:JP\n", ok("watch", "add", "japan", "party:JP").out());

        Cli taken = cli("watch", "add", "gallium", "lithium");
        assertEquals(2, taken.exitCode());
        assertEquals("accordex: a watch named 'gallium' already exists\n", taken.err());
        Cli badQuery = cli("watch", "add", "broken", "gallium AND (");
        assertEquals(2, badQuery.exitCode());
        SearchException parser = org.junit.jupiter.api.Assertions.assertThrows(SearchException.class,
                () -> QuerySyntax.parse("gallium AND ("));
        assertEquals("accordex: " + parser.getMessage() + "\n", badQuery.err(), "the parser's message, as search gives it");
        assertTrue(badQuery.err().startsWith("accordex: bad query: "), badQuery.err());
        assertEquals(2, cli("watch", "add", "../etc", "gallium").exitCode());

        assertEquals("gallium  commitments  0 matches  last fired never  mineral:gallium\n"
                + "japan  documents  0 matches  last fired never  party:JP\n", ok("watch", "list").out());
        JsonNode listed = AnnotationJson.MAPPER.readTree(ok("watch", "list", "--format", "json").out());
        assertEquals(2, listed.size());
        assertEquals("gallium", listed.get(0).get("name").asText());
        assertTrue(listed.get(0).get("commitments").asBoolean());
        assertTrue(listed.get(0).get("lastFired").isNull());
        assertEquals("0 matches\n", ok("watch", "show", "gallium").out());

        index();
        assertEquals(1, shown("gallium").size());
        assertEquals(1, shown("japan").size());
        String show = ok("watch", "show", "gallium").out();
        assertTrue(show.contains("docs/a.txt") || show.contains("a.txt"), show);
        assertTrue(show.contains("[JP] commitment: provide loans for gallium refining · gallium · loan"), show);
        assertTrue(show.endsWith("1 match\n"), show);
        assertTrue(ok("watch", "list").out().startsWith("gallium  commitments  1 match  last fired 20"));
        assertEquals(0, ok("watch", "show", "gallium", "--since", "2999-01-01").out().lines()
                .filter(l -> l.startsWith("20")).count());

        assertEquals("watch gallium removed\n", ok("watch", "remove", "gallium").out());
        Cli gone = cli("watch", "show", "gallium");
        assertEquals(2, gone.exitCode());
        assertEquals("accordex: no watch named 'gallium'\n", gone.err());
        assertEquals(2, cli("watch", "remove", "gallium").exitCode());
        // Added again under the same name, it starts with no matches: the old ones belonged to the watch removed.
        ok("watch", "add", "gallium", "--commitments", "mineral:gallium");
        assertEquals(0, shown("gallium").size());
        assertTrue(Files.isRegularFile(index.resolve("watches/watches.json")), "watches live in the index folder");
    }

    @Test
    void aNewMatchingFileFiresOnceANonMatchingOneNeverAndAnUnchangedRunNever() throws IOException {
        index();
        ok("watch", "add", "gallium", "--commitments", "mineral:gallium");
        ok("watch", "add", "gallium-docs", "gallium");
        assertEquals(List.of(), watchLines(index()), "what was indexed before the watch existed does not fire");

        Files.writeString(docs.resolve("c.txt"), "Korea will stockpile gallium.\nKorea will train engineers.\n");
        Files.writeString(docs.resolve("d.txt"), "Chile will invest in lithium.\n");
        Cli run = index();
        assertEquals(List.of("watch gallium: 1 new commitment", "watch gallium-docs: 1 new document"), watchLines(run));
        List<JsonNode> matches = shown("gallium");
        assertEquals(1, matches.size());
        JsonNode m = matches.get(0);
        assertEquals("gallium", m.get("watch").asText());
        assertEquals("Korea will stockpile gallium.", m.at("/commitment/text").asText());
        assertEquals("[\"KR\"]", m.at("/commitment/parties").toString());
        assertEquals("gallium", m.at("/commitment/minerals/0").asText());
        assertTrue(m.at("/document/source").asText().endsWith("c.txt"));
        assertEquals(64, m.at("/document/id").asText().length());
        assertTrue(m.get("matched").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?Z"));

        assertEquals(List.of(), watchLines(index()), "an unchanged run fires nothing");
        assertEquals(List.of(), watchLines(ok("index", "--reannotate", docs.toString())), "nor does annotating again");
        assertEquals(1, shown("gallium").size());
        assertEquals(1, shown("gallium-docs").size());
    }

    @Test
    void aChangedDocumentFiresOnlyForItsNewCommitments() throws IOException {
        ok("watch", "add", "gallium", "--commitments", "mineral:gallium");
        ok("watch", "add", "japan", "party:JP");
        assertEquals(List.of("watch gallium: 1 new commitment", "watch japan: 1 new document"), watchLines(index()),
                "an index built after the watch: everything is new");

        Files.writeString(docs.resolve("a.txt"), "Japan will provide loans for gallium refining.\nJapan will fund research.\n"
                + "Australia will build a gallium stockpile.\n");
        Cli run = index();
        assertEquals(List.of("watch gallium: 1 new commitment"), watchLines(run),
                "the changed file still names Japan, which the japan watch already reported");
        List<JsonNode> matches = shown("gallium");
        assertEquals(2, matches.size());
        assertEquals("Japan will provide loans for gallium refining.", matches.get(0).at("/commitment/text").asText());
        assertEquals("Australia will build a gallium stockpile.", matches.get(1).at("/commitment/text").asText());
        assertFalse(matches.get(0).at("/document/id").asText().equals(matches.get(1).at("/document/id").asText()),
                "each match cites the version of the document it came from");

        // A document watch fires for a changed document that matches when its earlier version did not.
        Files.writeString(docs.resolve("b.txt"), "Canada and Japan shall not impose export bans on nickel.\n");
        assertEquals(List.of("watch japan: 1 new document"), watchLines(index()));
        assertEquals(2, shown("japan").size());
    }

    @Test
    void watchesCanLiveInAFolderOfTheirOwn() throws IOException {
        Path elsewhere = dir.resolve("my-watches");
        assertEquals(0, Cli.run("watch", "add", "--watches", elsewhere.toString(), "gallium", "--commitments",
                "mineral:gallium").exitCode());
        Cli run = Cli.run("index", "--index", index.toString(), "--watches", elsewhere.toString(), docs.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("watch gallium: 1 new commitment"), watchLines(run));
        assertFalse(Files.exists(index.resolve("watches")));
        assertEquals(2, Cli.run("watch", "show", "--index", index.toString(), "gallium").exitCode(),
                "the index folder's own watches are others");
        assertTrue(Cli.run("watch", "show", "--watches", elsewhere.toString(), "gallium").out().endsWith("1 match\n"));
    }
}
