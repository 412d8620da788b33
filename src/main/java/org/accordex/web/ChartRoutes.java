package org.accordex.web;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.annotate.PartyNames;
import org.accordex.backend.Backend;
import org.accordex.export.AnnotationJson;
import org.accordex.search.Aggregations;
import org.accordex.search.Searcher;

/**
 * {@code GET /api/charts?q=&today=}: the counts the page's charts draw over the commitments matching {@code q}
 * ({@link Aggregations}: per year by modality, due dates per month, parties by minerals), with party names.
 */
final class ChartRoutes implements RouteSet {
    private final Backend backend;
    private final PageJson page = new PageJson(PartyNames.bundled());

    ChartRoutes(Backend backend) {
        this.backend = backend;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/charts", this::charts);
    }

    private void charts(Exchange exchange) throws Exception {
        LocalDate today = exchange.date("today");
        try (Searcher searcher = backend.openSearcher()) {
            ObjectNode json = AnnotationJson.MAPPER.valueToTree(
                    Aggregations.of(searcher, exchange.param("q"), today == null ? LocalDate.now() : today));
            page.addLabels(json, exchange.param("q"));
            exchange.json(200, json);
        }
    }
}
