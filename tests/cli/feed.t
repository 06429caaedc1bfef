# `wirekit feed`: articles upserted into a published feed by id, newest
# first, within --max-items and --max-age; locked, written atomically, and
# left untouched when nothing changed. SOURCE_DATE_EPOCH is 2023-11-14.

$ printf '%s\n' '{"id":"urn:x:a","version":"1","headline":"Alpha","published":"2023-11-10T08:00:00Z"}' > a1.jsonl
> printf '%s\n' '{"id":"urn:x:a","version":"2","headline":"Alpha, corrected","published":"2023-11-10T08:00:00Z"}' > a2.jsonl
> printf '%s\n' '{"id":"urn:x:b","headline":"Bravo","published":"2023-11-12T08:00:00+05:00"}' > b.jsonl
> printf '%s\n' '{"id":"urn:x:c","headline":"Charlie","published":"2023-11-11T08:00:00Z"}' > c.jsonl
> printf '%s\n' '{"id":"urn:x:old","headline":"Old","published":"2023-01-01T00:00:00Z"}' > old.jsonl
> headlines() { wirekit convert -t jsonl "$1" | /usr/bin/python3 -c 'import json, sys; [print(json.loads(l)["headline"]) for l in sys.stdin]'; }
> declare -f headlines > lib.sh

# A new feed takes its format from -t or its suffix.
$ wirekit feed news.xml a1.jsonl
! wirekit: news.xml: error: cannot tell the format of a new feed from its name; give -t rss, -t atom or -t jsonfeed
[64]

$ ls
a1.jsonl
a2.jsonl
b.jsonl
c.jsonl
lib.sh
old.jsonl

$ wirekit -v feed --title World --link https://news.example/ --self-url https://news.example/world.atom world.atom a1.jsonl b.jsonl
! wirekit: a1.jsonl: note: reading jsonl (file suffix .jsonl)
! wirekit: b.jsonl: note: reading jsonl (file suffix .jsonl)
! wirekit: world.atom: note: updated: 2 added, 0 replaced, 0 dropped; 2 in the feed

$ . ./lib.sh && headlines world.atom
Bravo
Alpha

$ xmllint --noout --relaxng "$SHARED/formats-ref/atom/atom.rng" world.atom
! world.atom validates

# The same inputs again change nothing: the same bytes, the same mtime.
$ cp world.atom before.atom && touch -d 2020-01-01T00:00:00Z world.atom && wirekit -v feed world.atom b.jsonl a1.jsonl && cmp world.atom before.atom && stat -c %y world.atom
2020-01-01 00:00:00.000000000 +0000
! wirekit: b.jsonl: note: reading jsonl (file suffix .jsonl)
! wirekit: a1.jsonl: note: reading jsonl (file suffix .jsonl)
! wirekit: world.atom: note: reading atom (file suffix .atom)
! wirekit: world.atom: note: unchanged (0 added, 0 replaced, 0 dropped); not written

# --unchanged-status tells a script that nothing changed.
$ wirekit feed --unchanged-status 3 world.atom a1.jsonl
[3]

# A newer version replaces its entry; the older one again changes nothing.
$ wirekit -v feed world.atom a2.jsonl && . ./lib.sh && headlines world.atom
Bravo
Alpha, corrected
! wirekit: a2.jsonl: note: reading jsonl (file suffix .jsonl)
! wirekit: world.atom: note: reading atom (file suffix .atom)
! wirekit: world.atom: note: updated: 0 added, 1 replaced, 0 dropped; 2 in the feed

$ wirekit -v feed world.atom a1.jsonl && . ./lib.sh && headlines world.atom
Bravo
Alpha, corrected
! wirekit: a1.jsonl: note: reading jsonl (file suffix .jsonl)
! wirekit: world.atom: note: reading atom (file suffix .atom)
! wirekit: world.atom: note: unchanged (0 added, 0 replaced, 0 dropped); not written

# Newest first: Charlie (11th) goes between Bravo (12th) and Alpha (10th).
$ wirekit feed world.atom c.jsonl && . ./lib.sh && headlines world.atom
Bravo
Charlie
Alpha, corrected

# An article older than --max-age is not added; --max-items keeps the newest.
$ wirekit -v feed --max-age 30d world.atom old.jsonl
! wirekit: old.jsonl: note: reading jsonl (file suffix .jsonl)
! wirekit: world.atom: note: reading atom (file suffix .atom)
! wirekit: world.atom: note: unchanged (1 added, 0 replaced, 1 dropped); not written

$ wirekit -v feed --max-items 2 world.atom && . ./lib.sh && headlines world.atom
Bravo
Charlie
! wirekit: world.atom: note: reading atom (file suffix .atom)
! wirekit: world.atom: note: updated: 0 added, 0 replaced, 1 dropped; 2 in the feed

$ wirekit -v feed --max-age 3d world.atom && . ./lib.sh && headlines world.atom
Bravo
! wirekit: world.atom: note: reading atom (file suffix .atom)
! wirekit: world.atom: note: updated: 0 added, 0 replaced, 1 dropped; 1 in the feed

# The channel is kept unless an option changes it.
$ wirekit convert -t json world.atom | /usr/bin/python3 -c 'import json, sys; f = json.load(sys.stdin)["feed"]; print(f["title"], f["link"], f["self_url"])'
World https://news.example/ https://news.example/world.atom

$ wirekit feed --title 'World news' world.atom && wirekit convert -t json world.atom | /usr/bin/python3 -c 'import json, sys; f = json.load(sys.stdin)["feed"]; print(f["title"], f["link"], f["self_url"])'
World news https://news.example/ https://news.example/world.atom

$ xmllint --noout --relaxng "$SHARED/formats-ref/atom/atom.rng" world.atom
! world.atom validates

# Another run holding the lock: exit 75 at once, or wait with --wait.
$ flock world.atom.lock sleep 2 & sleep 0.5; cp world.atom held.atom; wirekit feed world.atom c.jsonl a1.jsonl old.jsonl; echo "status $?"; cmp world.atom held.atom && wirekit -v feed --wait 10 world.atom old.jsonl
status 75
! wirekit: world.atom.lock: error: another wirekit is using the feed world.atom; try again later (--wait SECONDS waits for it)
! wirekit: old.jsonl: note: reading jsonl (file suffix .jsonl)
! wirekit: world.atom: note: reading atom (file suffix .atom)
! wirekit: world.atom: note: updated: 1 added, 0 replaced, 0 dropped; 2 in the feed

# A bad input fails before the feed is touched.
$ cp world.atom before-bad.atom && printf 'not json\n' > bad.jsonl && wirekit feed world.atom c.jsonl bad.jsonl; cmp world.atom before-bad.atom && echo untouched
untouched
! wirekit: bad.jsonl:1:2: error: invalid JSON: syntax error while parsing value - invalid literal; last read: 'no'

# --ping needs the hub and the feed's URL; nothing is written without them.
$ wirekit feed --ping world.atom a1.jsonl
! wirekit: world.atom: error: --ping needs the feed's hub and its own URL: give --hub and --self-url (once; the feed keeps them)
[64]

# The existing file decides its format; -t too.
$ cp world.atom feed.xml && wirekit -v feed feed.xml old.jsonl
! wirekit: old.jsonl: note: reading jsonl (file suffix .jsonl)
! wirekit: feed.xml: note: reading atom (content sniffing (score 95))
! wirekit: feed.xml: note: unchanged (0 added, 0 replaced, 0 dropped); not written

$ wirekit feed -t rss --title Lakes lakes.xml "$SAMPLES/lakeside-ferry-timetable.rss" c.jsonl && . ./lib.sh && headlines lakes.xml
Ferry operator cuts winter crossings on Lake Varnen
Council approves new cycle path along the north shore
Listen: the week on the lake, episode 112
Charlie

$ wirekit feed --max-items 1 night.feed.json "$SAMPLES/night-market-kaohsiung.feed.json" b.jsonl && . ./lib.sh && headlines night.feed.json
Night market returns to Pier-2 after harbour works

# Dispatches get stable ids from their content, so republishing one changes nothing.
$ cp "$SAMPLES/harbour-strike-reykjavik.txt" story.txt && wirekit feed world.atom story.txt && cp world.atom d.atom && wirekit -v feed world.atom story.txt && cmp world.atom d.atom && echo same
same
! wirekit: story.txt: note: reading dispatch (file suffix .txt)
! wirekit: story.txt:3: note: dateline 'REYKJAVIK (Nordic Wire / Baltic Press - 12th March, 2024)'
! wirekit: story.txt:1: note: language guessed: en
! wirekit: world.atom: note: reading atom (file suffix .atom)
! wirekit: world.atom: note: unchanged (0 added, 0 replaced, 0 dropped); not written

# --ping: after a change, a WebSub publish notification for --self-url goes
# to --hub (a one-request server on the loopback here); no ping when nothing
# changed.
$ /usr/bin/python3 -c '
> import http.server
> class Hub(http.server.BaseHTTPRequestHandler):
>     def do_POST(self):
>         body = self.rfile.read(int(self.headers["Content-Length"])).decode()
>         print(self.headers["Content-Type"], body, flush=True)
>         self.send_response(204)
>         self.end_headers()
>     def log_message(self, *args):
>         pass
> server = http.server.HTTPServer(("127.0.0.1", 0), Hub)
> open("port", "w").write(str(server.server_port))
> server.handle_request()
> ' > hub.log & while [ ! -s port ]; do sleep 0.05; done; wirekit -v feed --ping --hub "http://127.0.0.1:$(cat port)/" world.atom c.jsonl 2>&1 | grep -v reading | sed "s/127.0.0.1:[0-9]*/127.0.0.1:PORT/"; wait; cat hub.log
wirekit: world.atom: note: updated: 1 added, 0 replaced, 0 dropped; 4 in the feed
wirekit: http://127.0.0.1:PORT/: note: sending the WebSub notification for https://news.example/world.atom
wirekit: http://127.0.0.1:PORT/: note: HTTP 204 No Content, 0 bytes
application/x-www-form-urlencoded hub.mode=publish&hub.url=https%3A%2F%2Fnews.example%2Fworld.atom

$ wirekit -v feed --ping world.atom c.jsonl 2>&1 | grep -v reading
wirekit: world.atom: note: unchanged (0 added, 0 replaced, 0 dropped); not written
