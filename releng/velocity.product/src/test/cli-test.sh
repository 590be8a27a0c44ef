#!/usr/bin/env bash
# Runs the real ./velocity launcher on the product just built and checks outputs and exit codes.
# PostgreSQL and MariaDB are used when they answer (required when VELOCITY_REQUIRE_SERVERS=1).
set -uo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export VELOCITY_HOME="$work/home" VELOCITY_NO_BUILD=1
pg_url="${VELOCITY_PG_URL:-jdbc:postgresql://127.0.0.1:5432/test}"
pg_user="${VELOCITY_PG_USER:-postgres}"
my_url="${VELOCITY_MYSQL_URL:-jdbc:mysql://127.0.0.1:3306/test}"
my_user="${VELOCITY_MYSQL_USER:-root}"
passed=0
failed=0

# run NAME EXPECTED-EXIT STDIN ARGS...: runs ./velocity, keeps stdout in $out and stderr in $err.
run() {
    local name="$1" expected="$2" input="$3" code
    shift 3
    out="$(printf '%s' "$input" | "$root/velocity" "$@" 2>"$work/err")"
    code=$?
    err="$(cat "$work/err")"
    if [ "$code" -ne "$expected" ]; then
        fail "$name: exit $code, expected $expected; stderr: $err"
        return 1
    fi
    return 0
}
pass() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }
check() { # check NAME CONDITION-TEXT... : passes when the test command succeeds
    local name="$1"
    shift
    if "$@"; then pass "$name"; else fail "$name: got stdout [$out] stderr [$err]"; fi
}
contains() { [[ "$1" == *"$2"* ]]; }
reachable() { # host:port from a JDBC URL
    local hp
    hp="$(sed -E 's#^[^/]*//([^/?]+).*#\1#' <<<"$1")"
    timeout 2 bash -c "exec 3<>/dev/tcp/${hp%:*}/${hp#*:}" 2>/dev/null
}

run help 0 "" --help && check "help lists the commands" contains "$out" "test-connection"
one_line_with() { [ "$(wc -l <<<"$1")" -eq 1 ] && contains "$1" "$2"; }
DISPLAY='' WAYLAND_DISPLAY='' run no-display 3 "" \
    && check "no arguments and no display: one line pointing at the command line" one_line_with "$err" "--help"
run unknown 2 "" frobnicate && check "an unknown command is a usage error, on one line" \
    [ "$(wc -l <<<"$err")" -eq 1 ]
run no-table 2 "" schema --url "jdbc:sqlite:$work/a.db" && check "schema without --table" contains "$err" "--table"

db="$work/shop.db"
run add-sqlite 0 "" connections add shop --dialect sqlite --file "$db" && pass "connections add (sqlite)"
run create 0 "" query --connection shop --sql "CREATE TABLE items (id INTEGER PRIMARY KEY, label TEXT NOT NULL, price NUMERIC(8,2))" \
    && pass "create a table"
run insert 0 "INSERT INTO items (label, price) VALUES ('tea', 3.5), ('a \"quoted\", label', NULL)" query --connection shop \
    && check "insert from stdin reports the count" contains "$err" "2 rows affected"
run csv 0 "" query --connection shop --sql "SELECT id, label, price FROM items ORDER BY id" --format csv \
    && check "query as CSV" [ "$(tr -d '\r' <<<"$out")" = $'id,label,price\n1,tea,3.5\n2,"a ""quoted"", label",' ]
run tables 0 "" tables --connection shop --format json && check "tables as JSON" contains "$out" '"items"'
run schema 0 "" schema --connection shop --table items && check "schema shows the key" contains "$out" "(id)"
run rows 0 "" rows --connection shop --table items --page 2 --page-size 1 --format csv \
    && check "rows, second page" contains "$out" "quoted"
run syntax 1 "" query --connection shop --sql "SELECT label FROMM items" \
    && check "a syntax error names the connection" contains "$err" "Connection 'shop'"
run missing 1 "" tables --connection nowhere && check "an unknown saved connection" contains "$err" "nowhere"
run functions-sqlite 0 "" functions --connection shop --format csv \
    && check "functions on SQLite: none, and says why" contains "$err" "SQLite has no stored functions"
run sample 0 "" sample --file "$work/sample.db" && check "sample prints the new file" [ "$out" = "$work/sample.db" ]
run sample-tables 0 "" tables --connection "Sample (SQLite)" --format csv \
    && check "sample saves its connection" contains "$out" "main,orders,table,10000,"
run sample-again 1 "" sample --file "$work/sample.db" && check "sample never writes over a file" contains "$err" "exists already"

# The last field: the exit code when the saved (made-up) password is used. The test PostgreSQL trusts local
# users; MariaDB's root has an empty password, so it must refuse the saved one, which proves it was used.
servers=("postgresql|$pg_url|$pg_user|PostgreSQL|0" "mysql|$my_url|$my_user|MariaDB|1")
for s in "${servers[@]}"; do
    IFS='|' read -r name url user product saved_exit <<<"$s"
    if ! reachable "$url"; then
        if [ "${VELOCITY_REQUIRE_SERVERS:-}" = 1 ]; then fail "$name at $url does not answer"; else echo "skip $name: $url does not answer"; fi
        continue
    fi
    run "$name-test" 0 "" test-connection --url "$url" --user "$user" && check "$name: test-connection" contains "$out" "$product"
    run "$name-query" 0 "" query --url "$url" --user "$user" --sql "SELECT 41 + 1 AS answer" --format csv \
        && check "$name: query" [ "$(tr -d '\r' <<<"$out")" = $'answer\n42' ]
    run "$name-functions" 0 "" functions --url "$url" --user "$user" --format csv \
        && check "$name: functions" contains "$out" "schema,name,kind,arguments,return_type,language,comment"
    refused="$(sed -E 's#//([^/:]+):[0-9]+#//\1:1#' <<<"$url")"
    run "$name-refused" 1 "" test-connection --url "$refused" --user "$user" \
        && check "$name: a closed port is one line naming the cause" [ "$(wc -l <<<"$err")" -eq 1 ] \
        && check "$name: ... and says what to do" contains "$err" "Check that the server is running"
    # The master password first on standard input, then the database password: it works with or without a keyring.
    run "$name-save" 0 $'cli-Master-7\nnever-Written-9' connections add "saved-$name" --url "$url" --user "$user" \
            --master-password-stdin --password-stdin --save-password \
        && check "$name: the saved password is not in connections.json" bash -c "! grep -q never-Written-9 '$VELOCITY_HOME/connections.json'"
    run "$name-saved" "$saved_exit" "cli-Master-7" databases --connection "saved-$name" --master-password-stdin \
        && check "$name: the saved password is used and never printed" bash -c "! grep -q never-Written-9 <<<'$out$err'"
    run "$name-wrong-master" 1 "not-the-master" databases --connection "saved-$name" --master-password-stdin \
        && check "$name: a wrong master password is refused in one line" contains "$err" "is not the one"
done

run keychain 0 "" keychain status --format csv \
    && check "keychain status names the storage and the file" contains "$out" "$VELOCITY_HOME/secure_storage"
check "no password and no master password in any file of the home or the logs" \
    bash -c "! grep -rqa -e never-Written-9 -e cli-Master-7 '$VELOCITY_HOME' '$root/releng/velocity.product/target/products/velocity/linux/gtk/x86_64/velocity/configuration-cli'"
check "no plain key file" [ ! -e "$VELOCITY_HOME/.secret-key" ]

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
