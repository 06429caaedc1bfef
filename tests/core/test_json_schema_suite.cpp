// The JSON Schema evaluator (src/schema/json_schema) against the official
// JSON-Schema-Test-Suite subset in ../shared/formats-ref/json-schema-test-suite:
// every test file found under tests/<draft>/ is run, every case must pass.
// Remotes are registered under http://localhost:1234/, the drafts'
// metaschemas from Debian's python3-jsonschema; "format" is asserted in
// optional/format/ only, as the suite's rules say.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>

#include "schema/json_schema.hpp"
#include "support/paths.hpp"

using namespace wirekit;
namespace fs = std::filesystem;

namespace {

const fs::path suite = test::shared_path("formats-ref/json-schema-test-suite");
const fs::path metaschema_folder = "/usr/lib/python3/dist-packages/jsonschema/schemas";

nlohmann::json load(const fs::path& path) {
    std::ifstream in(path);
    REQUIRE(in);
    return nlohmann::json::parse(in);
}

// Every document a case may refer to, by URI: the remotes and the metaschemas.
const std::map<std::string, nlohmann::json>& known_documents() {
    static const std::map<std::string, nlohmann::json> documents = [] {
        std::map<std::string, nlohmann::json> out;
        for (const auto& entry : fs::recursive_directory_iterator(suite / "remotes"))
            if (entry.is_regular_file())
                out["http://localhost:1234/" + fs::relative(entry.path(), suite / "remotes").generic_string()] = load(entry.path());
        for (const char* name : {"draft4.json", "draft7.json", "draft2019-09.json", "draft2020-12.json"}) {
            nlohmann::json meta = load(metaschema_folder / name);
            out[meta.value("$id", meta.value("id", ""))] = meta;
        }
        const nlohmann::json vocabularies = load(metaschema_folder / "vocabularies.json");
        for (const auto& [uri, schema] : vocabularies.items()) out[uri] = schema;
        return out;
    }();
    return documents;
}

struct Tally {
    int files = 0, cases = 0, tests = 0, failed = 0;
};

void run_draft(const std::string& folder, JsonSchemaDraft draft, Tally& tally) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(suite / "tests" / folder))
        if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        ++tally.files;
        std::string relative = fs::relative(file, suite / "tests").generic_string();
        JsonSchemaOptions options;
        options.assert_formats = relative.find("/optional/format/") != std::string::npos;
        for (const auto& test_case : load(file)) {
            ++tally.cases;
            JsonSchemaSet schemas;
            for (const auto& [uri, document] : known_documents()) schemas.add(document, uri, draft);
            const std::string case_uri = "urn:wirekit:suite-case";
            schemas.add(test_case["schema"], case_uri, draft);
            for (const auto& t : test_case["tests"]) {
                ++tally.tests;
                INFO(relative << ": " << test_case["description"].get<std::string>() << ": " << t["description"].get<std::string>());
                bool accepted = json_schema_accepts(t["data"], schemas, case_uri, options);
                if (accepted != t["valid"].get<bool>()) ++tally.failed;
                CHECK(accepted == t["valid"].get<bool>());
            }
        }
    }
}

}  // namespace

TEST_CASE("JSON-Schema-Test-Suite: draft-04, every case", "[json_schema_suite]") {
    Tally tally;
    run_draft("draft4", JsonSchemaDraft::draft4, tally);
    CHECK(tally.files == 20);
    CHECK(tally.failed == 0);
}

TEST_CASE("JSON-Schema-Test-Suite: draft-07, every case", "[json_schema_suite]") {
    Tally tally;
    run_draft("draft7", JsonSchemaDraft::draft7, tally);
    CHECK(tally.files == 23);
    CHECK(tally.failed == 0);
}

TEST_CASE("JSON-Schema-Test-Suite: 2020-12, every case", "[json_schema_suite]") {
    Tally tally;
    run_draft("draft2020-12", JsonSchemaDraft::draft2020_12, tally);
    CHECK(tally.files == 22);
    CHECK(tally.failed == 0);
}
