package velocity.ui.search.internal;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.TextStyle;
import org.eclipse.swt.widgets.Display;

import velocity.core.search.SearchEntry;
import velocity.core.search.SearchKind;
import velocity.core.search.SearchResult;
import velocity.ui.VelocityImages;
import velocity.ui.VelocityUi;

/** A result as one line: the kind's icon, the name with the matched characters in bold, then where it is. */
final class ResultLabelProvider extends StyledCellLabelProvider {

    private static final StyledString.Styler MATCHED = new StyledString.Styler() {
        @Override
        public void applyStyles(TextStyle style) {
            style.font = JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT);
            style.foreground = Display.getCurrent().getSystemColor(SWT.COLOR_LINK_FOREGROUND);
        }
    };

    @Override
    public void update(ViewerCell cell) {
        SearchResult result = (SearchResult) cell.getElement();
        SearchEntry entry = result.entry();
        StyledString text = highlighted(entry.name(), result.positions());
        text.append("   " + describe(entry), StyledString.QUALIFIER_STYLER);
        cell.setText(text.getString());
        cell.setStyleRanges(text.getStyleRanges());
        cell.setImage(icon(entry.kind()));
        super.update(cell);
    }

    /** What the line says after the name: the kind, the detail, the connection and the schema. */
    static String describe(SearchEntry entry) {
        StringBuilder b = new StringBuilder(entry.kind().label());
        if (entry.detail() != null && !entry.detail().isBlank()) {
            b.append(' ').append(entry.detail().replace('\n', ' '));
        }
        b.append(" — ").append(entry.connection());
        if (entry.schema() != null) {
            b.append(" · ").append(entry.schema());
        }
        return b.toString();
    }

    static Image icon(SearchKind kind) {
        return VelocityUi.image(switch (kind) {
            case TABLE -> VelocityImages.TABLE;
            case VIEW -> VelocityImages.VIEW;
            case COLUMN -> VelocityImages.COLUMN;
            case FUNCTION, PROCEDURE -> VelocityImages.FUNCTION;
            case FAVORITE, HISTORY -> VelocityImages.SQL;
        });
    }

    private static StyledString highlighted(String name, int[] positions) {
        StyledString text = new StyledString();
        int next = 0;
        int p = 0;
        while (next < name.length()) {
            boolean matched = p < positions.length && positions[p] == next;
            int end = next;
            while (end < name.length() && (p < positions.length && positions[p] == end) == matched) {
                if (matched) {
                    p++;
                }
                end++;
            }
            text.append(name.substring(next, end), matched ? MATCHED : null);
            next = end;
        }
        return text;
    }
}
