# Sourced by ./velocity, ./mvnw and .ci/run: makes JAVA_HOME point at a JDK 21 or newer.
# Keeps JAVA_HOME when it is new enough, else takes the newest JDK under /usr/lib/jvm; stops with one line
# saying what is missing when there is none.

velocity_java_major() {
    # "21.0.5", "25", "1.8.0_402" -> 21, 25, 1
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

velocity_find_jdk() {
    local candidate major best="" best_major=0
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
        major=$(velocity_java_major "$JAVA_HOME")
        if [ "${major:-0}" -ge 21 ]; then
            return 0
        fi
    fi
    # find, not a glob: mvnw runs with globbing off (set -f).
    for candidate in $(find /usr/lib/jvm -mindepth 1 -maxdepth 1 2>/dev/null | sort); do
        [ -x "$candidate/bin/javac" ] || continue
        major=$(velocity_java_major "$candidate")
        if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
            best="$candidate"
            best_major="$major"
        fi
    done
    if [ -z "$best" ]; then
        echo "velocity: a JDK 21 or newer is needed; none found in JAVA_HOME (${JAVA_HOME:-unset}) or /usr/lib/jvm. Install one and set JAVA_HOME." >&2
        return 1
    fi
    export JAVA_HOME="$best"
}

velocity_find_jdk || exit 1
