package velocity.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import velocity.core.query.FilterCondition;
import velocity.core.query.FilterOperator;
import velocity.core.query.FilterText;
import velocity.core.query.SortKey;

/** Conditions and sort keys written as text, as the command line and the filter bar take them. */
class FilterTextTest {

    @Test
    void readsEveryOperatorAndQuotedNamesAndValues() {
        assertEquals(FilterCondition.of("id", FilterOperator.GREATER_OR_EQUAL, "5"), FilterText.condition("id>=5"));
        assertEquals(FilterCondition.of("id", FilterOperator.NOT_EQUALS, "5"), FilterText.condition("id != 5"));
        assertEquals(FilterCondition.of("Due \"Date\"", FilterOperator.IS_NULL),
                FilterText.condition("\"Due \"\"Date\"\"\"   is   null"));
        assertEquals(FilterCondition.of("x", FilterOperator.IS_NOT_NULL), FilterText.condition("x IS NOT NULL"));
        assertEquals(FilterCondition.of("name", FilterOperator.NOT_LIKE, "O'%"), FilterText.condition("name not like 'O''%'"));
        assertEquals(FilterCondition.of("s", FilterOperator.IN, "new", "on hold, late", "x"),
                FilterText.condition("s IN (new, 'on hold, late',x)"));
        assertEquals(FilterCondition.of("d", FilterOperator.BETWEEN, "2026-01-01", "rock and roll"),
                FilterText.condition("d BETWEEN 2026-01-01 AND 'rock and roll'"));
        assertEquals(FilterCondition.of("inx", FilterOperator.EQUALS, "in"), FilterText.condition("inx = in"),
                "a column that starts like an operator");
        assertEquals(List.of("a", "b"), FilterText.values(FilterOperator.IN, "a,b"));
    }

    @Test
    void refusesWhatItCannotRead() {
        for (String bad : List.of("id", "= 5", "id BETWEEN 1", "id IN ()", "x IS NULL 3", "id =", "\"open = 1")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FilterText.condition(bad), bad);
            assertTrue(e.getMessage().startsWith("'" + bad + "': "), e.getMessage());
        }
    }

    @Test
    void readsSortKeys() {
        assertEquals(SortKey.desc("created"), FilterText.sortKey("created:desc"));
        assertEquals(SortKey.asc("a:b"), FilterText.sortKey("a:b"));
        assertEquals(SortKey.asc("Mixed Name"), FilterText.sortKey("\"Mixed Name\":ASC"));
    }
}
