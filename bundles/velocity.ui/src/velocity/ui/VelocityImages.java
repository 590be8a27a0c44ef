package velocity.ui;

/** Keys of the icons {@link VelocityUi#image(String)} serves; each is the icon's path in this bundle. */
public final class VelocityImages {

    public static final String DATABASE = "icons/database.png";
    public static final String TABLE = "icons/table.png";
    public static final String VIEW = "icons/view.png";
    public static final String FOLDER = "icons/folder.png";
    public static final String COLUMN = "icons/column.png";
    public static final String KEY = "icons/key.png";
    public static final String FOREIGN_KEY = "icons/foreignkey.png";
    public static final String INDEX = "icons/index.png";
    public static final String FUNCTION = "icons/function.png";
    public static final String TRIGGER = "icons/trigger.png";
    public static final String SEQUENCE = "icons/sequence.png";
    public static final String SQL = "icons/sql.png";
    public static final String CONNECTED = "icons/connected.png";
    public static final String DISCONNECTED = "icons/disconnected.png";
    public static final String RUN = "icons/run.png";
    public static final String CANCEL = "icons/cancel.png";

    static final String[] ALL = { DATABASE, TABLE, VIEW, FOLDER, COLUMN, KEY, FOREIGN_KEY, INDEX, FUNCTION, TRIGGER,
            SEQUENCE, SQL, CONNECTED, DISCONNECTED, RUN, CANCEL };

    private VelocityImages() {
    }

    /** Every key, for registries that load them all. */
    public static String[] all() {
        return ALL.clone();
    }
}
