// schemas/SOURCES against the files: every vendored schema is byte for byte
// the reference copy it names, every schema file of schemas/ is listed and
// compiled into the binary as it is in the tree.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <sstream>
#include <string>

#include "schema/bundled_files.hpp"
#include "support/paths.hpp"

using namespace wirekit;
namespace fs = std::filesystem;

namespace {

struct Source {
    std::string file;       // under schemas/
    std::string reference;  // under ../shared/formats-ref, "-" for wirekit's own files
};

std::vector<Source> sources() {
    std::vector<Source> out;
    std::istringstream in(test::read_file(test::source_path("schemas/SOURCES")));
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> fields;
        std::istringstream split(line);
        for (std::string field; std::getline(split, field, '\t');) fields.push_back(field);
        REQUIRE(fields.size() == 4);
        out.push_back({fields[0], fields[2]});
    }
    return out;
}

}  // namespace

TEST_CASE("bundled schemas: each vendored file is its reference copy, unmodified", "[schemas]") {
    auto listed = sources();
    CHECK(listed.size() >= 17);
    for (const auto& source : listed) {
        INFO(source.file);
        std::string bytes = test::read_file(test::source_path("schemas/" + source.file));
        if (source.reference != "-") CHECK(bytes == test::read_file(test::shared_path("formats-ref/" + source.reference)));
    }
}

TEST_CASE("bundled schemas: every file of schemas/ is listed, every schema is compiled in", "[schemas]") {
    std::set<std::string> listed;
    for (const auto& source : sources()) listed.insert(source.file);
    std::size_t schema_files = 0;
    for (const auto& entry : fs::recursive_directory_iterator(test::source_path("schemas"))) {
        if (!entry.is_regular_file()) continue;
        std::string name = fs::relative(entry.path(), test::source_path("schemas")).string();
        std::string ext = entry.path().extension().string();
        if (name == "SOURCES" || name == "README.md" || name == ".gitattributes") continue;
        bool licence = name.find("LICENSE") != std::string::npos || name.find("COPYING") != std::string::npos;
        INFO(name);
        if (!licence && ext != ".rnc") CHECK(listed.contains(name));
        if (ext != ".xsd" && ext != ".rng" && ext != ".dtd" && ext != ".json") continue;
        ++schema_files;
        auto bundled = bundled_file(name);
        REQUIRE(bundled);
        CHECK(*bundled == test::read_file(entry.path().string()));
    }
    CHECK(bundled_files().size() == schema_files + 1);  // and wirekit's own JSON schema
    CHECK(bundled_file("wirekit/wirekit.schema.json") == test::read_file(test::source_path("formats/json/wirekit.schema.json")));
}
