package velocity.ui.navigator.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import velocity.core.ConnectionSettings;

/** The tree's input: the saved connections, whose nodes survive a reload so that expanded ones stay so. */
final class NavigatorRoot {

    private final Map<String, ConnectionNode> nodes = new LinkedHashMap<>();

    List<ConnectionNode> connections() {
        return new ArrayList<>(nodes.values());
    }

    ConnectionNode get(String name) {
        return nodes.get(name);
    }

    /** Takes the saved list; a connection whose settings changed forgets its children. */
    void update(List<ConnectionSettings> saved) {
        Map<String, ConnectionNode> previous = new LinkedHashMap<>(nodes);
        nodes.clear();
        for (ConnectionSettings settings : saved) {
            ConnectionNode node = previous.get(settings.name());
            if (node == null) {
                node = new ConnectionNode(settings);
            } else if (!node.settings().equals(settings)) {
                node.update(settings);
                node.reset();
            }
            nodes.put(settings.name(), node);
        }
    }
}
