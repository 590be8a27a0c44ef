/**
 * Open Anything: an in-memory index of the objects of every open connection (tables, views, functions,
 * columns) and of other sources such as saved favorites and query history, searched with a fuzzy matcher
 * fast enough to answer every keystroke.
 *
 * <pre>
 * SearchIndex index = new SearchIndex();
 * new IndexCatalogOperation(connection, index, null).run(monitor);   // in the background
 * Searcher searcher = index.searcher();                                // one per search box
 * List&lt;SearchResult&gt; best = searcher.search("cusord", 20, entry -&gt; true);
 * </pre>
 */
package velocity.core.search;
