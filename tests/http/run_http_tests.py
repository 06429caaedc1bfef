#!/usr/bin/python3
"""wirekit's HTTP tests: `fetch`, `push` and URL inputs against real HTTP on
loopback, served by server.py in this process.

Each test_* function runs the wirekit binary and checks its exit status,
standard output and error, the files it wrote and the requests the server
received. Retry delays and timeouts are given small values so that the whole
suite takes a few seconds.

    run_http_tests.py --wirekit BINARY [--samples DIR] [-k SUBSTRING]
"""

import argparse
import fcntl
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from server import Reply, TestServer, free_port  # noqa: E402

TOKEN = "sekret-TOKEN-5f2a9c"
TOKEN_VAR = "WIREKIT_TEST_TOKEN"
FAST = ["--retry-delay", "0.05", "--timeout", "5", "--connect-timeout", "2"]
ARGS = None


class Run:
    def __init__(self, status, out, err):
        self.status, self.out, self.err = status, out, err

    def __repr__(self):
        return f"status {self.status}\nstdout: {self.out[:600]!r}\nstderr: {self.err!r}"


def wirekit(*args, env=None, cwd=None):
    environment = {"PATH": "/usr/bin:/bin", "HOME": cwd or os.getcwd(), "LC_ALL": "C.UTF-8", "TZ": "UTC",
                   "SOURCE_DATE_EPOCH": "1700000000", TOKEN_VAR: TOKEN}
    for name in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
        if name in os.environ:
            environment[name] = os.environ[name]
    environment.update(env or {})
    p = subprocess.run([ARGS.wirekit, *args], cwd=cwd, env=environment, input=b"",
                       capture_output=True, timeout=60)
    return Run(p.returncode, p.stdout.decode("utf-8", "backslashreplace"), p.stderr.decode("utf-8", "backslashreplace"))


def expect(condition, what, run=None):
    if not condition:
        raise AssertionError(what + ("\n" + repr(run) if run is not None else ""))


def expect_status(run, status):
    expect(run.status == status, f"expected exit status {status}", run)


def no_token(*texts):
    for t in texts:
        data = t if isinstance(t, bytes) else t.encode()
        expect(TOKEN.encode() not in data, "the token appears in output")


def rss(items, extra=""):
    """A small RSS 2.0 feed; ITEMS are (guid, title) pairs."""
    body = "".join(f"<item><guid>{g}</guid><title>{t}</title><link>story/{g}.html</link>"
                   f"<description>Text of {t}.</description>{extra}</item>" for g, t in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test feed</title>'
            f"<link>http://example.test/</link><description>d</description>{body}</channel></rss>\n")


FEED = rss([("a1", "Harbour reopens"), ("a2", "Ferries return")]).encode()
RSS_TYPE = ("Content-Type", "application/rss+xml")


def articles(json_text):
    return json.loads(json_text)["articles"]


# ---- fetch ---------------------------------------------------------------

def test_fetch_200(s, tmp):
    s.route("/feed.rss", Reply(200, FEED, [RSS_TYPE]))
    r = wirekit("fetch", "-t", "json", s.url("/feed.rss"), cwd=tmp)
    expect_status(r, 0)
    got = articles(r.out)
    expect([a["headline"] for a in got] == ["Harbour reopens", "Ferries return"], "headlines", r)
    expect(r.err == "", "quiet on success", r)
    req = s.received("/feed.rss")[0]
    expect(req.method == "GET", "GET")
    expect(req.header("User-Agent") == "wirekit/0.1.0", f"User-Agent {req.header('User-Agent')}")
    ae = req.header("Accept-Encoding") or ""
    expect("gzip" in ae and "deflate" in ae, f"Accept-Encoding {ae}")
    expect(req.header("If-None-Match") is None and req.header("Authorization") is None, "no validators, no auth")


def test_fetch_relative_links_use_the_url(s, tmp):
    s.route("/news/feed.rss", Reply(200, FEED, [RSS_TYPE]))
    r = wirekit("fetch", "-t", "json", s.url("/news/feed.rss"), cwd=tmp)
    expect_status(r, 0)
    expect(articles(r.out)[0]["url"] == s.url("/news/story/a1.html"), "link resolved against the URL", r)


def test_convert_reads_urls(s, tmp):
    s.route("/c/feed.rss", Reply(200, FEED, [RSS_TYPE]))
    r = wirekit("convert", "-t", "json", s.url("/c/feed.rss"), cwd=tmp)
    expect_status(r, 0)
    expect(articles(r.out)[1]["url"] == s.url("/c/story/a2.html"), "convert fetches and resolves", r)
    s.route("/c/missing.rss", Reply(404, b"no\n"))
    r = wirekit("convert", "-t", "json", s.url("/c/missing.rss"), cwd=tmp)
    expect_status(r, 69)
    expect(r.err == f"wirekit: {s.url('/c/missing.rss')}: error: HTTP 404 Not Found\n", "404 message", r)


def conditional(validator_header, request_header, value):
    not_modified = Reply(304, b"", when=lambda q: q.header(request_header) == value)
    return not_modified, Reply(200, FEED, [RSS_TYPE, (validator_header, value)])


def test_libcurl_loaded_only_for_http(s, tmp):
    # libcurl is loaded by the first request, not by every run: LD_DEBUG=files
    # makes the dynamic loader list each library it opens.
    s.route("/feed.rss", Reply(200, FEED, [RSS_TYPE]))
    with open(os.path.join(tmp, "feed.rss"), "wb") as f:
        f.write(FEED)
    listing = {"LD_DEBUG": "files"}
    local = wirekit("convert", "-t", "json", "feed.rss", env=listing, cwd=tmp)
    expect_status(local, 0)
    expect("libpugixml" in local.err, "the loader lists the libraries it opens", local)
    loads = [line for line in local.err.splitlines() if "libcurl" in line]
    expect(not loads, "a local conversion loaded libcurl: " + "\n".join(loads[:1]))
    remote = wirekit("convert", "-t", "json", s.url("/feed.rss"), env=listing, cwd=tmp)
    expect_status(remote, 0)
    expect("libcurl" in remote.err, "reading a URL loads libcurl", remote)
    expect([a["headline"] for a in articles(remote.out)] == [a["headline"] for a in articles(local.out)],
           "the same articles either way", remote)


def test_fetch_etag_then_304(s, tmp):
    s.route("/etag.rss", *conditional("ETag", "If-None-Match", 'W/"v1-x"'))
    r = wirekit("fetch", "--state", "state.json", "-o", "out.json", s.url("/etag.rss"), cwd=tmp)
    expect_status(r, 0)
    state = json.load(open(os.path.join(tmp, "state.json")))
    expect(state["urls"][s.url("/etag.rss")]["etag"] == 'W/"v1-x"', "ETag stored exactly", state)
    out = os.path.join(tmp, "out.json")
    before = (os.stat(out).st_ino, os.stat(out).st_mtime_ns, open(out, "rb").read())
    r = wirekit("-v", "fetch", "--state", "state.json", "-o", "out.json", s.url("/etag.rss"), cwd=tmp)
    expect_status(r, 0)
    expect(f"wirekit: {s.url('/etag.rss')}: note: not modified" in r.err, "-v says not modified", r)
    after = (os.stat(out).st_ino, os.stat(out).st_mtime_ns, open(out, "rb").read())
    expect(before == after, "output untouched after 304")
    second = s.received("/etag.rss")[1]
    expect(second.header("If-None-Match") == 'W/"v1-x"', "If-None-Match sent as received")
    expect(second.header("If-Modified-Since") is None, "no If-Modified-Since without Last-Modified")


def test_fetch_several_urls(s, tmp):
    s.route("/one.rss", *conditional("ETag", "If-None-Match", '"1"'))
    s.route("/two.rss", Reply(200, rss([("t1", "Two")]).encode(), [RSS_TYPE]))
    urls = [s.url("/one.rss"), s.url("/two.rss")]
    r = wirekit("fetch", "--state", "st.json", "-t", "json", *urls, cwd=tmp)
    expect_status(r, 0)
    expect([a["headline"] for a in articles(r.out)] == ["Harbour reopens", "Ferries return", "Two"], "in order", r)
    r = wirekit("fetch", "--state", "st.json", "-t", "json", *urls, cwd=tmp)
    expect_status(r, 0)
    expect([a["headline"] for a in articles(r.out)] == ["Two"], "only what changed", r)


def test_fetch_last_modified_alone(s, tmp):
    stamp = "Tue, 11 Jun 2024 15:05:00 GMT"
    s.route("/lm.rss", *conditional("Last-Modified", "If-Modified-Since", stamp))
    for expected_out in (True, False):
        r = wirekit("fetch", "--state", "st.json", "-t", "rss", s.url("/lm.rss"), cwd=tmp)
        expect_status(r, 0)
        expect((r.out != "") == expected_out, "output on 200 only", r)
    second = s.received("/lm.rss")[1]
    expect(second.header("If-Modified-Since") == stamp and second.header("If-None-Match") is None, "If-Modified-Since alone")


def test_fetch_redirect_chain(s, tmp):
    s.route("/r1", Reply(301, b"", [("Location", "/r2")]))
    s.route("/r2", Reply(302, b"", [("Location", s.url("/final/feed.rss"))]))
    s.route("/final/feed.rss", Reply(200, FEED, [RSS_TYPE]))
    r = wirekit("-v", "fetch", "-t", "json", s.url("/r1"), cwd=tmp)
    expect_status(r, 0)
    expect("HTTP 301 Moved Permanently: redirected to " + s.url("/r2") in r.err, "301 noted", r)
    expect(articles(r.out)[0]["url"] == s.url("/final/story/a1.html"), "base is the final URL", r)


def test_fetch_redirect_loop_and_limit(s, tmp):
    s.route("/loop1", Reply(302, b"", [("Location", "/loop2")]))
    s.route("/loop2", Reply(302, b"", [("Location", "/loop1")]))
    r = wirekit("fetch", "-t", "json", s.url("/loop1"), cwd=tmp)
    expect_status(r, 69)
    expect("redirect loop" in r.err, "loop named", r)
    s.route("/hop1", Reply(302, b"", [("Location", "/hop2")]))
    s.route("/hop2", Reply(302, b"", [("Location", "/hop3")]))
    s.route("/hop3", Reply(200, FEED, [RSS_TYPE]))
    r = wirekit("fetch", "--max-redirects", "1", "-t", "json", s.url("/hop1"), cwd=tmp)
    expect_status(r, 69)
    expect("more than 1 redirects" in r.err, "limit named", r)


def test_fetch_redirect_to_file_refused(s, tmp):
    for target in ("file:///etc/passwd", "ftp://127.0.0.1/feed.rss"):
        s.route("/evil", Reply(302, b"", [("Location", target)]))
        r = wirekit("fetch", "-t", "json", s.url("/evil"), cwd=tmp)
        expect_status(r, 69)
        expect(f"refusing to follow a redirect to '{target}'" in r.err and "root:" not in r.out, "refused", r)


def test_fetch_404_no_retry(s, tmp):
    r = wirekit("fetch", *FAST, "-t", "json", s.url("/nothing"), cwd=tmp)
    expect_status(r, 69)
    expect(r.err == f"wirekit: {s.url('/nothing')}: error: HTTP 404 Not Found\n", "404 message", r)
    expect(len(s.received("/nothing")) == 1, "a 4xx is not retried")


def test_fetch_500_then_200(s, tmp):
    s.route("/flaky", Reply(500, b"oops"), Reply(200, FEED, [RSS_TYPE]))
    r = wirekit("-v", "fetch", *FAST, "-t", "json", s.url("/flaky"), cwd=tmp)
    expect_status(r, 0)
    expect(len(articles(r.out)) == 2 and len(s.received("/flaky")) == 2, "retried once", r)
    expect("HTTP 500 Internal Server Error; retrying in" in r.err, "-v notes the retry", r)


def test_fetch_503_retry_after(s, tmp):
    s.route("/busy", Reply(503, b"", [("Retry-After", "1")]), Reply(200, FEED, [RSS_TYPE]))
    r = wirekit("fetch", *FAST, "-t", "json", s.url("/busy"), cwd=tmp)
    expect_status(r, 0)
    first, second = s.received("/busy")
    expect(second.at - first.at >= 0.9, f"waited {second.at - first.at:.2f} s as Retry-After said")
    s.route("/later", Reply(503, b"", [("Retry-After", "3600")]))
    t = time.monotonic()
    r = wirekit("fetch", *FAST, "--retry-max-time", "30", "-t", "json", s.url("/later"), cwd=tmp)
    expect_status(r, 75)
    expect(time.monotonic() - t < 5 and "would pass --retry-max-time" in r.err, "gives up at once", r)


def test_fetch_retries_exhausted(s, tmp):
    s.route("/down", Reply(502, b""))
    r = wirekit("fetch", *FAST, "--retries", "2", "-t", "json", s.url("/down"), cwd=tmp)
    expect_status(r, 75)
    expect(len(s.received("/down")) == 3, "1 try + 2 retries")
    expect("HTTP 502 Bad Gateway after 3 attempts" in r.err, "message", r)


def test_fetch_timeout(s, tmp):
    s.route("/slow", Reply(200, FEED, [RSS_TYPE], delay=1.5))
    t = time.monotonic()
    r = wirekit("fetch", "--timeout", "0.3", "--retries", "0", "-t", "json", s.url("/slow"), cwd=tmp)
    expect_status(r, 75)
    expect("timed out" in r.err and time.monotonic() - t < 1.4, "timed out quickly", r)


def test_fetch_reset_mid_body(s, tmp):
    s.route("/cut", Reply(200, FEED, [RSS_TYPE], reset_after=40))
    r = wirekit("fetch", *FAST, "--retries", "1", "-t", "json", s.url("/cut"), cwd=tmp)
    expect_status(r, 75)
    expect(r.out == "" and len(s.received("/cut")) == 2, "retried, nothing written", r)
    s.route("/cut-once", Reply(200, FEED, [RSS_TYPE], reset_after=40), Reply(200, FEED, [RSS_TYPE]))
    r = wirekit("fetch", *FAST, "-t", "json", s.url("/cut-once"), cwd=tmp)
    expect_status(r, 0)


def test_fetch_body_over_limit(s, tmp):
    big = rss([(f"id{i}", "x" * 50) for i in range(100)]).encode()
    for path, reply in (("/big", Reply(200, big, [RSS_TYPE])),
                        ("/big-unsized", Reply(200, big, [RSS_TYPE], length=False)),
                        ("/big-gzip", Reply(200, gzip.compress(big), [RSS_TYPE, ("Content-Encoding", "gzip")]))):
        s.route(path, reply)
        r = wirekit("fetch", "--max-input-size", "2000", "-o", "out.json", s.url(path), cwd=tmp)
        expect_status(r, 65)
        expect("larger than the limit" in r.err and not os.path.exists(os.path.join(tmp, "out.json")), path, r)


def test_fetch_gzip(s, tmp):
    s.route("/gz", Reply(200, gzip.compress(FEED), [RSS_TYPE, ("Content-Encoding", "gzip")],
                         when=lambda q: "gzip" in (q.header("Accept-Encoding") or "")), Reply(406, b""))
    r = wirekit("fetch", "-t", "json", s.url("/gz"), cwd=tmp)
    expect_status(r, 0)
    expect(len(articles(r.out)) == 2, "gzip decoded", r)


def test_fetch_latin1_from_content_type(s, tmp):
    body = rss([("l1", "Caf\u00e9 in Reykjav\u00edk reopens")]).encode("latin-1")
    s.route("/latin1", Reply(200, body, [("Content-Type", "application/rss+xml; charset=ISO-8859-1")]))
    r = wirekit("fetch", "-t", "json", s.url("/latin1"), cwd=tmp)
    expect_status(r, 0)
    expect(articles(r.out)[0]["headline"] == "Caf\u00e9 in Reykjav\u00edk reopens", "decoded as Latin-1", r)
    expect(r.err == "", "no warning: the charset was declared", r)


def test_fetch_new_only(s, tmp):
    url = s.url("/n.rss")
    s.route("/n.rss", Reply(200, rss([("a", "A"), ("b", "B")]).encode(), [RSS_TYPE]))
    args = ["fetch", "--new-only", "--state", "st.json", "--remember", "3", "-t", "jsonl", url]
    r = wirekit(*args, cwd=tmp)
    expect_status(r, 0)
    expect(len(r.out.splitlines()) == 2, "both new", r)
    s.route("/n.rss", Reply(200, rss([("c", "C"), ("a", "A"), ("b", "B")]).encode(), [RSS_TYPE]))
    r = wirekit(*args, cwd=tmp)
    expect_status(r, 0)
    expect([json.loads(x)["headline"] for x in r.out.splitlines()] == ["C"], "only the new one", r)
    r = wirekit("-v", *args, cwd=tmp)
    expect_status(r, 0)
    expect(r.out == "" and "no new articles" in r.err, "nothing new, nothing written", r)
    s.route("/n.rss", Reply(200, rss([("d", "D"), ("e", "E")]).encode(), [RSS_TYPE]))
    wirekit(*args, cwd=tmp)
    seen = json.load(open(os.path.join(tmp, "st.json")))["urls"][url]["seen"]
    expect(len(seen) == 3 and seen[-2:] == ["d", "e"], f"bounded, oldest forgotten: {seen}")
    r = wirekit("fetch", "--new-only", "-t", "json", url, cwd=tmp)
    expect_status(r, 64)


def test_fetch_state_unchanged_on_failure(s, tmp):
    url = s.url("/f.rss")
    s.route("/f.rss", Reply(200, FEED, [RSS_TYPE, ("ETag", '"1"')]))
    expect_status(wirekit("fetch", "--new-only", "--state", "st.json", "-t", "json", url, cwd=tmp), 0)
    before = open(os.path.join(tmp, "st.json"), "rb").read()
    s.route("/f.rss", Reply(200, rss([("z", "Z")]).encode(), [RSS_TYPE, ("ETag", '"2"')]))
    r = wirekit("fetch", "--new-only", "--state", "st.json", "-o", "no/such/dir/out.json", url, cwd=tmp)
    expect_status(r, 73)
    expect(open(os.path.join(tmp, "st.json"), "rb").read() == before, "state not advanced by a failed run")
    s.route("/f.rss", Reply(200, b"<rss><channel><item>", [RSS_TYPE, ("ETag", '"3"')]))
    r = wirekit("fetch", "--strict", "--state", "st.json", "-t", "json", url, cwd=tmp)
    expect(r.status != 0 and open(os.path.join(tmp, "st.json"), "rb").read() == before, "bad feed: state kept", r)


def test_fetch_state_locked(s, tmp):
    s.route("/l.rss", Reply(200, FEED, [RSS_TYPE]))
    with open(os.path.join(tmp, "st.json.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        r = wirekit("fetch", "--state", "st.json", "-t", "json", s.url("/l.rss"), cwd=tmp)
    expect_status(r, 75)
    expect("another wirekit is using the state file" in r.err and not s.received("/l.rss"), "locked: no request", r)
    open(os.path.join(tmp, "bad.json"), "w").write("{}")
    r = wirekit("fetch", "--state", "bad.json", "-t", "json", s.url("/l.rss"), cwd=tmp)
    expect_status(r, 78)


def test_token_and_headers(s, tmp):
    other = TestServer()
    try:
        s.route("/auth", Reply(200, FEED, [RSS_TYPE]))
        s.route("/away-host", Reply(302, b"", [("Location", s.url("/auth", host="localhost"))]))
        s.route("/away-port", Reply(302, b"", [("Location", other.url("/auth"))]))
        other.route("/auth", Reply(200, FEED, [RSS_TYPE]))
        common = ["-v", "fetch", *FAST, "-t", "json", "--token-env", TOKEN_VAR, "-H", "X-Feed-Key: k1", "-H", "Cookie: c=1"]
        r = wirekit(*common, s.url("/auth"), cwd=tmp)
        expect_status(r, 0)
        req = s.received("/auth")[0]
        expect(req.header("Authorization") == "Bearer " + TOKEN and req.header("X-Feed-Key") == "k1", "sent to the host named")
        no_token(r.out, r.err)
        for path in ("/away-host", "/away-port"):
            r = wirekit(*common, s.url(path), cwd=tmp)
            expect_status(r, 0)
            no_token(r.out, r.err)
        for final in s.received("/auth")[1:] + other.received("/auth"):
            expect(final.header("Authorization") is None and final.header("Cookie") is None, "no credentials to another host")
            expect(final.header("X-Feed-Key") == "k1", "other -H headers follow")
        expect(final.header("Host") == f"127.0.0.1:{other.port}", "went to the other port")
        r = wirekit("fetch", "--token-env", "WIREKIT_UNSET", "-t", "json", s.url("/auth"), cwd=tmp)
        expect_status(r, 78)
        r = wirekit("fetch", "-H", "no colon here", "-t", "json", s.url("/auth"), cwd=tmp)
        expect_status(r, 64)
    finally:
        other.stop()


def test_netrc(s, tmp):
    s.route("/private", Reply(200, FEED, [RSS_TYPE]))
    with open(os.path.join(tmp, "netrc"), "w") as f:
        f.write("machine 127.0.0.1 login reader password pw1\n")
    r = wirekit("fetch", "--netrc-file", "netrc", "-t", "json", s.url("/private"), cwd=tmp)
    expect_status(r, 0)
    expect(s.received("/private")[0].header("Authorization") == "Basic cmVhZGVyOnB3MQ==", "netrc credentials")
    r = wirekit("fetch", "--netrc-file", "missing", "-t", "json", s.url("/private"), cwd=tmp)
    expect_status(r, 78)


# ---- push ----------------------------------------------------------------

def sample(name):
    return os.path.join(ARGS.samples, name)


def test_push_exact_bytes(s, tmp):
    s.route("/cms", Reply(201, b""))
    story = sample("harbour-strike-reykjavik.txt")
    expected = wirekit("convert", "-t", "json", story, cwd=tmp).out.encode()
    r = wirekit("push", "--token-env", TOKEN_VAR, "-t", "json", s.url("/cms"), story, cwd=tmp)
    expect_status(r, 0)
    expect(r.out == "" and r.err == "", "quiet", r)
    (req,) = s.received("/cms")
    expect(req.method == "POST" and req.body == expected, "POST with the converted bytes")
    expect(req.header("Content-Type") == "application/json", "Content-Type")
    expect(req.header("Content-Length") == str(len(expected)), "Content-Length")
    expect(req.header("Authorization") == "Bearer " + TOKEN and req.header("Expect") is None, "auth, no Expect")
    expect(req.header("User-Agent") == "wirekit/0.1.0", "User-Agent")


def test_push_methods_and_types(s, tmp):
    s.route("/put", Reply(204, b""))
    stories = [sample("harbour-strike-reykjavik.txt"), sample("canal-lock-rotterdam.txt")]
    r = wirekit("push", "-X", "PUT", "-t", "dispatch", s.url("/put"), *stories, cwd=tmp)
    expect_status(r, 0)
    reqs = s.received("/put")
    expect([q.method for q in reqs] == ["PUT", "PUT"], "one PUT per article, in order")
    expect(reqs[0].body == open(stories[0], "rb").read(), "canonical dispatch byte-exact")
    expect(reqs[0].header("Content-Type") == "text/plain; charset=utf-8", "text type")
    s.route("/whole", Reply(200, b""))
    for fmt, whole, ctype in (("newsml", True, "application/vnd.iptc.g2.newsmessage+xml"),
                              ("newsml", False, "application/vnd.iptc.g2.newsitem+xml"),
                              ("rss", True, "application/rss+xml"), ("atom", True, "application/atom+xml"),
                              ("jsonfeed", True, "application/feed+json"), ("nitf", False, "application/nitf+xml"),
                              ("newsml1", True, "application/xml"), ("anpa", True, "application/octet-stream")):
        before = len(s.received("/whole"))
        r = wirekit("push", *(["--whole"] if whole else []), "-t", fmt, s.url("/whole"), *stories, cwd=tmp)
        expect_status(r, 0)
        new = s.received("/whole")[before:]
        expect(len(new) == (1 if whole else 2) and new[0].header("Content-Type") == ctype, f"{fmt} {ctype}")


def test_push_redirects(s, tmp):
    story = sample("harbour-strike-reykjavik.txt")
    s.route("/old", Reply(301, b"", [("Location", "/new")]))
    s.route("/new", Reply(303, b"", [("Location", "/done")]))
    s.route("/done", Reply(200, b"thanks"))
    r = wirekit("push", "-t", "json", s.url("/old"), story, cwd=tmp)
    expect_status(r, 0)
    old, new, done = s.received()
    expect(old.method == new.method == "POST" and new.body == old.body and new.body, "301 repeats the POST with its body")
    expect(done.method == "GET" and done.body == b"" and done.header("Content-Type") is None, "303 continues with a GET")


def test_push_refused(s, tmp):
    s.route("/reject", Reply(422, b""))
    r = wirekit("push", *FAST, "-t", "json", s.url("/reject"), sample("harbour-strike-reykjavik.txt"), cwd=tmp)
    expect_status(r, 69)
    expect("HTTP 422 Unprocessable Entity (sending article" in r.err and len(s.received("/reject")) == 1, "422", r)
    for args in (["push", s.url("/x")], ["push", "--drain"], ["push", "--websub", s.url("/hub")]):
        expect_status(wirekit(*args, cwd=tmp), 64)


def test_push_outbox_and_drain(s, tmp):
    port = free_port()
    url = f"http://127.0.0.1:{port}/in"
    story = sample("harbour-strike-reykjavik.txt")
    expected = wirekit("convert", "-t", "json", story, cwd=tmp).out.encode()
    r = wirekit("push", *FAST, "--retries", "1", "--outbox", "box", "--token-env", TOKEN_VAR, "-H", "X-Desk: wire",
                "-t", "json", url, story, cwd=tmp)
    expect_status(r, 75)
    expect("1 entry queued in the outbox box" in r.err, "says it queued", r)
    no_token(r.out, r.err)
    entries = sorted(n for n in os.listdir(os.path.join(tmp, "box")) if not n.startswith("."))
    expect(entries == ["000000000001.request"], f"one entry: {entries}")
    saved = open(os.path.join(tmp, "box", entries[0]), "rb").read()
    no_token(saved)
    head = f"wirekit-outbox 1\nPOST {url}\nX-Desk: wire\nContent-Type: application/json\n\n".encode()
    expect(saved == head + expected, f"entry holds URL, method, headers and body: {saved[:200]!r}")
    # Still down: the new payload queues behind the old one.
    r = wirekit("push", *FAST, "--retries", "0", "--outbox", "box", "-H", "X-Desk: sport", "-t", "json", url, story, cwd=tmp)
    expect_status(r, 75)
    expect(len(os.listdir(os.path.join(tmp, "box"))) == 3, "two entries and the lock")
    back = TestServer(port)
    try:
        back.route("/in", Reply(201, b""))
        r = wirekit("-v", "push", *FAST, "--drain", "--outbox", "box", "--token-env", TOKEN_VAR, cwd=tmp)
        expect_status(r, 0)
        no_token(r.out, r.err)
        got = back.received("/in")
        expect(len(got) == 2 and all(q.body == expected for q in got), "both delivered once", r)
        expect(got[0].header("Authorization") == "Bearer " + TOKEN and got[0].header("X-Desk") == "wire", "headers")
        expect(got[1].header("X-Desk") == "sport", "each entry keeps its own headers")
        r = wirekit("push", "--drain", "--outbox", "box", cwd=tmp)
        expect_status(r, 0)
        expect(len(back.received("/in")) == 2, "nothing sent twice")
    finally:
        back.stop()


def test_drain_failures(s, tmp):
    story = sample("harbour-strike-reykjavik.txt")
    s.route("/q", Reply(503, b""))
    r = wirekit("push", *FAST, "--retries", "0", "--outbox", "box", "-t", "json", s.url("/q"), story, story, cwd=tmp)
    expect_status(r, 75)
    expect("2 entries queued" in r.err and len(s.received("/q")) == 1, "after the first failure the rest queue", r)
    r = wirekit("push", *FAST, "--retries", "0", "--drain", "--outbox", "box", cwd=tmp)
    expect_status(r, 75)
    expect("2 entries left in the outbox" in r.err, "drain stops at a temporary failure", r)
    s.route("/q", Reply(400, b""), Reply(200, b""))
    r = wirekit("push", *FAST, "--drain", "--outbox", "box", cwd=tmp)
    expect_status(r, 69)
    expect(os.listdir(os.path.join(tmp, "box", "rejected")) == ["000000000001.request"], "refused entry set aside", r)
    expect([n for n in os.listdir(os.path.join(tmp, "box")) if n.endswith(".request")] == [], "the other delivered")
    # Another push or drain holds the outbox: this one waits for it.
    lock = open(os.path.join(tmp, "box", ".lock"), "w")
    fcntl.flock(lock, fcntl.LOCK_EX)
    threading.Timer(0.5, lock.close).start()
    t = time.monotonic()
    r = wirekit("push", "--drain", "--outbox", "box", cwd=tmp)
    expect_status(r, 0)
    expect(time.monotonic() - t >= 0.4, "waited for the lock")


def test_websub(s, tmp):
    s.route("/hub", Reply(204, b""))
    r = wirekit("push", "--websub", s.url("/hub"), "--topic", "https://news.example/feed.atom?x=1", cwd=tmp)
    expect_status(r, 0)
    (req,) = s.received("/hub")
    expect(req.method == "POST" and req.header("Content-Type") == "application/x-www-form-urlencoded", "form POST")
    expect(req.body == b"hub.mode=publish&hub.url=https%3A%2F%2Fnews.example%2Ffeed.atom%3Fx%3D1", req.body)
    s.route("/feed-in", Reply(201, b""))
    r = wirekit("push", "--websub", s.url("/hub"), "--topic", "https://news.example/feed.atom",
                "-t", "atom", s.url("/feed-in"), sample("harbour-strike-reykjavik.txt"), cwd=tmp)
    expect_status(r, 0)
    expect(s.received()[-1].path == "/hub" and s.received()[-2].path == "/feed-in", "articles, then the ping")


def main():
    global ARGS
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wirekit", required=True)
    parser.add_argument("--samples", default=os.path.join(here, "..", "..", "samples"))
    parser.add_argument("-k", default="", help="run only the tests whose name holds this")
    ARGS = parser.parse_args()
    ARGS.wirekit = os.path.abspath(ARGS.wirekit)
    tests = [(n, f) for n, f in globals().items() if n.startswith("test_") and ARGS.k in n]
    failed = 0
    start = time.monotonic()
    for name, test in tests:
        server = TestServer()
        tmp = tempfile.mkdtemp(prefix="wirekit-http-")
        t = time.monotonic()
        try:
            test(server, tmp)
            print(f"ok   {name} ({time.monotonic() - t:.2f} s)")
        except Exception:
            failed += 1
            print(f"FAIL {name}")
            traceback.print_exc(file=sys.stdout)
        finally:
            server.stop()
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(tests) - failed} of {len(tests)} HTTP tests passed in {time.monotonic() - start:.1f} s")
    return 1 if failed or not tests else 0


if __name__ == "__main__":
    sys.exit(main())
