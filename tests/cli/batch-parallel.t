# Batch conversion of 10,000 files: -j 2 gives the same files as -j 1, and
# a progress bar appears on a terminal only.

# The 30,000 files live in memory (/dev/shm) when it can: deleting them from
# a disk mounted with 'discard' takes longer than the test itself.
$ base=/dev/shm; [ -d "$base" ] && [ -w "$base" ] || base=$TMPDIR; mktemp -d "$base/wirekit-batch-XXXXXX" > bigdir
> cd "$(cat bigdir)" && /usr/bin/python3 -c '
> import os
> os.mkdir("many")
> for i in range(10000):
>     with open("many/story-%05d.txt" % i, "w") as f:
>         f.write("Ferry route %d reopens after storm\n\nREYKJAVIK (Nordic Wire - %dth March, 2024) Ferries left port again on Tuesday after gales kept them moored for two days.\n\nThe operator said timetables would be back to normal by the weekend.\n" % (i % 700, i % 28 + 1))
> '; ls many | wc -l
10000

# Stories 700 apart have the same headline, so their slugs collide: the
# numbers they get follow the input order, whatever -j is.
$ cd "$(cat bigdir)" && wirekit convert -t jsonl -o j1/ -j 1 --split --name '{slug}.{ext}' many && wirekit convert -t jsonl -o j2/ -j 2 --split --name '{slug}.{ext}' many && diff -r j1 j2 && ls j2 | wc -l && ls j2 | grep -c -- '-15\.jsonl$' && /usr/bin/python3 -c 'import json, sys; print(json.load(sys.stdin)["dateline"]["text"])' < j2/ferry-route-3-reopens-after-storm-15.jsonl
10000
200
REYKJAVIK (Nordic Wire - 4th March, 2024)

# A progress bar on a terminal (through a pseudo-terminal)...
$ cd "$(cat bigdir)" && mkdir few && cp many/story-001*.txt few/ && ls few | wc -l && script -qec 'wirekit convert -t json -o pty-out/ few' session.log > typescript.txt; grep -c 'files/s' typescript.txt; grep -o '100/100 100%' typescript.txt | head -1; grep -c ETA typescript.txt; ls pty-out | wc -l
100
1
100/100 100%
1
100

# ...and none on a pipe, in a file, with -q, or for a short batch.
$ cd "$(cat bigdir)" && wirekit convert -t json -o pipe-out/ few 2>&1 | wc -c
0

$ cd "$(cat bigdir)" && script -qec 'wirekit -q convert -t json -o quiet-out/ few' session.log | wc -c
0

$ cd "$(cat bigdir)" && script -qec 'wirekit convert -t json -o short-out/ many/story-0000*.txt' session.log | wc -c
0

$ rm -rf "$(cat bigdir)"
