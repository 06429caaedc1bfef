#include <catch2/catch.hpp>

#include "ids/sha1.hpp"
#include "ids/uuid.hpp"

using namespace wirekit;

namespace {
std::string hex(const std::array<std::uint8_t, 20>& d) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    for (auto b : d) {
        out += digits[b >> 4];
        out += digits[b & 15];
    }
    return out;
}
}  // namespace

TEST_CASE("SHA-1 matches the FIPS 180 test vectors", "[uuid]") {
    CHECK(hex(sha1("abc")) == "a9993e364706816aba3e25717850c26c9cd0d89d");
    CHECK(hex(sha1("")) == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    CHECK(hex(sha1("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
          "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
    CHECK(hex(sha1(std::string(1000000, 'a'))) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

TEST_CASE("content ids are stable, distinct and version-5 UUIDs", "[uuid]") {
    std::string a = content_uuid("Headline\nDATELINE\nLead");
    CHECK(a == content_uuid("Headline\nDATELINE\nLead"));
    CHECK(a != content_uuid("Headline\nDATELINE\nLead."));
    REQUIRE(a.size() == 45);
    CHECK(a.starts_with("urn:uuid:"));
    CHECK(a[23] == '5');
    CHECK(std::string("89ab").find(a[28]) != std::string::npos);
}

TEST_CASE("SHA-1 fed in parts gives the digest of the whole", "[uuid]") {
    std::string text;
    for (int i = 0; i < 300; ++i) text += static_cast<char>('a' + i % 26);
    // Cuts before, at and across the 64-byte blocks and the 56-byte padding limit.
    for (std::size_t cut : std::initializer_list<std::size_t>{0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 200, 300}) {
        Sha1 hasher;
        hasher.update(std::string_view(text).substr(0, cut));
        hasher.update(std::string_view(text).substr(cut, 17));
        hasher.update(std::string_view(text).substr(cut + std::min<std::size_t>(17, text.size() - cut)));
        CHECK(hex(hasher.finish()) == hex(sha1(text)));
    }
}

TEST_CASE("a content id over lines is the id of the lines joined with newlines", "[uuid]") {
    CHECK(content_uuid({"Headline", "DATELINE", "Lead"}) == content_uuid("Headline\nDATELINE\nLead"));
    CHECK(content_uuid({"Headline", "", ""}) == content_uuid("Headline\n\n"));
    // Python's uuid.uuid5 over the same namespace and name.
    CHECK(content_uuid({"Headline", "DATELINE", "Lead"}) == "urn:uuid:af37d1cf-26bc-5a24-abae-8ebd57ae0ec3");
}

TEST_CASE("SHA-1 takes empty parts, even views of no data at all", "[uuid]") {
    // Checked for undefined behaviour by the sanitizer build (memcpy of a null pointer).
    Sha1 hasher;
    hasher.update(std::string_view{});
    hasher.update("ab");
    hasher.update(std::string_view{});
    hasher.update("c");
    CHECK(hex(hasher.finish()) == "a9993e364706816aba3e25717850c26c9cd0d89d");
}
