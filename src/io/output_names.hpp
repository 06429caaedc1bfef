#pragma once
// Naming the files of a batch conversion from a template such as
// "{date}-{slug}.{ext}", and keeping the names of one run apart.
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "model/article.hpp"

namespace wirekit {

// What the placeholders of a name template stand for.
struct NameFields {
    std::string name;      // {name}: the input's file name without its suffix
    std::string id;        // {id}
    std::string headline;  // {headline}
    std::string slug;      // {slug}: the headline as a slug
    std::string date;      // {date}: YYYY-MM-DD
    std::string source;    // {source}: the first source, else the provider
    std::string ext;       // {ext}: the output format's suffix, without the dot
    std::size_t n = 1;     // {n}: the article's position in its input, from 1
};

// The fields for ARTICLE (null for an input without articles), the N-th of
// the input INPUT, written with suffix EXT. Missing values get a stand-in
// ("untitled", "undated", ...) so that no name is left empty.
NameFields name_fields(const std::string& input, const Article* article, std::string_view ext, std::size_t n);

class NameTemplate {
public:
    // Throws Error 64 for an unknown placeholder, an unclosed '{' or a '/'.
    explicit NameTemplate(std::string_view text);

    // The template filled in with FIELDS, as a safe_file_name.
    std::string expand(const NameFields& fields) const;

private:
    struct Piece {
        bool placeholder = false;
        std::string text;  // literal text, or the placeholder's name
    };
    std::vector<Piece> pieces_;
};

// The names given out in one run: a name already taken gets "-2", "-3", ...
// before its extension, so that the first comer keeps the plain name.
class NameClaims {
public:
    std::string claim(const std::string& name);

private:
    std::unordered_set<std::string> taken_;
};

}  // namespace wirekit
