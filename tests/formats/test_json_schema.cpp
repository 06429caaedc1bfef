// formats/json/wirekit.schema.json against the writers: it names the same keys
// in the same order as the model, and validates what they write (checked by
// tests/tools/validate_json.py with Debian's python3-jsonschema).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "json/json_fields.hpp"
#include "json/json_writer.hpp"
#include "test_json_fixture.hpp"

using namespace wirekit;
namespace fs = std::filesystem;

namespace {

const std::string schema_path = std::string(WIREKIT_SOURCE_DIR) + "/formats/json/wirekit.schema.json";

nlohmann::ordered_json load_schema() {
    std::ifstream in(schema_path);
    REQUIRE(in);
    return nlohmann::ordered_json::parse(in);
}

std::vector<std::string> schema_keys(const nlohmann::ordered_json& schema, const std::string& def) {
    std::vector<std::string> keys;
    for (const auto& item : schema.at("$defs").at(def).at("properties").items()) keys.push_back(item.key());
    return keys;
}

template <class Struct>
std::vector<std::string> model_keys() {
    std::vector<std::string> keys;
    Struct object{};
    json_fields::for_each_field(object, [&](std::string_view key, auto&) { keys.emplace_back(key); });
    return keys;
}

// A scratch folder for this test process, removed at the end.
struct Scratch {
    fs::path dir = fs::temp_directory_path() / ("wirekit-json-schema-" + std::to_string(::getpid()));
    Scratch() { fs::create_directories(dir); }
    ~Scratch() { fs::remove_all(dir); }
    std::string write(const std::string& name, const std::string& text) const {
        fs::path path = dir / name;
        std::ofstream(path, std::ios::binary) << text;
        return path.string();
    }
};

enum class Expect { valid, invalid };

// The validator's exit status for FILE (0 valid, 1 invalid). Its messages are
// shown only when the file was expected to be valid.
int validate(const std::string& file, bool lines, Expect expect = Expect::valid) {
    std::string command = "/usr/bin/python3 '" + std::string(WIREKIT_SOURCE_DIR) + "/tests/tools/validate_json.py' '" +
                          schema_path + "' '" + file + "'" + (lines ? " --lines" : "") +
                          (expect == Expect::invalid ? " 2>/dev/null" : "");
    int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

TEST_CASE("json schema: every definition lists the model's keys in the model's order", "[json][schema]") {
    const auto schema = load_schema();
    CHECK(schema_keys(schema, "article") == model_keys<Article>());
    CHECK(schema_keys(schema, "feed") == model_keys<FeedInfo>());
    CHECK(schema_keys(schema, "feed_image") == model_keys<FeedImage>());
    CHECK(schema_keys(schema, "block") == model_keys<Block>());
    CHECK(schema_keys(schema, "inline_node") == model_keys<Inline>());
    CHECK(schema_keys(schema, "dateline") == model_keys<Dateline>());
    CHECK(schema_keys(schema, "located") == model_keys<Located>());
    CHECK(schema_keys(schema, "place_ref") == model_keys<PlaceRef>());
    CHECK(schema_keys(schema, "person") == model_keys<Person>());
    CHECK(schema_keys(schema, "copyright") == model_keys<Copyright>());
    CHECK(schema_keys(schema, "concept") == model_keys<Concept>());
    CHECK(schema_keys(schema, "media") == model_keys<Media>());
    CHECK(schema_keys(schema, "link") == model_keys<Link>());
    CHECK(schema_keys(schema, "extension") == model_keys<Extension>());
    CHECK(schema_keys(schema, "document") == std::vector<std::string>{"wirekit", "feed", "articles"});
}

TEST_CASE("json schema: the writers' output is valid", "[json][schema]") {
    Scratch scratch;
    Diagnostics diag;
    WriteOptions options;
    options.diag = &diag;
    Document typical;
    for (int i = 0; i < 3; ++i) typical.articles.push_back(test::typical_article(i));

    CHECK(validate(scratch.write("full.json", write_json(test::full_document(), options)), false) == 0);
    CHECK(validate(scratch.write("empty.json", write_json(Document{}, options)), false) == 0);
    CHECK(validate(scratch.write("typical.json", write_json(typical, options)), false) == 0);
    CHECK(validate(scratch.write("full.jsonl", write_jsonl(test::full_document(), options)), true) == 0);
    CHECK(validate(scratch.write("typical.jsonl", write_jsonl(typical, options)), true) == 0);
    CHECK(validate(scratch.write("empty.jsonl", write_jsonl(Document{}, options)), true) == 0);
}

TEST_CASE("json schema: what the writer never writes is refused", "[json][schema]") {
    // Without these, a validator that accepted everything would pass the test above.
    Scratch scratch;
    for (const char* bad : {R"({"articles": []})",                                  // no version
                            R"({"wirekit": 2, "articles": []})",                    // wrong version
                            R"({"wirekit": 1, "articles": [{"headline": ""}]})",    // empty fields are left out
                            R"({"wirekit": 1, "articles": [{"urgency": "3"}]})",    // wrong type
                            R"({"wirekit": 1, "articles": [{"colour": "red"}]})",   // unknown key
                            R"({"wirekit": 1, "articles": [{"published": "2023-06-06T10:00:00+0500"}]})",
                            R"({"wirekit": 1, "articles": [{"body": [{"kind": "paragraph", "inlines": [{"kind": "text", "text": "a"}]}]}]})",
                            R"({"wirekit": 1, "articles": [{"body": [{"kind": "list", "ordered": false}]}]})",
                            R"({"wirekit": 1, "feed": {}, "articles": []})"}) {
        INFO(bad);
        CHECK(validate(scratch.write("bad.json", bad), false, Expect::invalid) == 1);
    }
    CHECK(validate(scratch.write("bad.jsonl", "{\"id\":\"a\"}\n{\"id\":1}\n"), true, Expect::invalid) == 1);
    CHECK(validate(scratch.write("bad.jsonl", "{\"id\":\"a\"}\nnot json\n"), true, Expect::invalid) == 1);
}
