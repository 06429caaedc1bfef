# `wirekit validate` prints each problem as FILE:LINE:COL: error: MESSAGE on
# standard output, nothing for a valid input; status 65 when any input is
# invalid.

# A valid sample: silent, status 0.
$ cd "$SAMPLES" && wirekit validate glacier-survey-tromso.ninjs night-market-kaohsiung.feed.json harbour-strike-reykjavik.txt

# An invalid file: every finding, in document order.
$ cp "$TESTDIR/../validate/cases/jsonfeed-broken.feed.json" broken.feed.json && wirekit validate broken.feed.json
broken.feed.json:2:3: error: version: expected one of "https://jsonfeed.org/version/1", "https://jsonfeed.org/version/1.1", got "1.1"
broken.feed.json:2:3: error: version: expected an absolute URI, got "1.1"
broken.feed.json:4:3: error: home_page_url: expected an absolute URI, got "night-market"
broken.feed.json:6:5: error: items[0]: missing required member "content_html" or "content_text"
broken.feed.json:7:6: error: items[1].id: expected a string, got 2
broken.feed.json:7:47: error: items[1].date_published: expected an RFC 3339 date-time such as 2024-03-12T08:00:00Z, got "2024-02-30T10:00:00Z"
broken.feed.json:8:61: error: items[2].attachments[0]: missing required member "mime_type"
broken.feed.json:9:18: error: items[2].authors[0]: expected a non-empty object
broken.feed.json:9:23: error: items[2].tags: expected an array, got "food"
broken.feed.json:11:3: error: feed.x: unknown member (not allowed here)
[65]

# Several inputs, valid and invalid mixed: all are checked.
$ cp "$TESTDIR/../validate/cases/ninjs-3.1-broken.ninjs" broken.ninjs && cp "$SAMPLES/glacier-survey-tromso.ninjs" good.ninjs
> wirekit validate good.ninjs broken.ninjs good.ninjs
broken.ninjs:4:3: error: pubStatus: expected one of "usable", "withheld", "canceled", got "published"
broken.ninjs:5:3: error: urgency: expected an integer from 1 to 9, got 12
broken.ninjs:6:75: error: renditions[0].width: expected an integer, got 1024.5
broken.ninjs:6:92: error: renditions[0].scanType: expected one of "progressive", "interlaced", got "diagonal"
broken.ninjs:7:3: error: rightsInfo: expected "linkedRights" or "encodedRights", not both
broken.ninjs:8:30: error: eventDetails.dates.expectedStartDate: expected a string matching the pattern ^(-?(?:[1-9][0-9]*)?[0-9]{4})(-(1[0-2]|0[1-9])(-(3[01]|0[1-9]|[12][0-9])(T(2[0-3]|[01][0-9]):([0-5][0-9]):([0-5][0-9])(\.[0-9]+)?(Z|[+-](?:2[0-3]|[01][0-9]):[0-5][0-9])?)?)?)?$, got "2025-13"
[65]

# -v adds a verdict a file on standard output, and notes (the reader, the
# ninjs version) on standard error.
$ wirekit -v validate good.ninjs broken.ninjs
good.ninjs: valid (ninjs)
broken.ninjs:4:3: error: pubStatus: expected one of "usable", "withheld", "canceled", got "published"
broken.ninjs:5:3: error: urgency: expected an integer from 1 to 9, got 12
broken.ninjs:6:75: error: renditions[0].width: expected an integer, got 1024.5
broken.ninjs:6:92: error: renditions[0].scanType: expected one of "progressive", "interlaced", got "diagonal"
broken.ninjs:7:3: error: rightsInfo: expected "linkedRights" or "encodedRights", not both
broken.ninjs:8:30: error: eventDetails.dates.expectedStartDate: expected a string matching the pattern ^(-?(?:[1-9][0-9]*)?[0-9]{4})(-(1[0-2]|0[1-9])(-(3[01]|0[1-9]|[12][0-9])(T(2[0-3]|[01][0-9]):([0-5][0-9]):([0-5][0-9])(\.[0-9]+)?(Z|[+-](?:2[0-3]|[01][0-9]):[0-5][0-9])?)?)?)?$, got "2025-13"
broken.ninjs: invalid (ninjs): 6 errors, 0 warnings
! wirekit: good.ninjs: note: reading ninjs (file suffix .ninjs)
! wirekit: good.ninjs: note: checked against ninjs 2.2 (2.x property names)
! wirekit: good.ninjs: note: read as ninjs 2.x (2.x property names)
! wirekit: broken.ninjs: note: reading ninjs (file suffix .ninjs)
! wirekit: broken.ninjs: note: checked against ninjs 3.1 (camelCase property names)
! wirekit: broken.ninjs: note: read as ninjs 3.x (camelCase property names)
[65]

# -q prints nothing: the status tells.
$ wirekit -q validate good.ninjs broken.ninjs
[65]

# -f forces the format: a suffix would have said dispatch.
$ cp "$TESTDIR/../validate/cases/json-valid.json" story.txt && wirekit -v validate -f json story.txt
story.txt: valid (json)
! wirekit: story.txt: note: reading json (given with -f)

# Standard input, named <stdin>; its content decides the format.
$ wirekit validate < "$TESTDIR/../validate/cases/jsonl-broken.jsonl"
<stdin>:2:11: error: headline: expected a string, got 7
<stdin>:2:47: error: links[0].href: expected a non-empty string
<stdin>:4:64: error: extensions[0].extra: unknown member (not allowed here)
[65]

$ wirekit convert -t json "$SAMPLES/canal-lock-rotterdam.txt" | wirekit -v validate -
<stdin>: valid (json)
! wirekit: <stdin>: note: reading json (content sniffing (score 95))

# JSON that does not parse is one finding at its place.
$ printf '{"wirekit": 1,\n "articles": [}\n' > bad.json && wirekit validate bad.json
bad.json:2:15: error: invalid JSON: syntax error while parsing value - unexpected '}'; expected '[', '{', or a literal
[65]

# An input that cannot be read is an error on standard error (66); the
# others are still checked, and 66 outranks 65.
$ wirekit validate missing.ninjs broken.ninjs good.ninjs
broken.ninjs:4:3: error: pubStatus: expected one of "usable", "withheld", "canceled", got "published"
broken.ninjs:5:3: error: urgency: expected an integer from 1 to 9, got 12
broken.ninjs:6:75: error: renditions[0].width: expected an integer, got 1024.5
broken.ninjs:6:92: error: renditions[0].scanType: expected one of "progressive", "interlaced", got "diagonal"
broken.ninjs:7:3: error: rightsInfo: expected "linkedRights" or "encodedRights", not both
broken.ninjs:8:30: error: eventDetails.dates.expectedStartDate: expected a string matching the pattern ^(-?(?:[1-9][0-9]*)?[0-9]{4})(-(1[0-2]|0[1-9])(-(3[01]|0[1-9]|[12][0-9])(T(2[0-3]|[01][0-9]):([0-5][0-9]):([0-5][0-9])(\.[0-9]+)?(Z|[+-](?:2[0-3]|[01][0-9]):[0-5][0-9])?)?)?)?$, got "2025-13"
! wirekit: missing.ninjs: error: cannot open: No such file or directory
[66]

# A format with no rules of its own is checked by its strict reader.
$ printf 'Headline\n\nBody \377 text.\n' > bad.txt && wirekit validate bad.txt
bad.txt: error: input is not valid UTF-8 (--strict)
[65]

# Usage errors: an unknown format.
$ wirekit validate -f xml good.ninjs
! wirekit: error: unknown format 'xml' for -f (known: dispatch, anpa, iptc7901, zczc, newsml, nitf, newsml1, rss, atom, ninjs, jsonfeed, json, jsonl; see 'wirekit formats')
[64]

# What the rules allow but wirekit reads only by guessing (here a date-time
# without a zone, which NewsML-G2 allows) is a warning: the input is valid,
# unless --warnings-as-errors.
$ cp "$SHARED/corpus/newsml-g2/superdesk-core__stt1.xml" stt.xml && wirekit validate stt.xml
stt.xml:8:9: warning: a date-time without a zone, kept as a local time (--strict)

$ wirekit validate --warnings-as-errors stt.xml
stt.xml:8:9: warning: a date-time without a zone, kept as a local time (--strict)
[65]
