#include <catch2/catch.hpp>

#include "story/story_paragraphs.hpp"
#include "text/ascii_scan.hpp"
#include "text/markup_escape.hpp"
#include "text/text.hpp"

using namespace wirekit;

namespace {

// skip_single_spaced one byte at a time, as its comment states it.
std::size_t skip_single_spaced_bytewise(std::string_view text, std::size_t from) {
    for (; from < text.size(); ++from) {
        auto byte = static_cast<unsigned char>(text[from]);
        if (byte < 0x20 || (byte == ' ' && from > 0 && text[from - 1] == ' ')) break;
    }
    return from;
}

std::size_t skip_plain_ascii_bytewise(std::string_view text, std::size_t from, std::string_view stops) {
    for (; from < text.size(); ++from) {
        auto byte = static_cast<unsigned char>(text[from]);
        if (byte < 0x20 || byte >= 0x80 || stops.find(text[from]) != std::string_view::npos) break;
    }
    return from;
}

std::size_t skip_ascii_bytewise(std::string_view text, std::size_t from) {
    while (from < text.size() && static_cast<unsigned char>(text[from]) < 0x80) ++from;
    return from;
}

std::size_t skip_unescaped_bytewise(std::string_view text, std::size_t from, bool quotes) {
    std::string_view stops = quotes ? "&<>\"'" : "&<>";
    while (from < text.size() && stops.find(text[from]) == std::string_view::npos) ++from;
    return from;
}

std::size_t skip_to_byte_or_pair_bytewise(std::string_view text, std::size_t from) {
    for (; from < text.size(); ++from) {
        if (text[from] == '&') break;
        if (text[from] == '<' && from + 1 < text.size() && (text[from + 1] == '!' || text[from + 1] == '?')) break;
    }
    return from;
}

}  // namespace

TEST_CASE("skip_to_byte_or_pair stops at the byte and at the pairs only, wherever they fall in a word", "[text]") {
    const std::string base = "<p>Residents of <b>Holmby</b> said the plan would change how people travel.</p>";
    // A lead alone, a lead at the very end, pairs split across the sixteen-byte blocks, a follower alone.
    for (std::string_view inserted : {"&", "<!", "<?", "<", "!", "?", "<<!", "<&", "\xC3\xB3<!--"}) {
        for (std::size_t at = 0; at <= base.size(); ++at) {
            std::string text = base.substr(0, at) + std::string(inserted) + base.substr(at);
            for (std::string_view tail : {"", "<"}) {
                std::string whole = text + std::string(tail);
                for (std::size_t from = 0; from <= whole.size(); ++from) {
                    INFO(whole << " from " << from);
                    CHECK(skip_to_byte_or_pair(whole, from, '&', '<', '!', '?') == skip_to_byte_or_pair_bytewise(whole, from));
                }
            }
        }
    }
}

TEST_CASE("the ASCII skips stop at the first byte they name, wherever it falls in a word", "[text]") {
    const std::string base = "Residents of Holmby said the plan would change how people travel to work.";
    // Bytes just beside the limits, and pairs whose borrow could flag the byte above them.
    for (std::string_view inserted : std::initializer_list<std::string_view>{"\x1F", "\n", "\x01\x20", std::string_view("\0!", 2), "\x7F", "\x80", "\xC3\xB3", "\xFF\x1F", "<", "&", "<&"}) {
        for (std::size_t at = 0; at <= base.size(); ++at) {
            std::string text = base.substr(0, at) + std::string(inserted) + base.substr(at);
            for (std::size_t from = 0; from <= text.size(); from += 5) {
                INFO(at << " from " << from);
                CHECK(skip_plain_ascii(text, from) == skip_plain_ascii_bytewise(text, from, ""));
                CHECK(skip_plain_ascii(text, from, '<', '&') == skip_plain_ascii_bytewise(text, from, "<&"));
                CHECK(skip_ascii(text, from) == skip_ascii_bytewise(text, from));
            }
        }
    }
}

TEST_CASE("copy_plain_ascii copies what skip_plain_ascii skips, and writes nothing past the text's length", "[text]") {
    const std::string base = "Residents of Holmby said the plan would change how people travel to work.";
    for (std::string_view inserted : {"\"", "\\", "\n", "\x1F", "\x7F", "\xC3\xB3", "<", "\"\\"}) {
        for (std::size_t at = 0; at <= base.size(); ++at) {
            std::string text = base.substr(0, at) + std::string(inserted) + base.substr(at);
            // Every length from nothing up, so that every path (blocks, the last block, words, bytes) ends a copy.
            for (std::size_t from = 0; from <= text.size(); ++from) {
                std::string_view rest = std::string_view(text).substr(from);
                std::string to(rest.size() + 16, '#');
                std::size_t copied = copy_plain_ascii(rest, to.data(), '"', '\\');
                INFO(text << " from " << from);
                CHECK(copied == skip_plain_ascii_bytewise(text, from, "\"\\") - from);
                CHECK(to.compare(0, copied, rest, 0, copied) == 0);
                CHECK(to.substr(rest.size()) == std::string(16, '#'));
            }
        }
    }
}

TEST_CASE("skip_unescaped stops at what markup escapes, wherever it falls in a word", "[text]") {
    const std::string base = "Residents of Holmby said the plan would change how people travel to work.";
    for (std::string_view inserted : {"&", "<", ">", "\"", "'", "\xC3\xB3'", "\x01>", "<p>"}) {
        for (std::size_t at = 0; at <= base.size(); ++at) {
            std::string text = base.substr(0, at) + std::string(inserted) + base.substr(at);
            for (std::size_t from = 0; from <= text.size(); from += 5) {
                INFO(text << " from " << from);
                CHECK(skip_unescaped(text, from, false) == skip_unescaped_bytewise(text, from, false));
                CHECK(skip_unescaped(text, from, true) == skip_unescaped_bytewise(text, from, true));
            }
        }
    }
}

TEST_CASE("skip_single_spaced stops at controls and doubled spaces, wherever they fall in a word", "[text]") {
    const std::string base = "Harbour workers walked out again on Tuesday, said Ólafur Jónsson.";
    // Every position of a doubled space, a TAB, a newline and a control byte, and every start.
    for (std::string_view inserted : {"  ", "\t", "\n", "\x01", " \xC2\xA0 ", "\x7F"}) {
        for (std::size_t at = 0; at <= base.size(); ++at) {
            std::string text = base.substr(0, at) + std::string(inserted) + base.substr(at);
            for (std::size_t from = 0; from <= text.size(); from += 3) {
                INFO(text << " from " << from);
                CHECK(skip_single_spaced(text, from) == skip_single_spaced_bytewise(text, from));
            }
        }
    }
    CHECK(skip_single_spaced("one two three four five", 0) == 23);
    CHECK(skip_single_spaced("one two  three", 0) == 8);
    CHECK(skip_single_spaced("one two  three", 8) == 8);  // the space before FROM counts
}

TEST_CASE("collapse_spaces joins runs of white space and trims", "[text]") {
    CHECK(collapse_spaces("  a  b\t\tc \n d  ") == "a b c d");
    CHECK(collapse_spaces("already single spaced text") == "already single spaced text");
    CHECK(collapse_spaces("\xC2\xA0 a \xC2\xA0 b \xC2\xA0") == "a \xC2\xA0 b");
    CHECK(collapse_spaces("a\x01  b") == "a\x01 b");
    CHECK(collapse_spaces(" \t ").empty());
    std::string out = "kept|";
    append_collapsed_spaces(out, " x   y ");
    CHECK(out == "kept|x y");
}

TEST_CASE("collapse_spaces of a string of one's own gives what the view gives, and keeps a collapsed one", "[text]") {
    for (std::string text : {"  a  b\t\tc \n d  ", "already single spaced text", " leading", "trailing ", "\xC2\xA0 a \xC2\xA0 b",
                             "a\x01  b", " \t ", "", "tab\tinside", "line\nbreak"}) {
        INFO(text);
        std::string expected = collapse_spaces(std::string_view(text));
        CHECK(collapse_spaces(std::string(text)) == expected);
    }
    std::string own(100, 'x');
    own += " end";
    const char* buffer = own.data();
    std::string kept = collapse_spaces(std::move(own));
    CHECK(kept.data() == buffer);
}

TEST_CASE("a paragraph's text is its lines trimmed, collapsed and joined by single spaces", "[text]") {
    auto paragraphs = split_story_paragraphs("Headline\n\nThe port  said on\tTuesday that the ships \nwait   in the bay for the union.\n");
    REQUIRE(paragraphs.size() == 2);
    CHECK(paragraphs[1].text == "The port said on Tuesday that the ships wait in the bay for the union.");
    CHECK(paragraphs[1].lines.size() == 2);
}

TEST_CASE("append_escaped escapes markup between runs of text, quotes only in attributes", "[text]") {
    std::string out = "kept|";
    append_escaped(out, "", false);
    CHECK(out == "kept|");
    append_escaped(out, "plain words, no markup", false);
    CHECK(out == "kept|plain words, no markup");
    out.clear();
    append_escaped(out, "<p>Tom & \"Jerry\" 's</p>", false);
    CHECK(out == "&lt;p&gt;Tom &amp; \"Jerry\" 's&lt;/p&gt;");
    out.clear();
    append_escaped(out, "&&a\"'>", true);
    CHECK(out == "&amp;&amp;a&quot;&#39;&gt;");
    CHECK(escape_xml("\xC3\xA9t\xC3\xA9 & \xE2\x80\x94") == "\xC3\xA9t\xC3\xA9 &amp; \xE2\x80\x94");
}

TEST_CASE("count_char counts every occurrence, at the ends too", "[text]") {
    CHECK(count_char("", '\n') == 0);
    CHECK(count_char("no newline", '\n') == 0);
    CHECK(count_char("\nheadline\n\nlead\n", '\n') == 4);
    CHECK(count_char(std::string(1000, '\n'), '\n') == 1000);
}

TEST_CASE("contains_ci finds a needle whatever the case of its ASCII letters", "[text]") {
    CHECK(contains_ci("NOT FOR PUBLICATION before noon", "not for publication"));
    CHECK(contains_ci("Embargo: Not For Publication", "not for publication"));
    CHECK(contains_ci("nicht zur Veröffentlichung", "nicht zur veröffentlichung"));
    CHECK(contains_ci("x-caption", "caption"));
    CHECK(contains_ci("anything", ""));
    CHECK_FALSE(contains_ci("not for publicatio", "not for publication"));
    CHECK_FALSE(contains_ci("", "a"));
    // Only ASCII letters fold: a byte that differs from its letter by 0x20 is not one.
    CHECK_FALSE(contains_ci("{ote", "[ote"));
    CHECK_FALSE(contains_ci("@bc", "`bc"));
    // A needle at the very end, and a first letter found early that does not match.
    CHECK(contains_ci(std::string(1000, 'n') + "otes", "NOTES"));
}
