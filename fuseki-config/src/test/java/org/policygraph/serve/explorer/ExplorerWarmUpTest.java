package org.policygraph.serve.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.Test;
import org.policygraph.query.QueryRunner;

class ExplorerWarmUpTest {
    @Test
    void warmsEveryPageOfTheStoresMostMentionedEntity() {
        QueryRunner endpoint = QueryRunner.remote(ServedSample.get().sparql());
        List<ExplorerView> views = ExplorerWarmUp.views(endpoint);
        assertEquals(List.of("home", "search", "entity", "task", "report"), views.stream().map(ExplorerView::page).toList());
        // the Zhongguancun zone is named in all three sample reports, more often than any other entity
        assertEquals(ExplorerQueriesTest.ID + "park/中关村国家自主创新示范区", views.get(2).iri());
        assertEquals(java.util.Map.of("words", "中关村国家自主创新示范区"), views.get(1).queries().get("search-entities"));
        assertTrue(views.get(3).iri().startsWith(views.get(4).iri() + "/task/"), "the task lies in the report warmed");
        int perRound = views.stream().mapToInt(v -> v.queries().size()).sum();
        assertEquals(2 * perRound, ExplorerWarmUp.run(endpoint, 2, java.time.Duration.ofMinutes(5)).queries());
    }

    @Test
    void theBudgetEndsTheWarmUpAfterTheQueryUnderWay() {
        QueryRunner endpoint = QueryRunner.remote(ServedSample.get().sparql());
        assertEquals(1, ExplorerWarmUp.run(endpoint, 1000, java.time.Duration.ZERO.plusNanos(1)).queries());
    }

    @Test
    void anEmptyStoreHasNothingToWarm() {
        ExplorerWarmUp.Result r = ExplorerWarmUp.run(QueryRunner.local(DatasetFactory.create()), ExplorerWarmUp.DEFAULT_ROUNDS, ExplorerWarmUp.DEFAULT_BUDGET);
        assertEquals(0, r.queries());
    }
}
