package velocity.core.operations;

import java.util.List;

import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.history.HistoryEntry;
import velocity.core.history.HistoryFilter;
import velocity.core.history.QueryHistory;

/** The statements run before, newest first, narrowed by a {@link HistoryFilter}. */
public final class GetQueryHistoryOperation implements VelocityOperation<List<HistoryEntry>> {

    private final QueryHistory history;
    private final HistoryFilter filter;

    public GetQueryHistoryOperation(QueryHistory history, HistoryFilter filter) {
        this.history = history;
        this.filter = filter;
    }

    @Override
    public String label() {
        return "Reading the query history";
    }

    @Override
    public List<HistoryEntry> run(Monitor monitor) throws VelocityException {
        monitor.checkCancelled(label());
        return history.find(filter);
    }
}
