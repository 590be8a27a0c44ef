package velocity.core.internal.sample;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * Made-up but plausible values for the sample rows, all drawn from one seeded {@link Random} so that every
 * generation writes the same data. Dates are ISO 8601 text, which is how SQLite's date functions read them,
 * and they lie in fixed years rather than around today.
 */
final class SampleText {

    static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);
    static final int DAYS = 3 * 365;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static final String[] FIRST_NAMES = { "Ada", "Alan", "Amara", "Anna", "Arjun", "Beatriz", "Bram", "Chen",
            "Chiara", "Dmitri", "Elena", "Emeka", "Farah", "Felix", "Grace", "Hana", "Hugo", "Ines", "Ivan", "Jana",
            "João", "Kai", "Kenji", "Lara", "Liam", "Lucía", "Maja", "Mateo", "Mei", "Nadia", "Noah", "Olga", "Omar",
            "Priya", "Rafael", "Sofia", "Sven", "Tariq", "Yara", "Zoë" };

    private static final String[] LAST_NAMES = { "Adeyemi", "Berg", "Costa", "Dubois", "Eriksson", "Fischer",
            "García", "Hoffmann", "Ivanova", "Jansen", "Kowalski", "Larsen", "Müller", "Nakamura", "O'Brien", "Petrov",
            "Quinn", "Rossi", "Santos", "Schmidt", "Silva", "Tanaka", "Novák", "Virtanen", "Wang", "Walsh", "Yilmaz",
            "Zhang", "de Vries", "Okafor", "Haddad", "Kumar" };

    /** City, postal code pattern (# a digit, A a letter), country. */
    private static final String[][] CITIES = { { "Lisbon", "####-###", "Portugal" }, { "Porto", "####-###", "Portugal" },
            { "Madrid", "#####", "Spain" }, { "Valencia", "#####", "Spain" }, { "Lyon", "#####", "France" },
            { "Paris", "750##", "France" }, { "Berlin", "1####", "Germany" }, { "Hamburg", "2####", "Germany" },
            { "Munich", "8####", "Germany" }, { "Amsterdam", "10## AA", "Netherlands" },
            { "Utrecht", "35## AA", "Netherlands" }, { "Copenhagen", "1###", "Denmark" },
            { "Stockholm", "1## ##", "Sweden" }, { "Helsinki", "00###", "Finland" }, { "Warsaw", "0#-###", "Poland" },
            { "Prague", "1## ##", "Czechia" }, { "Vienna", "1###", "Austria" }, { "Milan", "201##", "Italy" },
            { "Dublin", "D## AA#A", "Ireland" }, { "Manchester", "M## #AA", "United Kingdom" },
            { "Edinburgh", "EH# #AA", "United Kingdom" }, { "Toronto", "M#A #A#", "Canada" },
            { "Austin", "787##", "United States" }, { "Portland", "972##", "United States" } };

    private static final String[] STREETS = { "Oak Street", "Rua Augusta", "Calle Mayor", "Rue de la Paix",
            "Hauptstraße", "Keizersgracht", "Storgatan", "Nowy Świat", "Via Roma", "Harbour Road", "Station Road",
            "Mill Lane", "King Street", "Elm Avenue", "Church Road", "Market Square", "Bridge Street", "Park Lane" };

    private static final String[] WORDS = { "quality", "delivery", "price", "packaging", "size", "colour", "battery",
            "sound", "finish", "material", "instructions", "handle", "weight", "design", "value", "support", "fit",
            "smell", "taste", "screen", "grip", "box", "cable", "lid", "fabric", "surface", "button", "manual" };

    private static final String[] OPINIONS = { "is excellent", "could be better", "is exactly as described",
            "surprised me", "is a bit disappointing", "feels solid", "is fine for the money", "broke after a month",
            "exceeded my expectations", "is just right", "was not what I expected", "holds up well" };

    private static final String[] CONNECTIVES = { "Overall", "To be honest", "After two weeks", "For what it costs",
            "Compared with my old one", "As a gift", "In daily use", "Out of the box" };

    private final Random random;

    SampleText(Random random) {
        this.random = random;
    }

    Random random() {
        return random;
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    String firstName() {
        return pick(FIRST_NAMES);
    }

    String lastName() {
        return pick(LAST_NAMES);
    }

    /** A unique address: the id keeps two people of the same name apart. */
    String email(String first, String last, int id, String domain) {
        return slug(first) + "." + slug(last) + id + "@" + domain;
    }

    String phone() {
        return String.format(Locale.ROOT, "+%d %03d %03d %04d", between(1, 49), between(100, 999), between(100, 999),
                between(0, 9999));
    }

    /** City, postal code and country. */
    String[] city() {
        String[] city = pick(CITIES);
        return new String[] { city[0], pattern(city[1]), city[2] };
    }

    String street() {
        return between(1, 250) + " " + pick(STREETS);
    }

    String sentence() {
        String s = "The " + pick(WORDS) + " " + pick(OPINIONS);
        if (chance(0.5)) {
            s = pick(CONNECTIVES) + ", the " + pick(WORDS) + " " + pick(OPINIONS) + " and the " + pick(WORDS) + " "
                    + pick(OPINIONS);
        }
        return s + ".";
    }

    /** Sentences in paragraphs, separated by blank lines. */
    String paragraphs(int count, int sentencesEach) {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < count; p++) {
            if (p > 0) {
                sb.append("\n\n");
            }
            for (int s = 0; s < sentencesEach; s++) {
                sb.append(s > 0 ? " " : "").append(sentence());
            }
        }
        return sb.toString();
    }

    /** An amount of money with two decimals. */
    BigDecimal money(double min, double max) {
        return BigDecimal.valueOf(Math.round((min + random.nextDouble() * (max - min)) * 100), 2);
    }

    LocalDate day(int fromDay, int toDay) {
        return FIRST_DAY.plusDays(between(fromDay, toDay));
    }

    LocalDateTime moment(int fromDay, int toDay) {
        return day(fromDay, toDay).atTime(between(7, 22), random.nextInt(60), random.nextInt(60));
    }

    static String iso(LocalDate date) {
        return date.toString();
    }

    static String iso(LocalDateTime moment) {
        return moment.format(DATE_TIME);
    }

    private String pattern(String pattern) {
        StringBuilder sb = new StringBuilder(pattern.length());
        for (char c : pattern.toCharArray()) {
            sb.append(switch (c) {
                case '#' -> (char) ('0' + random.nextInt(10));
                case 'A' -> (char) ('A' + random.nextInt(26));
                default -> c;
            });
        }
        return sb.toString();
    }

    /** The name in lower case ASCII letters only, as mail addresses and host names are usually made. */
    static String slug(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z]+", "");
    }
}
