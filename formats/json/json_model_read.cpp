#include "json/json_model_read.hpp"

#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "json/json_fields.hpp"
#include "json/json_value.hpp"
#include "report/error.hpp"
#include "time/datetime.hpp"

namespace wirekit {

namespace {

using nlohmann::json;

template <class Kinds>
std::string names_of(const Kinds& kinds) {
    std::string out;
    for (auto kind : kinds) {
        if (!out.empty()) out += ", ";
        out += json_fields::kind_name(kind);
    }
    return out;
}

class ModelReader {
public:
    explicit ModelReader(const JsonReadContext& context) : context_(context) {}

    template <class Struct>
    void read(json& value, Struct& out, const JsonPath& path) {
        expect(value.is_object(), value, path, "an object");
        std::size_t known = 0;
        json_fields::for_each_field(out, [&](std::string_view key, auto& member) {
            auto it = value.find(key);
            if (it == value.end()) return;
            ++known;
            if (!it->is_null()) read(*it, member, path.member(key));
        });
        if (known < value.size()) warn_unknown_keys(value, out, path);
    }

    void read(json& value, Block& out, const JsonPath& path) {
        require_kind(value, path);
        read<Block>(value, out, path);
    }

    void read(json& value, Inline& out, const JsonPath& path) {
        if (value.is_string()) {  // the short form of a plain text run
            out.text = std::move(value.get_ref<std::string&>());
            return;
        }
        require_kind(value, path);
        read<Inline>(value, out, path);
    }

    void read(json& value, Concept& out, const JsonPath& path) {
        if (value.is_string()) {  // a feed category as wirekit wrote it before categories had schemes
            out.name = std::move(value.get_ref<std::string&>());
            return;
        }
        read<Concept>(value, out, path);
    }

    void read(json& value, std::string& out, const JsonPath& path) {
        expect(value.is_string(), value, path, "a string");
        out = std::move(value.get_ref<std::string&>());
    }

    void read(json& value, int& out, const JsonPath& path) { read_integer(value, out, path); }
    void read(json& value, long long& out, const JsonPath& path) { read_integer(value, out, path); }

    void read(json& value, double& out, const JsonPath& path) {
        expect(value.is_number(), value, path, "a number");
        out = value.get<double>();
    }

    void read(json& value, bool& out, const JsonPath& path) {
        expect(value.is_boolean(), value, path, "true or false");
        out = value.get<bool>();
    }

    void read(json& value, DateTime& out, const JsonPath& path) {
        expect(value.is_string(), value, path, "an RFC 3339 date or date-time string");
        auto parsed = parse_rfc3339(value.get_ref<const std::string&>());
        if (!parsed) fail(path, "expected an RFC 3339 date or date-time, got " + describe_json_value(value));
        out = std::move(*parsed);
    }

    void read(json& value, Block::Kind& out, const JsonPath& path) {
        read_kind(value, out, json_fields::all_block_kinds, path, "block");
    }
    void read(json& value, Inline::Kind& out, const JsonPath& path) {
        read_kind(value, out, json_fields::all_inline_kinds, path, "inline");
    }

    template <class T>
    void read(json& value, std::optional<T>& out, const JsonPath& path) {
        read(value, out.emplace(), path);
    }

    template <class T>
    void read(json& value, std::vector<T>& out, const JsonPath& path) {
        expect(value.is_array(), value, path, "an array");
        out.reserve(value.size());
        for (std::size_t i = 0; i < value.size(); ++i) read(value[i], out.emplace_back(), path.element(i));
    }

    Document read_document(json& value) {
        const JsonPath top;
        expect(value.is_object(), value, top, "an object");
        auto version = value.find(json_fields::version_key);
        auto feed = value.find(json_fields::feed_key);
        auto articles = value.find(json_fields::articles_key);
        if (version == value.end() && articles == value.end())
            fail(top, "not a wirekit json document: it has neither a \"wirekit\" nor an \"articles\" key");
        if (version == value.end() || version->is_null()) {
            note("no \"wirekit\" version key; read as version " + std::to_string(json_fields::document_version));
        } else {
            int number = 0;
            JsonPath version_path = top.member(json_fields::version_key);
            read(*version, number, version_path);
            if (number != json_fields::document_version)
                fail(version_path, "version " + std::to_string(number) + " is not supported (this wirekit reads version " +
                                       std::to_string(json_fields::document_version) + ")");
        }
        Document doc;
        if (feed != value.end() && !feed->is_null()) read(*feed, doc.feed, top.member(json_fields::feed_key));
        if (articles != value.end() && !articles->is_null())
            read(*articles, doc.articles, top.member(json_fields::articles_key));
        for (const auto& item : value.items()) {
            const std::string& key = item.key();
            if (key != json_fields::version_key && key != json_fields::feed_key && key != json_fields::articles_key)
                warn(top.member(key), "unknown key ignored");
        }
        return doc;
    }

private:
    [[noreturn]] void fail(const JsonPath& path, std::string_view message) const {
        throw Error(Exit::data, path.describe(message), context_.options.source, context_.line);
    }

    void expect(bool ok, const json& value, const JsonPath& path, std::string_view what) const {
        if (!ok) fail(path, "expected " + std::string(what) + ", got " + describe_json_value(value));
    }

    void warn(const JsonPath& path, std::string_view message) const {
        if (context_.options.diag) context_.options.diag->warning(context_.options.source, path.describe(message), context_.line);
    }

    void note(std::string_view message) const {
        if (context_.options.diag) context_.options.diag->note(context_.options.source, std::string(message), context_.line);
    }

    // Block and inline objects must say what they are; nothing else can.
    void require_kind(const json& value, const JsonPath& path) const {
        expect(value.is_object(), value, path, "an object");
        auto kind = value.find("kind");
        if (kind == value.end() || kind->is_null()) fail(path, "missing \"kind\"");
    }

    template <class Int>
    void read_integer(const json& value, Int& out, const JsonPath& path) const {
        expect(value.is_number_integer(), value, path, "an integer");
        if (auto n = json_integer<Int>(value)) {
            out = *n;
            return;
        }
        fail(path, "expected an integer from " + std::to_string(std::numeric_limits<Int>::min()) + " to " +
                       std::to_string(std::numeric_limits<Int>::max()) + ", got " + describe_json_value(value));
    }

    template <class Kind, class Kinds>
    void read_kind(const json& value, Kind& out, const Kinds& kinds, const JsonPath& path, std::string_view family) const {
        expect(value.is_string(), value, path, "a string");
        const auto& name = value.get_ref<const std::string&>();
        for (Kind kind : kinds) {
            if (json_fields::kind_name(kind) == name) {
                out = kind;
                return;
            }
        }
        fail(path, "unknown " + std::string(family) + " kind " + describe_json_value(value) + " (known: " + names_of(kinds) + ")");
    }

    template <class Struct>
    void warn_unknown_keys(const json& value, Struct& out, const JsonPath& path) const {
        for (const auto& item : value.items()) {
            const std::string& key = item.key();
            bool known = false;
            json_fields::for_each_field(out, [&](std::string_view name, auto&) { known = known || name == key; });
            if (!known) warn(path.member(key), "unknown key ignored");
        }
    }

    const JsonReadContext& context_;
};

}  // namespace

Document document_from_json(json& value, const JsonReadContext& context) { return ModelReader(context).read_document(value); }

Article article_from_json(json& value, const JsonPath& path, const JsonReadContext& context) {
    Article article;
    ModelReader(context).read(value, article, path);
    return article;
}

}  // namespace wirekit
