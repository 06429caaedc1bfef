// NewsML-G2 packages and associated items: a newsMessage's packageItem read as
// one story with its pictures (TT's, Reuters' NEP), links and references to
// picture items, a picture item alone; a story with pictures written as a
// package that IPTC's schema accepts and that reads back as it was.
#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include "model/media.hpp"
#include "newsml/newsml_reader.hpp"
#include "newsml/newsml_validate.hpp"
#include "newsml/newsml_writer.hpp"
#include "support/findings_text.hpp"
#include "support/options.hpp"
#include "support/paths.hpp"
#include "time/datetime.hpp"

using namespace wirekit;

namespace {

const std::string g2 = "http://iptc.org/std/nar/2006-10-01/";

Document read(const std::string& xml) {
    Diagnostics diag;
    ReadOptions ro = test::read_options(diag, "package.xml");
    ro.reference_date = parse_rfc3339("2024-06-30");
    return read_newsml(xml, ro);
}

Document read_package_file(const std::string& name) { return read(test::read_file(test::shared_path("corpus/packages/" + name))); }

std::string write(const Document& doc, bool marks = false) {
    Diagnostics diag;
    WriteOptions wo = test::write_options(diag);
    wo.now = parse_rfc3339("2024-06-30T12:00:00Z");
    if (marks) wo.variants = {std::string(round_trip_variant)};
    return write_newsml(doc, wo);
}

std::vector<std::string> schema_findings(const std::string& xml) { return test::validate_text(validate_newsml, xml); }

std::string message(const std::string& items) {
    return "<newsMessage xmlns=\"" + g2 + "\"><header><sent>2024-03-12T08:00:00Z</sent></header><itemSet>" + items +
           "</itemSet></newsMessage>";
}

std::string news_item(const std::string& guid, const std::string& item_class, const std::string& content_meta,
                      const std::string& content_set = {}, const std::string& item_meta = {}) {
    return "<newsItem guid=\"" + guid + "\" standard=\"NewsML-G2\" standardversion=\"2.35\"><itemMeta><itemClass qcode=\"" +
           item_class + "\"/><provider literal=\"Wire\"/><versionCreated>2024-03-12T08:00:00Z</versionCreated>" + item_meta +
           "</itemMeta><contentMeta>" + content_meta + "</contentMeta><contentSet>" + content_set + "</contentSet></newsItem>";
}

std::string package(const std::string& groups) {
    return "<packageItem guid=\"urn:p:pkg\" standard=\"NewsML-G2\" standardversion=\"2.35\"><itemMeta>"
           "<itemClass qcode=\"ninat:composite\"/><provider literal=\"Wire\"/>"
           "<versionCreated>2024-03-12T08:00:00Z</versionCreated></itemMeta><groupSet root=\"G1\">" +
           groups + "</groupSet></packageItem>";
}

Media picture_with_everything() {
    Media m;
    m.id = "urn:example:picture:7";
    m.type = "picture";
    m.role = "main";
    m.title = "Ferry at dawn";
    m.caption = "The ferry Orrin leaves Vessel Point at dawn.";
    m.credit = "Ilse Brann/Lakeside Courier";
    m.by = "Ilse Brann";
    m.alt_text = "A white ferry on grey water";
    m.copyright = {"Lakeside Courier", "(c) 2024 Lakeside Courier", "Editorial use only"};
    set_renditions(m, {{"rnd:highRes", "https://courier.example/p/ferry.jpg", "image/jpeg", 4000, 2667, 2400000, std::nullopt},
                       {"rnd:thumbnail", "https://courier.example/p/ferry-th.jpg", "image/jpeg", 256, 171, 12000, std::nullopt}});
    return m;
}

Article story_with(std::vector<Media> media) {
    Article a;
    a.id = "urn:example:story:1";
    a.type = "text";
    a.headline = "Ferry trial begins";
    a.provider = "Lakeside Courier";
    a.language = "en";
    a.version_created = parse_rfc3339("2024-03-12T08:00:00Z");
    a.body = {Block{Block::Kind::paragraph, 0, false, {Inline{Inline::Kind::text, "The trial began.", {}, {}}}, {}}};
    a.media = std::move(media);
    return a;
}

}  // namespace

TEST_CASE("newsml package: TT's package is one story with one picture", "[newsml][package]") {
    Document doc = read_package_file("iptc-newsinjson__json2ts__TT_newsmlg2_sample.xml");
    REQUIRE(doc.articles.size() == 1);
    const Article& a = doc.articles[0];
    CHECK(a.id == "http://tt.se/media/text/210919-janguillou-879f202b");
    CHECK(a.headline == "Jan Guillou skriver på ny \"Hamilton\"-bok");
    CHECK(a.type == "text");
    REQUIRE(a.media.size() == 1);  // the body's <img> is a file of the picture, not another
    const Media& m = a.media[0];
    CHECK(m.id == "http://tt.se/media/image/sdlm1btzmKu8WU");
    CHECK(m.type == "picture");
    CHECK(m.caption == "Journalisten och författaren Jan Guillou jobbar på en ny bok om agenten Hamilton. Arkivbild.");
    CHECK(m.credit == "Lucasfilm Games");
    CHECK(m.by == "Lucasfilm Games");
    CHECK(m.role.empty());
    CHECK(m.alt_text == "Journalisten och författaren Jan Guillou jobbar på en ny bok om agenten Hamilton. Arkivbild.");
    auto files = renditions_of(m);
    REQUIRE(files.size() == 4);
    CHECK(files[0].href == "https://beta.tt.se/media/text/210919-janguillou-879f202b/a001_NormalHires.jpg");
    CHECK(files[0].name == "rnd:highRes");
    CHECK(files[0].width == 4928);
    CHECK(files[0].height == 3280);
    CHECK(files[0].bytes == 6223550);
    CHECK(files[0].mime_type == "image/jpeg");
    CHECK(files[1].name == "rnd:preview");
    CHECK(files[2].name.empty());
    CHECK(files[2].href == "https://beta.tt.se/media/text/210919-janguillou-879f202b/a001_WatermarkPreview.jpg");
    CHECK(files[3].name == "rnd:thumbnail");
    CHECK(files[3].width == 256);
}

TEST_CASE("newsml package: back to NewsML-G2 the TT story is a valid package that reads back", "[newsml][package]") {
    Document doc = read_package_file("iptc-newsinjson__json2ts__TT_newsmlg2_sample.xml");
    std::string xml = write(doc);
    CHECK(schema_findings(xml).empty());
    pugi::xml_document parsed;
    REQUIRE(parsed.load_string(xml.c_str()));
    pugi::xml_node item_set = parsed.child("newsMessage").child("itemSet");
    pugi::xml_node package_item = item_set.first_child();
    REQUIRE(std::string(package_item.name()) == "packageItem");
    CHECK(std::string(package_item.child("itemMeta").child("itemClass").attribute("qcode").value()) == "ninat:composite");
    pugi::xml_node group = package_item.child("groupSet").child("group");
    CHECK(std::string(package_item.child("groupSet").attribute("root").value()) == group.attribute("id").value());
    pugi::xml_node first_ref = group.child("itemRef");
    CHECK(std::string(first_ref.attribute("residref").value()) == "http://tt.se/media/text/210919-janguillou-879f202b");
    pugi::xml_node picture_ref = first_ref.next_sibling("itemRef");
    CHECK(std::string(picture_ref.attribute("residref").value()) == "http://tt.se/media/image/sdlm1btzmKu8WU");
    CHECK(std::string(picture_ref.child("itemClass").attribute("qcode").value()) == "ninat:picture");

    pugi::xml_node text = package_item.next_sibling("newsItem");
    CHECK(std::string(text.child("itemMeta").child("itemClass").attribute("qcode").value()) == "ninat:text");
    CHECK_FALSE(text.child("contentSet").child("remoteContent"));
    pugi::xml_node picture = text.next_sibling("newsItem");
    CHECK(std::string(picture.attribute("guid").value()) == "http://tt.se/media/image/sdlm1btzmKu8WU");
    CHECK(std::string(picture.child("itemMeta").child("itemClass").attribute("qcode").value()) == "ninat:picture");
    pugi::xml_node meta = picture.child("contentMeta");
    CHECK(std::string(meta.child_value("creditline")) == "Lucasfilm Games");
    CHECK(std::string(meta.child_value("by")) == "Lucasfilm Games");
    CHECK(std::string(meta.child("description").attribute("role").value()) == "drol:caption");
    int renditions = 0;
    for (pugi::xml_node r : picture.child("contentSet").children("remoteContent")) {
        ++renditions;
        CHECK(std::string(r.attribute("href").value()).starts_with("https://"));
    }
    CHECK(renditions == 4);
    CHECK_FALSE(picture.next_sibling());

    // G2 has no alternative text for a picture: only +roundtrip keeps it (wk:alt).
    Document back = read(xml);
    REQUIRE(back.articles.size() == 1);
    REQUIRE(back.articles[0].media.size() == 1);
    Media expected = doc.articles[0].media[0];
    expected.alt_text.clear();
    CHECK(back.articles[0].media[0] == expected);
    CHECK(back.articles[0].headline == doc.articles[0].headline);
    CHECK(read(write(doc, true)).articles == doc.articles);
}

TEST_CASE("newsml package: every field of an associated item survives newsml -> newsml", "[newsml][package]") {
    Media bare;
    bare.url = "https://courier.example/a/clip.mp3";
    bare.mime_type = "audio/mpeg";
    bare.role = "enclosure";
    Media derived_id = picture_with_everything();
    derived_id.id.clear();
    derived_id.type.clear();
    derived_id.role.clear();
    derived_id.title.clear();
    set_renditions(derived_id, {{"", "https://courier.example/p/ferry-2.jpg", "image/jpeg", 3000, 2000, std::nullopt, std::nullopt}});
    Document doc;
    doc.articles.push_back(story_with({bare, picture_with_everything(), derived_id}));
    for (bool marks : {false, true}) {
        std::string xml = write(doc, marks);
        INFO(xml);
        CHECK(schema_findings(xml).empty());
        Document back = read(xml);
        REQUIRE(back.articles.size() == 1);
        const std::vector<Media>& media = back.articles[0].media;
        REQUIRE(media.size() == 3);
        if (marks) {
            CHECK(media == doc.articles[0].media);
            CHECK(back.articles[0] == doc.articles[0]);
            continue;
        }
        // Without marks: the bare file stays a file of the story's item, the
        // packaged items follow it with all G2 says of them.
        CHECK(media[0].url == bare.url);
        Media expected = picture_with_everything();
        expected.role.clear();
        expected.alt_text.clear();
        CHECK(media[1] == expected);
        CHECK(media[2].type == "picture");
        CHECK(media[2].id.starts_with("urn:uuid:"));
        CHECK(media[2].caption == derived_id.caption);
        CHECK(renditions_of(media[2]) == renditions_of(derived_id));
    }
}

TEST_CASE("newsml package: what is written as a package and what stays a file", "[newsml][package]") {
    Media bare;
    bare.url = "https://courier.example/p/photo.jpg";
    bare.mime_type = "image/jpeg";
    bare.width = 800;
    Document plain;
    plain.articles.push_back(story_with({bare}));
    pugi::xml_document parsed;
    std::string xml = write(plain);
    REQUIRE(parsed.load_string(xml.c_str()));
    CHECK(parsed.child("newsItem").child("contentSet").child("remoteContent"));

    // A picture article's files are its own renditions, whatever they say.
    Article picture = story_with({picture_with_everything()});
    picture.type = "picture";
    Document alone;
    alone.articles.push_back(picture);
    xml = write(alone);
    CHECK(schema_findings(xml).empty());
    REQUIRE(parsed.load_string(xml.c_str()));
    pugi::xml_node item = parsed.child("newsItem");
    REQUIRE(item);
    int files = 0;
    for (pugi::xml_node r : item.child("contentSet").children("remoteContent")) {
        ++files;
        CHECK(r.attribute("rendition"));
    }
    CHECK(files == 2);
}

TEST_CASE("newsml package: Reuters' NEP package is its text with a video, and no picture", "[newsml][package]") {
    Document doc = read_package_file("gextech-iptc-newsml__201601026085EY-MIDEAST-CRISISSYRIA_FIGHTERS.xml");
    REQUIRE(doc.articles.size() == 1);
    const Article& a = doc.articles[0];
    CHECK(a.type == "text");
    CHECK(a.headline.starts_with("Syrian rebels battle government forces i"));
    REQUIRE(a.media.size() == 1);
    CHECK(a.media[0].type == "video");
    CHECK(a.media[0].id == "tag:reuters.com,2016:newsml_LWN000ZIUOX8N");
    CHECK(a.media[0].duration == 387.0);
}

TEST_CASE("newsml package: links to pictures are associated items, other links stay links", "[newsml][package]") {
    Document dpa = read_package_file("dpa-digitalwires-to-newsmlg2__rubix_multimedia_testartikel.xml");
    REQUIRE(dpa.articles.size() == 1);
    const Article& a = dpa.articles[0];
    REQUIRE(a.media.size() == 2);
    CHECK(a.media[0].id == "urn:newsml:dpa.com:20090101:241022-935-299326");
    CHECK(a.media[0].type == "picture");
    CHECK(a.media[0].title == "Herbstwetter in Bayern");
    CHECK(a.media[0].url.starts_with("https://d1vdx0puhh6tge.cloudfront.net/v4/imgresize/crlpre3dwx/docid/urn:newsml:dpa.com:20090101:241022-935-299326/"));
    CHECK(a.media[0].url.ends_with("&expires=1729728000"));
    CHECK(a.media[1].title == "Herbst in Niedersachsen");
    REQUIRE(a.links.size() == 1);
    CHECK(a.links[0].href == "https://www.dpa.com/de");

    Document stt = read_package_file("superdesk-stt__stt_newsml_location_test.xml");
    REQUIRE(stt.articles.size() == 1);
    REQUIRE(stt.articles[0].media.size() == 1);
    const Media& m = stt.articles[0].media[0];
    CHECK(m.id == "urn:newsml:stt.fi:20190521:1029359");
    CHECK(m.type == "picture");
    CHECK(m.mime_type == "image/jpeg");
    CHECK(m.caption.starts_with("Kauppaministeriön mukaan 90 päivän lisäaika"));
    CHECK(m.caption.ends_with("LEHTIKUVA/AFP"));
}

TEST_CASE("newsml package: a picture item alone is a picture with its renditions", "[newsml][package]") {
    Document doc = read_package_file("newsmlg2-testdata__image_urn_newsml_dpa.com_20090101_171117-90-016806.xml");
    REQUIRE(doc.articles.size() == 1);
    const Article& a = doc.articles[0];
    CHECK(a.type == "picture");
    CHECK(a.headline == "Demonstration von Siemens-Beschäftigten");
    REQUIRE(a.media.size() == 1);
    CHECK(a.media[0].type.empty());
    CHECK(a.media[0].id.empty());

    Document getty = read(test::read_file(test::shared_path("formats-ref/newsml-g2/examples/LISTING_3_Photo_in_NewsML-G2.xml")));
    REQUIRE(getty.articles.size() == 1);
    REQUIRE(getty.articles[0].media.size() == 1);
    auto files = renditions_of(getty.articles[0].media[0]);
    REQUIRE(files.size() == 3);
    CHECK(files[0].name == "rnd:highRes");
    CHECK(files[2].name == "rnd:thumb");
}

TEST_CASE("newsml package: references within a message, groupRefs, and references to nothing", "[newsml][package]") {
    std::string picture_meta = "<headline>Lock gates</headline><creditline>Canal Wire</creditline>"
                               "<description role=\"drol:summary\">Summary</description>"
                               "<description role=\"drol:caption\">The lock gates open.</description>";
    std::string xml = message(
        package("<group id=\"G1\" role=\"group:main\"><groupRef idref=\"G2\"/><itemRef residref=\"urn:p:elsewhere\">"
                "<itemClass qcode=\"ninat:picture\"/><title role=\"drol:caption\">Not in this message</title></itemRef>"
                "<itemRef residref=\"urn:p:text-elsewhere\"><itemClass qcode=\"ninat:text\"/><title>Another story</title></itemRef>"
                "</group><group id=\"G2\" role=\"group:sub\"><itemRef residref=\"urn:p:pic\"/><itemRef residref=\"urn:p:text\"/>"
                "<itemRef residref=\"urn:p:text2\"/></group>") +
        news_item("urn:p:pic", "ninat:picture", picture_meta, "<remoteContent href=\"https://w.example/lock.jpg\" contenttype=\"image/jpeg\"/>") +
        news_item("urn:p:text", "ninat:text", "<headline>Canal lock reopens</headline>") +
        news_item("urn:p:text2", "ninat:text", "<headline>Second text</headline>") +
        news_item("urn:p:lonely", "ninat:picture", "<headline>Not packaged</headline>"));
    Document doc = read(xml);
    REQUIRE(doc.articles.size() == 3);
    const Article& story = doc.articles[0];
    CHECK(story.id == "urn:p:text");
    // In the order of the references, the groupRef (at the root group's start) followed first.
    REQUIRE(story.media.size() == 2);
    CHECK(story.media[0].id == "urn:p:pic");
    CHECK(story.media[0].caption == "The lock gates open.");
    CHECK(story.media[0].credit == "Canal Wire");
    CHECK(story.media[0].title == "Lock gates");
    CHECK(story.media[0].url == "https://w.example/lock.jpg");
    CHECK(story.media[1].id == "urn:p:elsewhere");
    CHECK(story.media[1].caption == "Not in this message");
    REQUIRE(story.links.size() == 1);
    CHECK(story.links[0].href == "urn:p:text-elsewhere");
    CHECK(story.links[0].rel == "group:main");
    CHECK(doc.articles[1].id == "urn:p:text2");
    CHECK(doc.articles[2].id == "urn:p:lonely");
    CHECK(doc.articles[2].type == "picture");
}

TEST_CASE("newsml package: a package of pictures alone is the story", "[newsml][package]") {
    std::string xml = message(package("<group id=\"G1\" role=\"group:main\"><itemRef residref=\"urn:p:pic\"/></group>") +
                              news_item("urn:p:pic", "ninat:picture", "<by>Ann</by>"));
    Document doc = read(xml);
    REQUIRE(doc.articles.size() == 1);
    CHECK(doc.articles[0].type == "composite");
    REQUIRE(doc.articles[0].media.size() == 1);
    CHECK(doc.articles[0].media[0].credit == "Ann");
    CHECK(doc.articles[0].links.empty());
}

TEST_CASE("newsml package: a link to a previous version of a picture is a link", "[newsml][package]") {
    std::string xml = message(news_item("urn:p:text", "ninat:text", "<headline>H</headline>", {},
                                        "<link rel=\"irel:previousVersion\" residref=\"urn:p:old\"><itemClass qcode=\"ninat:picture\"/></link>"
                                        "<link rel=\"irel:seeAlso\" residref=\"urn:p:graphic\" contenttype=\"application/vnd.iptc.g2.newsitem+xml\" "
                                        "href=\"https://w.example/graphic.xml\"><itemClass qcode=\"ninat:graphic\"/></link>"));
    Document doc = read(xml);
    REQUIRE(doc.articles.size() == 1);
    REQUIRE(doc.articles[0].links.size() == 1);
    CHECK(doc.articles[0].links[0].href == "urn:p:old");
    REQUIRE(doc.articles[0].media.size() == 1);
    CHECK(doc.articles[0].media[0].type == "graphic");
    CHECK(doc.articles[0].media[0].url.empty());  // the href is the G2 document, not a file of the graphic
}
