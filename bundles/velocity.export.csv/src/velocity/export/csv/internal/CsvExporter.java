package velocity.export.csv.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.temporal.Temporal;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

import velocity.core.export.ExportOptions;
import velocity.core.export.ExportValues;
import velocity.core.export.Exporter;
import velocity.core.export.Quoting;
import velocity.core.export.RowWriter;
import velocity.core.export.TextSink;
import velocity.core.query.ResultColumn;

/**
 * CSV as RFC 4180 describes it, written field by field with Apache Commons CSV. NULL is the option's NULL
 * text, never quoted, and a text equal to it is always quoted, so the two stay apart when the file is read
 * back (PostgreSQL's {@code COPY ... FROM ... CSV} reads them so). Values are texts as
 * {@link ExportValues#csvText} makes them.
 */
public final class CsvExporter implements Exporter {

    @Override
    public RowWriter open(List<ResultColumn> columns, ExportOptions options, OutputStream out) throws IOException {
        CsvRowWriter rows = new CsvRowWriter(new TextSink(out), options);
        if (options.header()) {
            rows.header(columns);
        }
        return rows;
    }

    private static final class CsvRowWriter implements RowWriter {
        private final TextSink out;
        private final ExportOptions options;
        private final CSVFormat format;
        private final CSVFormat quoted;
        private final CSVFormat minimal;

        CsvRowWriter(TextSink out, ExportOptions options) {
            this.out = out;
            this.options = options;
            CSVFormat.Builder base = CSVFormat.RFC4180.builder().setDelimiter(options.delimiter()).setQuote('"')
                    .setRecordSeparator(options.lineEnding()).setTrim(false).setIgnoreSurroundingSpaces(false);
            // Texts only reach the library: NULL and unquoted numbers are written here, so ALL and
            // NON_NUMERIC both mean "quote every text" to it.
            this.format = base.setQuoteMode(options.quoting() == Quoting.MINIMAL ? QuoteMode.MINIMAL : QuoteMode.ALL)
                    .get();
            this.quoted = base.setQuoteMode(QuoteMode.ALL).get();
            this.minimal = base.setQuoteMode(QuoteMode.MINIMAL).get();
        }

        /** Column names are quoted only where they need it, whatever the quoting of values, as COPY does. */
        void header(List<ResultColumn> columns) throws IOException {
            boolean first = true;
            for (ResultColumn column : columns) {
                minimal.print(column.label(), out, first);
                first = false;
            }
            format.println(out);
        }

        @Override
        public void write(Object[] row) throws IOException {
            for (int i = 0; i < row.length; i++) {
                field(row[i], i == 0);
            }
            format.println(out);
        }

        private void field(Object value, boolean first) throws IOException {
            if (value == null) {
                raw(options.nullText(), first);
                return;
            }
            String text = ExportValues.csvText(value);
            if (text.equals(options.nullText())) {
                quoted.print(text, out, first);
            } else if (unquoted(value) && plain(text)) {
                raw(text, first);
            } else {
                format.print(text, out, first);
            }
        }

        /**
         * Numbers are left unquoted but with ALL; dates, times and booleans with MINIMAL only. None of their
         * texts holds a quote or a line break, or starts or ends with a character that makes the library
         * quote, so without the delimiter in them they are written as they are: the library scanning each
         * of them was a tenth of an export's time.
         */
        private boolean unquoted(Object value) {
            return switch (options.quoting()) {
                case ALL -> false;
                case NON_NUMERIC -> value instanceof Number;
                case MINIMAL -> value instanceof Number || value instanceof Temporal || value instanceof Boolean;
            };
        }

        private boolean plain(String text) {
            return text.indexOf(options.delimiter()) < 0;
        }

        private void raw(String text, boolean first) throws IOException {
            if (!first) {
                out.write(options.delimiter());
            }
            out.write(text);
        }

        @Override
        public void finish() throws IOException {
            out.flush();
        }
    }
}
