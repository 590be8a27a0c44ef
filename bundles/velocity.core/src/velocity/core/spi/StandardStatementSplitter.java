package velocity.core.spi;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import velocity.core.internal.script.ScriptScanner;
import velocity.core.query.ScriptStatement;

/**
 * The statement splitter of standard SQL ({@code ;} delimiters, {@code '...'} strings with {@code ''},
 * {@code "..."} identifiers, {@code --} and {@code /* *}{@code /} comments), plus the lexical features a
 * dialect turns on. Immutable and thread-safe.
 */
public final class StandardStatementSplitter implements StatementSplitter {

    /** A lexical rule beyond standard SQL. */
    public enum Feature {
        /** {@code \} escapes the next character in strings (MySQL without NO_BACKSLASH_ESCAPES). */
        BACKSLASH_ESCAPES,
        /** {@code `name`} is a quoted identifier (MySQL, SQLite). */
        BACKTICK_IDENTIFIERS,
        /** {@code [name]} is a quoted identifier (SQLite). */
        BRACKET_IDENTIFIERS,
        /** {@code #} starts a comment to the end of the line (MySQL). */
        HASH_COMMENTS,
        /** {@code --} starts a comment only when white space follows it (MySQL: {@code 1--1} is arithmetic). */
        DASH_COMMENTS_NEED_SPACE,
        /** Block comments nest (PostgreSQL). */
        NESTED_BLOCK_COMMENTS,
        /** {@code E'...'} strings take backslash escapes (PostgreSQL). */
        ESCAPE_STRINGS,
        /** {@code $$...$$} and {@code $tag$...$tag$} quote text (PostgreSQL function bodies). */
        DOLLAR_QUOTES,
        /** A {@code DELIMITER xx} line changes the delimiter, as the mysql client does. */
        DELIMITER_COMMAND,
        /** {@code /*! ... *}{@code /} and {@code /*+ ... *}{@code /} are code, not comments (MySQL). */
        EXECUTABLE_COMMENTS,
        /** {@code CREATE TRIGGER ... BEGIN ... END}: delimiters inside the body do not split (SQLite). */
        TRIGGER_BODIES,
        /** {@code BEGIN ATOMIC ... END}: delimiters inside the body do not split (PostgreSQL 14 routines). */
        ATOMIC_BODIES
    }

    /** Standard SQL alone. */
    public static final StandardStatementSplitter ANSI = of();

    private final Set<Feature> features;

    private StandardStatementSplitter(Set<Feature> features) {
        this.features = features;
    }

    /** Standard SQL with the given features. */
    public static StandardStatementSplitter of(Feature... features) {
        Set<Feature> set = EnumSet.noneOf(Feature.class);
        set.addAll(List.of(features));
        return new StandardStatementSplitter(java.util.Collections.unmodifiableSet(set));
    }

    /** The features this splitter has on. */
    public Set<Feature> features() {
        return features;
    }

    @Override
    public List<ScriptStatement> split(String script) {
        return new ScriptScanner(script, features).scan();
    }
}
