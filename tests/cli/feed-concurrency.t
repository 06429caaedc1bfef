# `wirekit feed` under cron: runs that overlap, and runs that are killed.

# Forty articles, two for each of twenty rounds.
$ for i in $(seq 20); do for p in a b; do printf '{"id":"urn:x:%s%02d","headline":"Story %s %d","published":"2023-11-%02dT%02d:00:00Z"}\n' $p $i $p $i $((i % 28 + 1)) $((i % 24)) > $p$i.jsonl; done; done; ls | wc -l
40

# Each round starts two runs publishing different articles into the same
# feed at the same moment; the lock makes the second wait for the first.
$ for i in $(seq 20); do wirekit feed --wait 30 -t atom shared.atom a$i.jsonl & wirekit feed --wait 30 -t atom shared.atom b$i.jsonl & wait; done; echo done
done

$ xmllint --noout --relaxng "$SHARED/formats-ref/atom/atom.rng" shared.atom
! shared.atom validates

$ wirekit convert -t jsonl shared.atom | wc -l
40

$ wirekit convert -t jsonl shared.atom | /usr/bin/python3 -c 'import json, sys; ids = sorted(json.loads(l)["id"] for l in sys.stdin); print(len(set(ids)), ids[0], ids[-1])'
40 urn:x:a01 urn:x:b20

# A run killed with SIGKILL while it writes the feed leaves the old feed as
# it was. The input is large (12,000 articles, a 9 MB feed) so that writing
# takes a while; the kill comes as soon as the temporary file appears.
$ /usr/bin/python3 -c '
> import json
> body = [{"kind": "paragraph", "inlines": ["Ferries stayed in port for a second day as gales swept the coast. " * 8]}]
> with open("big.jsonl", "w") as f:
>     for i in range(12000):
>         f.write(json.dumps({"id": "urn:x:big%05d" % i, "headline": "Big %d" % i, "published": "2023-11-13T00:00:00Z", "body": body}) + "\n")
> '

$ /usr/bin/python3 -c '
> import os, signal, subprocess, time
> old = open("shared.atom", "rb").read()
> temp = lambda: [n for n in os.listdir(".") if n.startswith(".shared.atom.wirekit-")]
> for round in range(3):
>     p = subprocess.Popen(["wirekit", "feed", "shared.atom", "big.jsonl"])
>     while p.poll() is None and not temp():
>         time.sleep(0.0005)
>     p.send_signal(signal.SIGKILL)
>     p.wait()
>     print("killed" if p.returncode == -signal.SIGKILL else "finished", "while writing" if temp() else "",
>           "old feed intact" if open("shared.atom", "rb").read() == old else "FEED CHANGED")
>     for name in temp():
>         os.unlink(name)
> '
killed while writing old feed intact
killed while writing old feed intact
killed while writing old feed intact

$ xmllint --noout --relaxng "$SHARED/formats-ref/atom/atom.rng" shared.atom
! shared.atom validates

# Left alone, the same run completes.
$ wirekit feed shared.atom big.jsonl && wirekit convert -t jsonl shared.atom | wc -l
12040
