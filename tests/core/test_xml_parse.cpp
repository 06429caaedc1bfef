#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "report/error.hpp"
#include "support/options.hpp"
#include "xml/xml_parse.hpp"
#include "xml/xml_print.hpp"
#include "xml/xml_text_and_layout.hpp"

using namespace wirekit;
using namespace std::string_view_literals;

namespace {

struct Parsed {
    Diagnostics diag;
    std::unique_ptr<XmlDocument> xml;
};

std::unique_ptr<Parsed> parse(std::string_view bytes, bool strict = false, std::string charset = {}) {
    auto p = std::make_unique<Parsed>();
    ReadOptions ro = test::read_options(p->diag, "feed.xml");
    ro.strict = strict;
    ro.charset = std::move(charset);
    p->xml = parse_xml(bytes, ro);
    return p;
}

std::string error_of(std::string_view bytes, bool strict = false) {
    try {
        parse(bytes, strict);
    } catch (const Error& e) {
        return e.format();
    }
    return "no error";
}

std::string root_text(std::string_view bytes, std::string charset = {}) {
    auto p = parse(bytes, false, std::move(charset));
    return text_of(p->xml->doc.document_element());
}

}  // namespace

TEST_CASE("ChildNamespaces gives each child what namespace_view gives it and declared_namespace tells an empty declaration from none", "[xml]") {
    // Declared on the parent, above it, on a child (for itself only), twice for
    // one prefix, undeclared, the xml: prefix, and text between the children.
    auto p = parse(
        "<doc xmlns=\"urn:default\" xmlns:a=\"urn:a\"><parent xmlns:b=\"urn:b\">"
        "<one/>text<a:two/><b:three/><four xmlns=\"urn:own\"/><five/><a:six xmlns:a=\"urn:other-a\"/>"
        "<a:seven/><c:eight/><xml:nine/><b:ten xmlns:b=\"\"/><b:eleven/><twelve/></parent></doc>");
    pugi::xml_node parent = p->xml->doc.document_element().first_child();
    ChildNamespaces siblings(parent);
    std::vector<std::string> got, expected;
    for (pugi::xml_node c : parent.children()) {
        got.emplace_back(siblings.of(c));
        expected.emplace_back(namespace_view(c));
    }
    CHECK(got == expected);
    CHECK(expected == std::vector<std::string>{"urn:default", "", "urn:a", "urn:b", "urn:own", "urn:default", "urn:other-a",
                                               "urn:a", "", "http://www.w3.org/XML/1998/namespace", "", "urn:b",
                                               "urn:default"});
    // The root's children: the document above it binds nothing.
    ChildNamespaces top(p->xml->doc);
    CHECK(top.of(p->xml->doc.document_element()) == "urn:default");
    // A declaration, an empty one, and none (xml: is bound by definition, not declared).
    pugi::xml_node ten = parent.find_child([](pugi::xml_node c) { return std::string_view(c.name()) == "b:ten"; });
    CHECK(declared_namespace(ten, "a") == std::optional<std::string_view>("urn:a"));
    CHECK(declared_namespace(ten, "b") == std::optional<std::string_view>(""));
    CHECK(declared_namespace(ten, "") == std::optional<std::string_view>("urn:default"));
    CHECK_FALSE(declared_namespace(ten, "c"));
    CHECK_FALSE(declared_namespace(ten, "xml"));
    CHECK(prefix_of("b:ten") == "b");
    CHECK(prefix_of("twelve").empty());
}

TEST_CASE("well-formed XML parses; malformed XML is an error with line and column", "[xml]") {
    CHECK(root_text("<a><b>one</b> <c><![CDATA[two]]></c></a>") == "one two");
    CHECK(error_of("<a>\n  <b></c>\n</a>") == "feed.xml:2:8: error: not well-formed XML: Start-end tags mismatch");
    CHECK(error_of("") == "feed.xml: error: empty input: no XML document");
    CHECK(error_of("just text") == "feed.xml: error: no XML element in the input");
}

TEST_CASE("a truncated document keeps what was read, unless strict", "[xml]") {
    auto p = parse("<rss><channel><item><title>One</title></item><item><title>Tw");
    CHECK(p->xml->truncated);
    CHECK(p->diag.has_warnings());
    CHECK(text_of(p->xml->doc.document_element()) == "OneTw");
    CHECK(error_of("<rss><channel><item><title>Tw", true).find("error: not well-formed XML") != std::string::npos);
}

TEST_CASE("only plain-text entities of the internal DTD are expanded, and nothing is fetched", "[xml]") {
    std::string laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">";
    for (int i = 1; i < 10; ++i) {
        std::string previous = i == 1 ? "lol" : "lol" + std::to_string(i - 1);
        laughs += "<!ENTITY lol" + std::to_string(i) + " \"";
        for (int k = 0; k < 10; ++k) laughs += "&" + previous + ";";
        laughs += "\">";
    }
    laughs += "]><lolz>&lol9; &lol;</lolz>";
    CHECK(root_text(laughs) == "&lol9; lol");  // an entity that refers to others is never expanded
    CHECK(root_text("<?xml version=\"1.0\"?>\n<!-- x -->\n<!DOCTYPE rss [\n <!ENTITY copy '(c) Harbour'>\n]><rss>&copy; 2024</rss>") ==
          "(c) Harbour 2024");
    // A megabyte of expansions at most: a small file cannot become a huge one.
    std::string big = "<!DOCTYPE a [<!ENTITY k \"" + std::string(1000, 'k') + "\">]><a>";
    for (int i = 0; i < 2000; ++i) big += "&k;";
    big += "</a>";
    std::string text = root_text(big);
    CHECK(text.size() < 1100000);
    CHECK(text.find("&k;") != std::string::npos);
    CHECK(root_text("<!DOCTYPE a [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><a>&xxe;</a>") == "&xxe;");
    CHECK(error_of("<!DOCTYPE a [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><a>&xxe;</a>", true).find("(--strict)") !=
          std::string::npos);
}

TEST_CASE("HTML entities and bare ampersands are recovered with a warning", "[xml]") {
    auto p = parse("<a t=\"x &amp; y\">Caf&eacute;&nbsp;&amp; bar & grill &#233; <![CDATA[&nbsp;]]></a>");
    CHECK(text_of(p->xml->doc.document_element()) == "Café\xC2\xA0& bar & grill é &nbsp;");
    CHECK(p->diag.all().size() == 2);
    CHECK(error_of("<a>&nbsp;</a>", true) ==
          "feed.xml:1:4: error: 1 HTML entity references that XML does not define were read as characters (--strict)");
}

TEST_CASE("text_view_of is text_of, viewed in the document where one text node holds it", "[xml]") {
    auto p = parse("<r><a>  one  </a><b><![CDATA[ two ]]></b><c>th<i>r</i>ee </c><d/></r>");
    pugi::xml_node r = p->xml->doc.document_element();
    for (pugi::xml_node e : r.children()) {
        std::string spare;
        std::string_view view = text_view_of(e, spare);
        CHECK(view == text_of(e));
        bool in_spare = !spare.empty() && view.data() == spare.data();
        CHECK(in_spare == (std::string_view(e.name()) == "c"));
    }
    std::string spare;
    CHECK(text_view_of(r.child("a"), spare).data() == r.child("a").first_child().value() + 2);
}

TEST_CASE("nesting is bounded", "[xml]") {
    std::string deep;
    for (int i = 0; i < 100000; ++i) deep += "<a>";
    CHECK(error_of(deep).find("elements nested deeper than 512 levels") != std::string::npos);
    std::string ok;
    for (int i = 0; i < 500; ++i) ok += "<a>";
    ok += "x";
    for (int i = 0; i < 500; ++i) ok += "</a>";
    CHECK(root_text(ok) == "x");
}

TEST_CASE("nesting is counted along every branch, back up and down again", "[xml]") {
    auto branch = [](int levels) {
        std::string s;
        for (int i = 0; i < levels; ++i) s += "<a>";
        for (int i = 0; i < levels; ++i) s += "</a>";
        return s;
    };
    // The root and 511 more: 512 levels on either branch.
    CHECK(root_text("<r>" + branch(511) + "<b/>x" + branch(511) + "</r>") == "x");
    // Under <b> the second branch goes one level deeper: its last <a> is the first too deep.
    std::string deep = "<r>" + branch(511) + "<b>" + branch(511) + "</b></r>";
    std::size_t last_start = deep.find("</a>", deep.find("<b>")) - 3;
    CHECK(error_of(deep) ==
          "feed.xml:1:" + std::to_string(last_start + 1) + ": error: elements nested deeper than 512 levels");
}

TEST_CASE("declared charsets are converted to UTF-8", "[xml]") {
    CHECK(root_text("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>Caf\xE9</a>") == "Café");
    CHECK(root_text("<?xml version='1.0' encoding='windows-1252'?><a>\x93quoted\x94</a>") == "“quoted”");
    CHECK(root_text("<?xml version=\"1.0\" encoding=\"KOI8-R\"?><a>\xED\xCF\xD3\xCB\xD7\xC1</a>") == "Москва");
    CHECK(root_text("\xFF\xFE<\0a\0>\0\xE9\0<\0/\0a\0>\0"sv) == "é");
    CHECK(root_text("<a>\xE9t\xE9</a>", "ISO-8859-1") == "été");
    auto p = parse("<a>caf\xE9</a>");
    CHECK(text_of(p->xml->doc.document_element()) == "café");
    CHECK(p->diag.has_warnings());
}

TEST_CASE("UTF-8 declared as a single-byte charset is read as UTF-8, with a warning", "[xml]") {
    auto p = parse("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><a>D\xC3\xA9" "c\xC3\xA8s</a>");
    CHECK(text_of(p->xml->doc.document_element()) == "Décès");
    CHECK(p->diag.has_warnings());
    CHECK(error_of("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><a>D\xC3\xA9" "c\xC3\xA8s</a>", true) ==
          "feed.xml: error: declared iso-8859-1, but the bytes are UTF-8; read as UTF-8 (--strict)");
    // Latin-1 that is no UTF-8 stays Latin-1; ASCII is ASCII either way.
    CHECK(root_text("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><a>Caf\xE9 \xA4</a>") == "Café €");
    auto ascii = parse("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>plain</a>");
    CHECK_FALSE(ascii->diag.has_warnings());
}

TEST_CASE("namespace helpers match local names in a namespace or none", "[xml]") {
    auto p = parse(
        "<rss xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><dc:creator>Ann</dc:creator>"
        "<creator>Bob</creator><x:creator xmlns:x=\"urn:other\">Cy</x:creator></channel></rss>");
    pugi::xml_node channel = p->xml->doc.document_element().first_child();
    const std::string dc = "http://purl.org/dc/elements/1.1/";
    CHECK(text_of(child_element(channel, "creator", dc)) == "Ann");
    std::vector<std::string> lenient, strict;
    for (pugi::xml_node c : channel.children()) {
        if (is_element(c, "creator", dc)) lenient.push_back(text_of(c));
        if (is_element(c, "creator", dc, false)) strict.push_back(text_of(c));
    }
    CHECK(lenient == std::vector<std::string>{"Ann", "Bob"});
    CHECK(strict == std::vector<std::string>{"Ann"});
    CHECK(local_name("dc:creator") == "creator");
    // Lenient readers: any ASCII case, the namespace or none (has_name), or any (has_local_name).
    CHECK(has_name(channel.first_child(), "CREATOR", dc));
    CHECK_FALSE(has_name(channel.last_child(), "creator", dc));
    CHECK(has_local_name(channel.last_child(), "Creator"));
    CHECK(text_of(child_with_local_name(channel, "CREATOR")) == "Ann");
    CHECK(text_of(child_with_name(channel, "creator", "urn:other")) == "Bob");
    CHECK(namespace_of(channel.last_child()) == "urn:other");
    auto [line, column] = line_column_of(*p->xml, channel);
    CHECK(line == 1);
    CHECK(column == 50);
}

TEST_CASE("the text and its layout found at the same time are those found one after the other", "[xml][parallel]") {
    // What the layout saw, to compare with the text it was given back with.
    auto seen = [](std::string_view text) { return std::string(text); };
    for (std::string_view bytes : {"<rss><channel><item>plain</item></channel></rss>"sv,
                                   "\xEF\xBB\xBF<rss><item>after a BOM</item></rss>"sv,
                                   "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><item>caf\xE9</item></rss>"sv,
                                   "<rss><item>fish &amp chips &eacute;</item></rss>"sv}) {
        for (unsigned threads : {1u, 2u}) {
            INFO(bytes << " on " << threads << " thread(s)");
            Diagnostics diag, alone_diag;
            auto [whole, found] = xml_text_and_layout(bytes, test::read_options(diag, "in", threads), seen);
            CHECK(found == whole->text);
            std::unique_ptr<XmlDocument> alone = xml_text_of(bytes, test::read_options(alone_diag));
            CHECK(whole->text == alone->text);
            CHECK(diag.all().size() == alone_diag.all().size());
        }
    }
}

TEST_CASE("notes and warnings are placed at their node, when they are kept", "[xml]") {
    for (auto kept : {Diagnostics::Kept::everything, Diagnostics::Kept::warnings, Diagnostics::Kept::nothing}) {
        auto p = parse("<rss>\n  <item/>\n</rss>");
        Diagnostics diag(kept);
        ReadOptions ro = test::read_options(diag, "feed.xml");
        pugi::xml_node item = p->xml->doc.document_element().child("item");
        note_at(*p->xml, item, ro, "a note");
        warn_at(*p->xml, item, ro, "a warning");
        std::vector<std::string> told;
        for (const Diagnostic& d : diag.all()) told.push_back(d.format());
        if (kept == Diagnostics::Kept::everything)
            CHECK(told == std::vector<std::string>{"feed.xml:2:3: note: a note", "feed.xml:2:3: warning: a warning"});
        else if (kept == Diagnostics::Kept::warnings)
            CHECK(told == std::vector<std::string>{"feed.xml:2:3: warning: a warning"});
        else
            CHECK(told.empty());
    }
}

TEST_CASE("append_markup adds a node's markup as pugixml prints it raw, after what is there", "[xml]") {
    pugi::xml_document doc;
    REQUIRE(doc.load_string("<item><dc:date a=\"1 &amp; 2\">no date: <b>Tue</b></dc:date>\n  <x/></item>"));
    std::string out = "kept: ";
    append_markup(out, doc.document_element().first_child());
    CHECK(out == "kept: <dc:date a=\"1 &amp; 2\">no date: <b>Tue</b></dc:date>");
    append_markup(out, doc.document_element().last_child());
    CHECK(out == "kept: <dc:date a=\"1 &amp; 2\">no date: <b>Tue</b></dc:date><x/>");
}
