// Stories with their pictures through the feed formats: the Media RSS shapes
// newspapers use (item-level caption and credit beside media:content, credit
// inside it, media:group), and captions, credits and renditions kept on the
// way through every format that can hold them and back.
#include <catch2/catch.hpp>

#include "model/media.hpp"
#include "registry/detect.hpp"
#include "support/options.hpp"
#include "support/paths.hpp"
#include "text/text.hpp"

using namespace wirekit;
using namespace wirekit::test;

namespace {

Document convert_read(const std::string& format, std::string_view bytes) {
    Diagnostics diag;
    return find_format(format)->read(bytes, read_options(diag));
}

std::string convert_write(const std::string& format, const Document& doc) {
    Diagnostics diag;
    return find_format(format)->write(doc, write_options(diag));
}

// What must not come apart from a story: each item's caption, credit and
// files (runs of spaces in a caption may become one in XML).
std::vector<std::string> pictures(const Document& doc) {
    std::vector<std::string> out;
    for (const Article& a : doc.articles)
        for (const Media& m : a.media) {
            if (m.caption.empty() && m.credit.empty()) continue;
            std::string files;
            for (const Rendition& r : renditions_of(m)) files += " " + r.href;
            out.push_back(collapse_spaces(m.caption) + " | " + m.credit + " |" + files);
        }
    return out;
}

}  // namespace

TEST_CASE("Media RSS: item-level texts, credits inside content, groups", "[rss][feed][associations]") {
    const Document doc = convert_read("rss", read_file(source_path("samples/quayside-courier.rss")));
    REQUIRE(doc.articles.size() == 3);
    for (const Article& a : doc.articles) {
        REQUIRE(a.media.size() == 1);
        CHECK(a.extensions.empty());  // nothing left over as an escaped element
    }
    // Item-level media:description and media:credit apply to the content beside them.
    CHECK(doc.articles[0].media[0].caption == "The ferry Nordlys at the quay of Hella on Sunday evening.");
    CHECK(doc.articles[0].media[0].credit == "Ola Berg for the Quayside Courier");
    // media:credit inside media:content.
    CHECK(doc.articles[1].media[0].credit == "Photograph: Isla Munro/Harbour Pictures");
    // A group is one picture: the default content first, the group's thumbnail a rendition.
    const Media& group = doc.articles[2].media[0];
    CHECK(group.title == "Lifeboat at night");
    CHECK(group.credit == "Tor Nes/Quayside Courier");
    std::vector<std::string> hrefs;
    for (const Rendition& r : renditions_of(group)) hrefs.push_back(r.href.substr(r.href.rfind('/') + 1) + " " + r.name);
    CHECK(hrefs == std::vector<std::string>{"lifeboat-2048.jpg ", "lifeboat-640.jpg ", "lifeboat-1024.jpg ", "lifeboat-150.jpg thumbnail"});
}

TEST_CASE("associations: captions, credits and renditions survive every format that holds them", "[feed][ninjs][newsml][associations]") {
    const std::vector<std::pair<std::string, std::string>> inputs = {
        {"rss", source_path("samples/quayside-courier.rss")},
        {"ninjs", shared_path("formats-ref/ninjs/examples/2.1-agency/tt_text_image_2.json")},
        {"ninjs", shared_path("formats-ref/ninjs/examples/2.2/007_multimedia.json")},
        {"newsml", shared_path("corpus/packages/iptc-newsinjson__json2ts__TT_newsmlg2_sample.xml")},
    };
    for (const auto& [format, path] : inputs) {
        const Document original = convert_read(format, read_file(path));
        REQUIRE_FALSE(pictures(original).empty());
        for (const std::string target : {"ninjs", "newsml", "rss", "atom", "jsonfeed"}) {
            INFO(path << " -> " << target);
            const Document through = convert_read(target, convert_write(target, original));
            CHECK(pictures(through) == pictures(original));
            // ... and back to where it came from: G2 -> ninjs -> G2, ninjs -> RSS -> ninjs and so on.
            CHECK(pictures(convert_read(format, convert_write(format, through))) == pictures(original));
        }
    }
}

TEST_CASE("ninjs: dpa digitalwires' dialect gives the story, its pictures, captions, credits and files", "[ninjs][associations]") {
    struct Expected {
        std::string file, headline;
        std::size_t pictures;
        std::string caption_start, credit, href_start;
    };
    const std::vector<Expected> cases = {
        {"dpa-digitalwires-to-newsmlg2__rubix_multimedia_testartikel.json", "Labwire-Testartikel veröffentlicht", 2,
         "Ein Schlaglicht auf alle aktuellen Funkt", "Peter Kneffel/dpa", "https://d1vdx0puhh6tge.cloudfront.net/v4/imgresize/"},
        {"dpa-digitalwires-to-newsmlg2__empty_paragraph.json", "AMP.- O.Próximo.- Netanyahu acusa al TPI", 1,
         "20/07/2024 Benjamin Netanyahu, Yoav Gall", "Europa Press", "https://d3hzhyitlnc455.cloudfront.net/v3/image/resize/"},
        {"dpa-digitalwires-to-newsmlg2__image2.json", "Online-Plattform Shein", 1, "Die Website von Shein ist auf einem Lapt",
         "Monika Skolimowska/dpa", "https://d1vdx0puhh6tge.cloudfront.net/v4/imgresize/"},
    };
    for (const Expected& e : cases) {
        INFO(e.file);
        const std::string bytes = read_file(shared_path("corpus/packages/" + e.file));
        CHECK(find_format("ninjs")->sniff(bytes) >= 90);  // "format": "digitalwires@…"
        const Document doc = convert_read("ninjs", bytes);
        REQUIRE(doc.articles.size() == 1);
        const Article& a = doc.articles[0];
        CHECK(a.headline.starts_with(e.headline));
        CHECK(a.id.starts_with("urn:newsml:"));
        REQUIRE(a.media.size() == e.pictures);
        CHECK(a.media[0].type == "picture");
        CHECK(a.media[0].caption.starts_with(e.caption_start));
        CHECK(a.media[0].credit == e.credit);
        CHECK(a.media[0].url.starts_with(e.href_start));
        CHECK(a.media[0].mime_type == "image/jpeg");
    }
}

TEST_CASE("Media RSS: medium carries an item's type when its MIME type does not", "[rss][feed][associations]") {
    Document doc;
    Article a;
    a.headline = "Quay at night";
    Media picture;
    picture.url = "https://img.courier.example/quay";
    picture.type = "picture";
    picture.caption = "The quay at night.";
    a.media.push_back(picture);
    doc.articles.push_back(a);
    for (const std::string format : {"rss", "atom"}) {
        INFO(format);
        const std::string written = convert_write(format, doc);
        CHECK(written.find("medium=\"image\"") != std::string::npos);
        const Document back = convert_read(format, written);
        REQUIRE(back.articles.size() == 1);
        REQUIRE(back.articles[0].media.size() == 1);
        CHECK(back.articles[0].media[0].type == "picture");
    }
    const Document video = convert_read("rss", R"(<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>t</title>
<item><title>i</title><media:content url="https://v.example/clip" medium="video"/><media:content url="https://v.example/a.jpg" type="image/jpeg" medium="image"/></item></channel></rss>)");
    REQUIRE(video.articles[0].media.size() == 2);
    CHECK(video.articles[0].media[0].type == "video");
    CHECK(video.articles[0].media[1].type.empty());  // its MIME type says it already
}
