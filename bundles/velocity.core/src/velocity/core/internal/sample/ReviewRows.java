package velocity.core.internal.sample;

import java.sql.SQLException;

/** What customers wrote about the products: mostly short, now and then a long text, some anonymous. */
final class ReviewRows {

    static final int REVIEWS = 4_000;

    /** Ratings drawn from this list: reviews lean positive, as they do. */
    private static final int[] RATINGS = { 5, 5, 5, 5, 4, 4, 4, 3, 3, 2, 1 };

    /** Titles by rating, index 0 for one star. */
    private static final String[][] TITLES = {
            { "Do not buy", "Returned it", "Broke at once", "Very disappointed" },
            { "Not great", "Expected more", "Meh", "Only for the price" },
            { "It is fine", "Does the job", "Average", "Okay for now" },
            { "Good value", "Happy with it", "Nice", "Would buy again" },
            { "Excellent!", "Love it", "Best purchase this year", "Perfect", "Five stars" } };

    private final SampleText text;

    ReviewRows(SampleText text) {
        this.text = text;
    }

    void write(Inserts inserts) throws SQLException {
        Inserts.Table reviews = inserts.table("reviews", "id", "product_id", "customer_id", "rating", "title", "body",
                "helpful_votes", "reviewed_at");
        for (int id = 1; id <= REVIEWS; id++) {
            int product = text.between(1, CatalogRows.PRODUCTS);
            Integer customer = text.chance(0.1) ? null : text.between(1, PeopleRows.CUSTOMERS);
            int rating = RATINGS[text.random().nextInt(RATINGS.length)];
            String title = text.chance(0.1) ? null : text.pick(TITLES[rating - 1]);
            String body;
            if (text.chance(0.15)) {
                body = null;
            } else if (text.chance(0.03)) {
                body = text.paragraphs(text.between(6, 10), text.between(4, 6));
            } else {
                body = text.paragraphs(text.between(1, 2), text.between(1, 4));
            }
            // Few reviews draw many votes.
            int votes = (int) (Math.pow(text.random().nextDouble(), 4) * 120);
            reviews.add(id, product, customer, rating, title, body, votes,
                    SampleText.iso(text.moment(30, SampleText.DAYS - 1)));
            inserts.worked(1);
        }
    }
}
