package velocity.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import velocity.cli.UsageException;

/**
 * A command's parsed arguments: options ({@code --name value}, {@code --name=value} or a bare switch) and
 * positional arguments. Each command declares what it accepts with a {@link Spec}, so a misspelt option is a
 * usage error instead of being silently ignored.
 */
public final class Options {

    private final Map<String, List<String>> values;
    private final Set<String> switches;
    private final List<String> positional;

    private Options(Map<String, List<String>> values, Set<String> switches, List<String> positional) {
        this.values = values;
        this.switches = switches;
        this.positional = positional;
    }

    /** An empty specification to add options to. */
    public static Spec spec() {
        return new Spec();
    }

    /** The value of an option, or {@code null} when it was not given. */
    public String value(String name) {
        List<String> list = values.get(name);
        return list == null ? null : list.get(list.size() - 1);
    }

    /** Every value of a repeatable option, in order. */
    public List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The value of an option that must be given. */
    public String require(String name) throws UsageException {
        String value = value(name);
        if (value == null) {
            throw new UsageException("missing " + name);
        }
        return value;
    }

    /** Whether a switch, or an option with a value, was given. */
    public boolean has(String name) {
        return switches.contains(name) || values.containsKey(name);
    }

    /** An option's value as a whole number of at least {@code min}, or {@code fallback} when not given. */
    public int intValue(String name, int fallback, int min) throws UsageException {
        String value = value(name);
        if (value == null) {
            return fallback;
        }
        int result;
        try {
            result = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(name + " takes a whole number, not '" + value + "'");
        }
        if (result < min) {
            throw new UsageException(name + " must be at least " + min + ", not " + result);
        }
        return result;
    }

    /** The arguments that are not options, in order. */
    public List<String> positional() {
        return positional;
    }

    /** Fails unless there are between {@code min} and {@code max} positional arguments. */
    public void expectPositional(int min, int max, String usage) throws UsageException {
        if (positional.size() < min) {
            throw new UsageException("missing " + usage);
        }
        if (positional.size() > max) {
            throw new UsageException("unexpected argument '" + positional.get(max) + "'");
        }
    }

    /** The options a command accepts. */
    public static final class Spec {
        private final Set<String> valued = new LinkedHashSet<>();
        private final Set<String> repeatable = new LinkedHashSet<>();
        private final Set<String> switches = new LinkedHashSet<>();

        private Spec() {
        }

        /** Options that take one value. */
        public Spec value(String... names) {
            valued.addAll(List.of(names));
            return this;
        }

        /** Options that take a value and may be given several times. */
        public Spec repeatable(String... names) {
            repeatable.addAll(List.of(names));
            return this;
        }

        /** Options without a value. */
        public Spec flag(String... names) {
            switches.addAll(List.of(names));
            return this;
        }

        /** This specification plus another's options. */
        public Spec with(Spec other) {
            Spec merged = new Spec();
            for (Spec s : List.of(this, other)) {
                merged.valued.addAll(s.valued);
                merged.repeatable.addAll(s.repeatable);
                merged.switches.addAll(s.switches);
            }
            return merged;
        }

        /** Parses arguments; everything after {@code --} is positional. */
        public Options parse(List<String> arguments) throws UsageException {
            Map<String, List<String>> values = new LinkedHashMap<>();
            Set<String> given = new LinkedHashSet<>();
            List<String> positional = new ArrayList<>();
            for (int i = 0; i < arguments.size(); i++) {
                String arg = arguments.get(i);
                if ("--".equals(arg)) {
                    positional.addAll(arguments.subList(i + 1, arguments.size()));
                    break;
                }
                if (!arg.startsWith("-") || arg.length() == 1) {
                    positional.add(arg);
                    continue;
                }
                int equals = arg.indexOf('=');
                String name = equals > 0 ? arg.substring(0, equals) : arg;
                if (switches.contains(name)) {
                    if (equals > 0) {
                        throw new UsageException(name + " takes no value");
                    }
                    given.add(name);
                } else if (valued.contains(name) || repeatable.contains(name)) {
                    String value;
                    if (equals > 0) {
                        value = arg.substring(equals + 1);
                    } else if (i + 1 < arguments.size()) {
                        value = arguments.get(++i);
                    } else {
                        throw new UsageException(name + " needs a value");
                    }
                    List<String> list = values.computeIfAbsent(name, k -> new ArrayList<>());
                    if (!list.isEmpty() && !repeatable.contains(name)) {
                        throw new UsageException(name + " is given twice");
                    }
                    list.add(value);
                } else {
                    throw unknown(name);
                }
            }
            return new Options(values, given, List.copyOf(positional));
        }

        private static UsageException unknown(String name) {
            if ("--password".equals(name) || "-p".equals(name)) {
                return new UsageException("unknown option " + name + ": a password is never given as an argument, "
                        + "where other users can see it; pipe it to standard input and add --password-stdin");
            }
            return new UsageException("unknown option " + name);
        }
    }
}
