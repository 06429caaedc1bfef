#pragma once
// The schema files compiled into the binary (schemas/ and wirekit's own JSON
// schema; cmake/EmbedSchemas.cmake writes the table at build time), so that
// validating needs no file at run time and never the network.
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace wirekit {

struct BundledFile {
    std::string_view name;   // its path under schemas/: "newsml-g2/xml.xsd", "wirekit/wirekit.schema.json"
    std::string_view bytes;  // the file as it is in the source tree
};

// Every bundled file, sorted by name.
std::span<const BundledFile> bundled_files();

// The bytes of the bundled file NAME, if there is one.
std::optional<std::string_view> bundled_file(std::string_view name);

// Where bundled files are to libxml2 and to JSON Schema references, so that a
// relative reference from one resolves to another.
inline constexpr std::string_view bundled_uri_base = "file:///wirekit/schemas/";

// The URI of the bundled file NAME ("ninjs/ninjs-schema_2.2.json"), with
// FRAGMENT (a JSON pointer such as "/$defs/article") when given.
std::string bundled_schema_uri(std::string_view name, std::string_view fragment = {});

}  // namespace wirekit
