#!/bin/sh
# Checks that every long option a command prints in its --help appears in
# that command's man page (DESIGN.md, habit 7).
#
#   check_man_options.sh BINARY MANDIR
#
# Pages and the help they are checked against:
#   wirekit.1          BINARY --help  and  BINARY formats --help
#   wirekit-convert.1  BINARY convert --help
#   wirekit-detect.1   BINARY detect --help
#   wirekit-fetch.1    BINARY fetch --help
#   wirekit-push.1     BINARY push --help
#   wirekit-feed.1     BINARY feed --help
#   wirekit-validate.1 BINARY validate --help
# An option counts as documented when the page's roff source, with hyphen
# escapes (\-) and font escapes (\fB, \fR, ...) removed, contains it as a whole
# word. Exits 1 naming each missing page and option, 0 when all are present.
set -u

if [ $# -ne 2 ]; then
    echo "usage: $0 BINARY MANDIR" >&2
    exit 64
fi
binary=$1
mandir=$2
failed=0

# Long options of one help text, one a line: the first word of each option
# line ("-f,--from", "--wrap"), split at commas, keeping the "--" forms.
long_options() {
    sed -n 's/^[[:space:]]\{1,\}\(-[^[:space:]]*\).*/\1/p' | tr ',' '\n' | grep -- '^--' | sort -u
}

# The page as plain text, close enough for a word search.
page_text() {
    sed -e 's/\\-/-/g' -e 's/\\f\[[^]]*\]//g' -e 's/\\f(..//g' -e 's/\\f.//g' -e 's/\\&//g' "$1"
}

check() {
    page=$1
    shift
    path="$mandir/$page"
    if [ ! -f "$path" ]; then
        echo "$path: missing man page (for '$*')"
        failed=1
        return
    fi
    if ! help=$("$binary" "$@" 2>&1); then
        echo "$binary $*: failed:"
        echo "$help"
        failed=1
        return
    fi
    options=$(printf '%s\n' "$help" | long_options)
    if [ -z "$options" ]; then
        echo "$binary $*: no long options found in the help text"
        failed=1
        return
    fi
    text=$(page_text "$path")
    for option in $options; do
        if ! printf '%s\n' "$text" | grep -Eq -e "(^|[^A-Za-z0-9-])$option([^A-Za-z0-9-]|\$)"; then
            echo "$path: does not document $option (from '$(basename "$binary") $*')"
            failed=1
        fi
    done
}

check wirekit.1 --help
check wirekit.1 formats --help
check wirekit-convert.1 convert --help
check wirekit-detect.1 detect --help
check wirekit-fetch.1 fetch --help
check wirekit-push.1 push --help
check wirekit-feed.1 feed --help
check wirekit-validate.1 validate --help

if [ "$failed" -ne 0 ]; then
    echo "FAIL: man pages in $mandir lack options (see above)"
    exit 1
fi
echo "ok: every long option is documented"
