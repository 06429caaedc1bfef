#pragma once
// Documents for the json/jsonl tests: one with every field of the model set
// (every block and inline kind, every DateTime shape, awkward characters), and
// a typical wire article.
#include <string>

#include "model/article.hpp"
#include "time/datetime.hpp"

namespace wirekit::test {

inline DateTime date(const char* rfc3339) { return *parse_rfc3339(rfc3339); }

inline Inline text(std::string s) { return Inline{Inline::Kind::text, std::move(s), {}, {}}; }
inline Inline span(Inline::Kind kind, std::vector<Inline> children, std::string href = {}) {
    return Inline{kind, {}, std::move(href), std::move(children)};
}
inline Block paragraph(std::vector<Inline> inlines) { return Block{Block::Kind::paragraph, 0, false, std::move(inlines), {}}; }
inline Block paragraph(std::string s) { return paragraph(std::vector<Inline>{text(std::move(s))}); }

inline Body full_body() {
    Body body;
    body.push_back(Block{Block::Kind::heading, 2, false, {text("Heading")}, {}});
    body.push_back(paragraph({text("Plain, "), span(Inline::Kind::emphasis, {text("emphasised "), span(Inline::Kind::strong, {text("and strong")})}),
                              text(" with a "), span(Inline::Kind::link, {text("link")}, "https://example.com/a?b=1&c=2"),
                              Inline{Inline::Kind::line_break, {}, {}, {}}, text("after the break.")}));
    body.push_back(Block{Block::Kind::quote, 0, false, {}, {paragraph("\"Quoted\" words \\ backslash."), paragraph("Second.")}});
    Block ordered{Block::Kind::list, 0, true, {}, {}};
    ordered.children.push_back(Block{Block::Kind::list_item, 0, false, {}, {paragraph("one")}});
    ordered.children.push_back(Block{Block::Kind::list_item, 0, false, {},
                                     {paragraph("two"), Block{Block::Kind::list, 0, false, {}, {Block{Block::Kind::list_item, 0, false, {text("nested")}, {}}}}}});
    body.push_back(ordered);
    body.push_back(Block{Block::Kind::preformatted, 0, false, {text("col1\tcol2\n  indented\r\nend\x01")}, {}});
    body.push_back(Block{Block::Kind::rule, 0, false, {}, {}});
    Block header_cell{Block::Kind::table_cell, 0, false, {text("Pct.")}, {}, true};
    Block empty_cell{Block::Kind::table_cell, 0, false, {}, {}};
    Block data_cell{Block::Kind::table_cell, 0, false, {text(".351")}, {}};
    body.push_back(Block{Block::Kind::table, 0, false, {},
                         {Block{Block::Kind::table_row, 0, false, {}, {empty_cell, header_cell}},
                          Block{Block::Kind::table_row, 0, false, {}, {data_cell, data_cell}}}});
    // Shapes no reader makes today, which the format still carries: a text run
    // with an href and children, an empty text run, a paragraph with child blocks.
    body.push_back(Block{Block::Kind::paragraph, 0, false,
                         {Inline{Inline::Kind::text, "odd", "https://example.com/odd", {text("child")}}, text("")},
                         {paragraph("child block")}});
    body.push_back(paragraph("Ünïcödé — “typographic” quotes, emoji 📰, CJK 新闻, RTL خبر, U+2028 \u2028 and DEL \x7F."));
    return body;
}

inline Article full_article() {
    Article a;
    a.id = "urn:uuid:6f1c1b1e-8f0b-4f7e-9d3a-1c2b3d4e5f60";
    a.version = "3";
    a.type = "text";
    a.url = "https://news.example.com/2023/06/06/dushanbe";
    a.headline = "Tajikistan, Pakistan sign accord";
    a.subheadline = "Energy and transit";
    a.slugline = "TAJIKISTAN-PAKISTAN/";
    a.summary = "The two countries signed an accord.";
    a.byline = "By Jane Doe\nand John Roe";
    a.body = full_body();
    a.trailer = "(Reporting by Jane Doe; Editing by John Roe)";
    a.dateline = {"DUSHANBE (Pakistan Point News / Sputnik - 06th June, 2023)", "DUSHANBE", "Tajikistan", date("2023-06-06"),
                  "Pakistan Point News / Sputnik"};
    a.located = {"Dushanbe", "TJ-DU", {{"Tajikistan", "TJ", "country"}, {"Asia", "", "continent"}}};
    a.creditline = "Sputnik";
    a.provider = "Pakistan Point News";
    a.sources = {"Sputnik", "APP"};
    a.authors = {{"Jane Doe", "writer", "https://example.com/jane", "jane@example.com"}, {"John Roe", "editor", "", ""}};
    a.copyright = {"Example News", "© 2023 Example News", "For subscribers only"};
    a.first_created = date("2023-06-06T10:00:00Z");
    a.version_created = date("2023-06-06T10:30:00.250+05:00");
    a.content_created = date("2023-06-06T09:59:59");  // local time, no zone
    a.published = date("2023-06-06T10:31:00.000001-03:30");
    a.updated = date("2023-06-06T12:00:00.10+00:00");  // +00:00 is written "Z"
    a.embargoed = date("2023-06-07");
    a.language = "en-GB";
    a.urgency = 3;
    a.priority = -1;
    a.pub_status = "usable";
    a.signals = {"update", "correction"};
    a.editor_note = "Corrects spelling of minister's name";
    a.genres = {{"genre", "Current", "http://cv.iptc.org/newscodes/genre/Current", "Current", "abstract", std::nullopt}};
    a.subjects = {{"medtop", "20000763", "http://cv.iptc.org/newscodes/mediatopic/20000763", "energy", "abstract", 90},
                  {"", "", "", "Shehbaz Sharif", "person", 0}};
    a.keywords = {"energy", "", "transit"};
    Media picture;
    picture.url = "https://example.com/p.jpg";
    picture.mime_type = "image/jpeg";
    picture.role = "picture";
    picture.width = 1024;
    picture.height = 768;
    picture.bytes = 123456789012LL;
    picture.caption = "Caption";
    picture.credit = "Photo: X";
    picture.alt_text = "Two ministers";
    picture.id = "urn:example:picture:1";
    picture.type = "picture";
    picture.title = "Ministers meet";
    picture.by = "Ann Example";
    picture.copyright = {"Example News", "(c) Example News", "Editorial use only"};
    picture.rendition = "rnd:highRes";
    picture.renditions = {{"rnd:thumbnail", "https://example.com/p-thumb.jpg", "image/jpeg", 256, 192, 20480, std::nullopt},
                          {"", "https://example.com/p.webp", "", std::nullopt, std::nullopt, std::nullopt, 0.5}};
    Media video;
    video.url = "https://example.com/v.mp4";
    video.mime_type = "video/mp4";
    video.role = "video";
    video.duration = 93.25;
    Media audio;
    audio.url = "https://example.com/a.mp3";
    audio.mime_type = "audio/mpeg";
    audio.role = "audio";
    audio.width = audio.height = audio.bytes = 0;
    audio.duration = 30.0;
    a.media = {picture, video, audio};
    a.links = {{"alternate", "https://example.com/amp", "text/html", "AMP version", "en", 5120}};
    a.extensions = {{"newsml", "{http://iptc.org/std/nar/2006-10-01/}edNote", "<edNote>x</edNote>"},
                    {"dispatch", "dateline-separator", " -- "},
                    {"json", "flag", ""}};
    return a;
}

inline FeedInfo full_feed() {
    FeedInfo f;
    f.title = "Example News: World";
    f.subtitle = "The world, daily";
    f.description = "World news from Example News";
    f.link = "https://news.example.com/world";
    f.self_url = "https://news.example.com/world.json";
    f.id = "tag:news.example.com,2023:world";
    f.language = "en";
    f.published = date("2023-06-06T06:00:00+01:00");
    f.updated = date("2023-06-06T12:00:00+01:00");
    f.created = date("2020-01-01");
    f.rights = "© 2023 Example News";
    f.image = {"https://news.example.com/logo.png", "Example News", "https://news.example.com/"};
    f.authors = {{"Desk", "", "", "desk@example.com"}};
    f.categories = {Concept{"https://news.example.com/sections", "world", "", "World", "", {}}, Concept{"", "", "", "Asia", "", {}}};
    f.generator = "wirekit";
    f.generator_version = "0.1";
    f.generator_uri = "https://wirekit.example/";
    f.explicit_content = false;
    f.ttl = 15;
    f.hub_url = "https://hub.example.com/";
    f.extensions = {{"rss", "cloud", "<cloud domain=\"x\"/>"}};
    return f;
}

inline Document full_document() {
    Document doc;
    doc.feed = full_feed();
    doc.articles.push_back(full_article());
    Article second;
    second.headline = "Second article, headline only";
    doc.articles.push_back(second);
    doc.articles.push_back(Article{});  // entirely empty
    return doc;
}

// A typical wire article: six paragraphs of plain text.
inline Article typical_article(int n) {
    Article a;
    a.id = "urn:uuid:00000000-0000-4000-8000-" + std::to_string(100000000000LL + n);
    a.headline = "Central bank holds rates steady as inflation eases for third month";
    a.byline = "By Jane Doe";
    a.dateline = {"LONDON, June 6 (Example News)", "LONDON", "", date("2023-06-06"), "Example News"};
    a.published = date("2023-06-06T10:31:00Z");
    a.language = "en";
    a.urgency = 3;
    a.subjects = {{"medtop", "20000763", "", "economy", "abstract", std::nullopt}};
    for (int p = 0; p < 6; ++p)
        a.body.push_back(paragraph(
            "The central bank kept its benchmark rate unchanged on Tuesday, saying price pressures had eased for a third "
            "straight month, though policymakers warned that wage growth remained too strong to declare victory "
            "over inflation, which has squeezed household budgets across the country."));
    a.trailer = "(Reporting by Jane Doe; Editing by John Roe)";
    return a;
}

}  // namespace wirekit::test
