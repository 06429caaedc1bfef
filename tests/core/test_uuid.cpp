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
