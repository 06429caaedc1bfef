// A newsMessage is read item by item (read_newsml_each): each item parsed
// alone, so that `convert` to jsonl holds one item at a time. It must give what
// reading the whole message gives: the same document, the same notes at the
// same lines and columns, the same errors.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "newsml/newsml_reader.hpp"
#include "support/options.hpp"
#include "support/paths.hpp"
#include "support/streaming_checks.hpp"

using namespace wirekit;
using test::formatted;
using test::RecordingSink;

namespace {

// Reads BYTES both ways and checks that they agree.
void reads_like_whole(const std::string& bytes) { test::check_reads_like_whole(read_newsml_each, read_newsml, bytes); }

const std::string g2 = "http://iptc.org/std/nar/2006-10-01/";

std::string item(int n, const std::string& extra_meta = {}) {
    return "<newsItem guid=\"urn:bench:" + std::to_string(n) + "\" standard=\"NewsML-G2\" standardversion=\"2.35\">\n"
           "  <itemMeta><itemClass qcode=\"ninat:text\"/><provider literal=\"Wire\"/>"
           "<versionCreated>2024-03-12T08:00:00Z</versionCreated></itemMeta>\n"
           "  <contentMeta><headline>Story " + std::to_string(n) + "</headline>" + extra_meta + "</contentMeta>\n"
           "  <contentSet><inlineXML contenttype=\"application/xhtml+xml\"><html xmlns=\"http://www.w3.org/1999/xhtml\">"
           "<body><p>Paragraph of story " + std::to_string(n) + ".</p></body></html></inlineXML></contentSet>\n</newsItem>";
}

std::string message(const std::string& items) {
    return "<?xml version=\"1.0\"?>\n<newsMessage xmlns=\"" + g2 + "\" xml:lang=\"en\">\n<header><sent>2024-03-12T08:00:00Z</sent>"
           "<priority>3</priority></header>\n<itemSet>\n" + items + "\n</itemSet>\n</newsMessage>\n";
}

}  // namespace

TEST_CASE("newsml streaming: every NewsML-G2 file of the shared corpora reads as it does whole", "[newsml][reader][stream]") {
    int files = 0;
    for (const char* dir : {"corpus/newsml-g2", "corpus/packages"}) {
        for (const auto& entry : std::filesystem::directory_iterator(test::shared_path(dir))) {
            if (entry.path().extension() != ".xml") continue;
            INFO(entry.path().string());
            reads_like_whole(test::read_file(entry.path().string()));
            ++files;
        }
    }
    CHECK(files > 30);
}

TEST_CASE("newsml streaming: notes from items read alone keep their lines and columns", "[newsml][reader][stream]") {
    // Item 3 is forgiven an urgency out of range; a conceptItem is left out with a note.
    std::string items = item(1) + "\n" + item(2) + "\n<!-- a comment -->\n<conceptItem guid=\"urn:c\"/>\n" +
                        item(3, "<urgency>12</urgency>");
    std::string bytes = message(items);
    reads_like_whole(bytes);
    Diagnostics diag;
    RecordingSink sink;
    read_newsml_each(bytes, test::read_options(diag), sink);
    REQUIRE(sink.doc.articles.size() == 3);
    CHECK(sink.doc.articles[2].headline == "Story 3");
    CHECK(sink.doc.articles[0].language == "en");  // xml:lang of the message holds for items read alone
    std::vector<std::string> notes = formatted(diag);
    REQUIRE(notes.size() == 2);
    CHECK(notes[0] == "in:16:1: note: <conceptItem> in the itemSet is no news item, left out");
    CHECK(notes[1] == "in:19:44: note: forgiven: an urgency that is not 1 to 9, left out");
}

TEST_CASE("newsml streaming: items are handed over before a later item's error", "[newsml][reader][stream]") {
    std::string bytes = message(item(1) + "\n" + item(2) + "\n<newsItem guid=\"urn:bad\"><itemMeta></itemmeta></newsItem>");
    Diagnostics diag;
    RecordingSink sink;
    auto both = test::read_both_ways(read_newsml_each, read_newsml, bytes, test::read_options(diag), test::read_options(diag), sink);
    CHECK(sink.doc.articles.size() == 2);
    CHECK_FALSE(both.whole_error.empty());
    CHECK(both.in_parts_error == both.whole_error);
}

TEST_CASE("newsml streaming: what cannot stream is read whole, with the same result", "[newsml][reader][stream]") {
    SECTION("text beside the items") { reads_like_whole(message(item(1) + " stray text " + item(2))); }
    SECTION("a message cut short") {
        std::string bytes = message(item(1) + item(2));
        reads_like_whole(bytes.substr(0, bytes.find("</itemSet>")));
    }
    SECTION("a single newsItem") { reads_like_whole("<?xml version=\"1.0\"?>" + item(7)); }
    SECTION("items in a prefixed namespace") {
        reads_like_whole("<g2:newsMessage xmlns:g2=\"" + g2 + "\"><g2:itemSet>" +
                         "<g2:newsItem guid=\"urn:x\"><g2:contentMeta><g2:headline>Prefixed</g2:headline></g2:contentMeta></g2:newsItem>"
                         "</g2:itemSet></g2:newsMessage>");
    }
}

TEST_CASE("newsml streaming: items read several at a time give the same articles, notes and errors", "[newsml][reader][stream][parallel]") {
    // Forgiven urgencies are counted over the whole message, at the first.
    std::string items;
    for (int n = 1; n <= 200; ++n) {
        items += item(n, n % 9 == 0 ? "<urgency>12</urgency>" : n % 13 == 0 ? "<urgency>x</urgency>" : "") + "\n";
        if (n % 17 == 0) items += "<conceptItem guid=\"urn:c" + std::to_string(n) + "\"/>\n";
    }
    reads_like_whole(message(items));

    SECTION("an error in a late item comes after every item before it") {
        std::string bad = "<newsItem guid=\"urn:bad\"><itemMeta></itemmeta></newsItem>\n";
        std::string broken = message(items.substr(0, items.find("<newsItem guid=\"urn:bench:170\"")) + bad +
                                     items.substr(items.find("<newsItem guid=\"urn:bench:170\"")));
        test::check_fails_like_whole(read_newsml_each, read_newsml, broken, 169);
    }
}
