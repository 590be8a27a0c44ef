package velocity.ui.sql.internal;

import org.eclipse.swt.graphics.Color;

/** The SQL editor's colours; SWT colours made from RGB values hold no system resource. */
final class SqlColors {

    static final Color KEYWORD = new Color(0x7f, 0x00, 0x55);
    static final Color NUMBER = new Color(0x09, 0x86, 0x58);
    static final Color STRING = new Color(0x2a, 0x00, 0xff);
    static final Color QUOTED = new Color(0x00, 0x5c, 0x99);
    static final Color COMMENT = new Color(0x3f, 0x7f, 0x5f);
    static final Color ERROR = new Color(0xc0, 0x00, 0x00);

    private SqlColors() {
    }
}
