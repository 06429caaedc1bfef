# Usage and input errors of `wirekit convert`: the status follows sysexits.h,
# the message names the file GNU style, and nothing goes to standard output.

# The input is a copy in the temporary folder, so messages name it briefly.
$ cp "$SAMPLES/harbour-strike-reykjavik.txt" story.txt

# Without -t and without an -o suffix there is no output format; this is
# decided before any input is read (stdin here is empty and never read).
$ wirekit convert
! wirekit: error: no output format: give one with -t (dispatch, anpa, iptc7901, newsml, nitf, newsml1, rss, atom, ninjs, jsonfeed, json, jsonl)
[64]

$ wirekit convert -o out.data story.txt
! wirekit: error: no output format: give one with -t (dispatch, anpa, iptc7901, newsml, nitf, newsml1, rss, atom, ninjs, jsonfeed, json, jsonl)
[64]

$ wirekit convert -t xml story.txt
! wirekit: error: unknown format 'xml' for -t (known: dispatch, anpa, iptc7901, newsml, nitf, newsml1, rss, atom, ninjs, jsonfeed, json, jsonl; see 'wirekit formats')
[64]

# Format names are case-insensitive and aliases work, so -t TXT is fine;
# a missing input is status 66.
$ wirekit convert -t TXT missing.txt
! wirekit: missing.txt: error: cannot open: No such file or directory
[66]

$ wirekit convert -t json no/such/folder/story.txt
! wirekit: no/such/folder/story.txt: error: cannot open: No such file or directory
[66]

$ mkdir stories && wirekit convert -t json stories
! wirekit: stories: error: is a folder, not a file
[66]

$ wirekit convert -t json --wrap 20000 story.txt
! wirekit: error: --wrap: Value 20000 not in range 0 to 10000
! wirekit: hint: see 'wirekit --help' or 'wirekit COMMAND --help'
[64]

$ wirekit convert -t json --date 12/03/2024 story.txt
! wirekit: error: --date wants a date as YYYY-MM-DD, not '12/03/2024'
[64]

$ wirekit convert -t json --max-input-size 100 story.txt
! wirekit: story.txt: error: input is larger than the limit of 100 bytes (see --max-input-size)
[65]

$ wirekit convert -f xml -t json story.txt
! wirekit: error: unknown format 'xml' for -f (known: dispatch, anpa, iptc7901, zczc, newsml, nitf, newsml1, rss, atom, ninjs, jsonfeed, json, jsonl; see 'wirekit formats')
[64]
