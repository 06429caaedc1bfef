// The files of an associated item as one list, and comparing and merging items
// (model/media.hpp).
#include <catch2/catch.hpp>

#include "model/media.hpp"

using namespace wirekit;

namespace {

Rendition file(std::string name, std::string href, std::optional<long long> width = std::nullopt) {
    return {std::move(name), std::move(href), "image/jpeg", width, std::nullopt, std::nullopt, std::nullopt};
}

}  // namespace

TEST_CASE("media: the first file and the others are one list", "[model][media]") {
    Media m;
    CHECK(renditions_of(m).empty());
    add_rendition(m, file("rnd:highRes", "https://p.example/hi.jpg", 4000));
    CHECK(m.url == "https://p.example/hi.jpg");
    CHECK(m.rendition == "rnd:highRes");
    CHECK(m.width == 4000);
    CHECK(m.renditions.empty());
    add_rendition(m, file("rnd:thumbnail", "https://p.example/th.jpg", 256));
    REQUIRE(m.renditions.size() == 1);
    CHECK(m.renditions[0].href == "https://p.example/th.jpg");
    auto files = renditions_of(m);
    REQUIRE(files.size() == 2);
    CHECK(files[0] == file("rnd:highRes", "https://p.example/hi.jpg", 4000));
    CHECK(files[1] == file("rnd:thumbnail", "https://p.example/th.jpg", 256));

    set_renditions(m, {files[1]});
    CHECK(m.url == "https://p.example/th.jpg");
    CHECK(m.rendition == "rnd:thumbnail");
    CHECK(m.renditions.empty());
    set_renditions(m, {});
    CHECK(renditions_of(m).empty());
    CHECK(m.url.empty());
    CHECK_FALSE(m.width);
}

TEST_CASE("media: a file given only by name or size still counts", "[model][media]") {
    Media m;
    add_rendition(m, {"thumbnail", "", "", std::nullopt, std::nullopt, std::nullopt, std::nullopt});
    add_rendition(m, {"highres", "", "", std::nullopt, std::nullopt, std::nullopt, std::nullopt});
    auto files = renditions_of(m);
    REQUIRE(files.size() == 2);
    CHECK(files[0].name == "thumbnail");
    CHECK(files[1].name == "highres");
}

TEST_CASE("media: the type a MIME type names when the item states none", "[model][media]") {
    Media m;
    CHECK(type_of(m).empty());
    m.mime_type = "image/png";
    CHECK(type_of(m) == "picture");
    m.mime_type = "video/mp4";
    CHECK(type_of(m) == "video");
    m.mime_type = "audio/mpeg";
    CHECK(type_of(m) == "audio");
    m.mime_type = "application/pdf";
    CHECK(type_of(m).empty());
    m.type = "graphic";
    CHECK(type_of(m) == "graphic");
}

TEST_CASE("media: what says more than a file", "[model][media]") {
    Media m;
    m.url = "https://p.example/a.jpg";
    m.mime_type = "image/jpeg";
    m.width = 10;
    m.role = "enclosure";
    m.rendition = "main";
    CHECK_FALSE(says_more_than_a_file(m));
    for (auto set : std::initializer_list<void (*)(Media&)>{
             [](Media& x) { x.caption = "c"; }, [](Media& x) { x.credit = "c"; }, [](Media& x) { x.by = "b"; },
             [](Media& x) { x.id = "i"; }, [](Media& x) { x.title = "t"; }, [](Media& x) { x.type = "picture"; },
             [](Media& x) { x.alt_text = "a"; }, [](Media& x) { x.copyright.notice = "n"; },
             [](Media& x) { add_rendition(x, file("", "https://p.example/b.jpg")); }}) {
        Media more = m;
        set(more);
        CHECK(says_more_than_a_file(more));
    }
}

TEST_CASE("media: the same item met twice is one, filled from both", "[model][media]") {
    std::vector<Media> media;
    Media inline_image;
    inline_image.url = "https://p.example/th.jpg";
    inline_image.alt_text = "Alt";
    inline_image.width = 256;
    inline_image.role = "inline";
    add_media(media, inline_image);

    Media picture;
    picture.id = "urn:p:1";
    picture.caption = "Caption";
    picture.role = "";
    add_rendition(picture, file("rnd:highRes", "https://p.example/hi.jpg", 4000));
    add_rendition(picture, {"rnd:thumbnail", "https://p.example/th.jpg", "", std::nullopt, 171, std::nullopt, std::nullopt});
    CHECK(same_item(media[0], picture));
    add_media(media, picture);
    REQUIRE(media.size() == 1);
    const Media& merged = media[0];
    CHECK(merged.id == "urn:p:1");
    CHECK(merged.caption == "Caption");
    CHECK(merged.alt_text == "Alt");
    CHECK(merged.role.empty());
    auto files = renditions_of(merged);
    REQUIRE(files.size() == 2);
    CHECK(files[0].href == "https://p.example/th.jpg");
    CHECK(files[0].name == "rnd:thumbnail");
    CHECK(files[0].width == 256);
    CHECK(files[0].height == 171);
    CHECK(files[1].href == "https://p.example/hi.jpg");

    Media other;
    other.id = "urn:p:2";
    CHECK_FALSE(same_item(media[0], other));
    add_media(media, other);
    CHECK(media.size() == 2);
    Media same_id;
    same_id.id = "urn:p:2";
    same_id.title = "Title";
    add_media(media, same_id);
    REQUIRE(media.size() == 2);
    CHECK(media[1].title == "Title");
    CHECK_FALSE(same_item(Media{}, Media{}));
}
