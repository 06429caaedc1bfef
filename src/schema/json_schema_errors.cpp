#include "schema/json_schema_errors.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "json/json_value.hpp"

namespace wirekit {

namespace {

std::string type_name(std::string_view type) {
    if (type == "string") return "a string";
    if (type == "number") return "a number";
    if (type == "integer") return "an integer";
    if (type == "boolean") return "true or false";
    if (type == "object") return "an object";
    if (type == "array") return "an array";
    if (type == "null") return "null";
    return "a " + std::string(type);
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (const auto& part : parts) out += (out.empty() ? "" : std::string(separator)) + part;
    return out;
}

void add_unique(std::vector<std::string>& to, const std::vector<std::string>& from) {
    for (const auto& item : from)
        if (std::find(to.begin(), to.end(), item) == to.end()) to.push_back(item);
}

std::string type_message(const std::vector<std::string>& types, const std::string& got) {
    std::vector<std::string> names;
    for (const auto& t : types) names.push_back(type_name(t));
    return "expected " + (names.empty() ? std::string("no value") : joined(names, " or ")) + ", got " + got;
}

std::string value_message(const std::vector<std::string>& allowed, const std::string& got) {
    return "expected " + std::string(allowed.size() == 1 ? "" : "one of ") + joined(allowed, ", ") + ", got " + got;
}

// The error of KIND at PATH among ERRORS, if any.
const SchemaErrors::Error* find_error(const std::vector<SchemaErrors::Error>& errors, SchemaErrors::Kind kind,
                                      const std::string& path) {
    for (const auto& e : errors)
        if (e.kind == kind && e.path == path) return &e;
    return nullptr;
}

// "value", or "a" and "b" when an alternative requires several members.
std::optional<std::string> required_only(const nlohmann::json& alternative) {
    if (!alternative.is_object() || !alternative.contains("required") || !alternative["required"].is_array()) return std::nullopt;
    for (const auto& [key, _] : alternative.items())
        if (key != "required" && key != "title" && key != "description" && key != "$comment") return std::nullopt;
    std::vector<std::string> names;
    for (const auto& name : alternative["required"]) names.push_back(name.dump());
    return joined(names, " and ");
}

}  // namespace

void SchemaErrors::add(const JsonPath& path, std::string message) {
    push({path.str(), path.depth(), std::move(message), Kind::other, {}, {}});
}

void SchemaErrors::add_type(const JsonPath& path, const std::vector<std::string>& types, const nlohmann::json& value) {
    std::string got = describe_json_value(value);
    push({path.str(), path.depth(), type_message(types, got), Kind::type, types, got});
}

void SchemaErrors::add_value(const JsonPath& path, const std::vector<nlohmann::json>& allowed, const nlohmann::json& value) {
    std::vector<std::string> texts;
    for (const auto& a : allowed) texts.push_back(a.dump());
    std::string got = describe_json_value(value);
    push({path.str(), path.depth(), value_message(texts, got), Kind::value, texts, got});
}

void SchemaErrors::add_missing(const JsonPath& path, const std::string& member) {
    std::string name = nlohmann::json(member).dump();
    push({path.str(), path.depth(), "missing required member " + name, Kind::missing, {name}, {}});
}

void SchemaErrors::add_range(const JsonPath& path, const NumberRange& range, const nlohmann::json& value) {
    std::string bounds;
    if (range.minimum && range.maximum && !range.exclusive_minimum && !range.exclusive_maximum)
        bounds = "from " + range.minimum->dump() + " to " + range.maximum->dump();
    else {
        std::vector<std::string> parts;
        if (range.minimum) parts.push_back((range.exclusive_minimum ? "greater than " : "of at least ") + range.minimum->dump());
        if (range.maximum) parts.push_back((range.exclusive_maximum ? "less than " : "of at most ") + range.maximum->dump());
        bounds = joined(parts, " and ");
    }
    add(path, "expected " + std::string(range.integer ? "an integer " : "a number ") + bounds + ", got " +
                  describe_json_value(value));
}

void SchemaErrors::add_none_holds(const JsonPath& path, const std::vector<SchemaErrors>& failures) {
    if (failures.empty()) return;
    std::string at = path.str();
    // The value is of a type no alternative takes.
    std::vector<std::string> types;
    bool all_types = std::all_of(failures.begin(), failures.end(), [&](const SchemaErrors& f) {
        const Error* e = find_error(f.errors_, Kind::type, at);
        if (e) add_unique(types, e->expected);
        return e != nullptr;
    });
    if (all_types) {
        std::string got = find_error(failures[0].errors_, Kind::type, at)->got;
        push({at, path.depth(), type_message(types, got), Kind::type, types, got});
        return;
    }
    // A member (or the value) whose value tells the alternatives apart: a "type" member and the like.
    for (const auto& candidate : failures[0].errors_) {
        if (candidate.kind != Kind::value) continue;
        std::vector<std::string> allowed;
        bool everywhere = std::all_of(failures.begin(), failures.end(), [&](const SchemaErrors& f) {
            const Error* e = find_error(f.errors_, Kind::value, candidate.path);
            if (e) add_unique(allowed, e->expected);
            return e != nullptr;
        });
        if (everywhere) {
            push({candidate.path, candidate.depth, value_message(allowed, candidate.got), Kind::value, allowed, candidate.got});
            return;
        }
    }
    // Each alternative asks for members that are missing.
    std::vector<std::string> wanted;
    bool only_missing = std::all_of(failures.begin(), failures.end(), [&](const SchemaErrors& f) {
        std::vector<std::string> names;
        for (const auto& e : f.errors_) {
            if (e.kind != Kind::missing || e.path != at) return false;
            names.push_back(e.expected[0]);
        }
        add_unique(wanted, {joined(names, " and ")});
        return !names.empty();
    });
    if (only_missing) {
        push({at, path.depth(), "missing required member " + joined(wanted, " or "), Kind::missing, wanted, {}});
        return;
    }
    // Otherwise the alternative that came closest: the one whose type and
    // tell-tale members ("type": "Polygon") fit, then the one whose errors
    // lie deepest in the value, then the one with fewest.
    std::size_t depth = path.depth();
    auto rank = [depth](const SchemaErrors& f) {
        std::size_t misfits = 0, deepest = 0;
        for (const auto& e : f.errors_) {
            misfits += (e.kind == Kind::type || e.kind == Kind::value) && e.depth <= depth + 1;
            deepest = std::max(deepest, e.depth);
        }
        return std::tuple(misfits, ~deepest, f.size());
    };
    const SchemaErrors* closest = &failures[0];
    for (const auto& f : failures)
        if (rank(f) < rank(*closest)) closest = &f;
    for (const auto& e : closest->errors_) push(e);
}

void SchemaErrors::add_several_hold(const JsonPath& path, const std::vector<const nlohmann::json*>& holding, std::size_t count) {
    std::vector<std::string> described;
    for (const auto* alternative : holding)
        if (auto names = required_only(*alternative)) described.push_back(*names);
    if (described.size() == holding.size()) {
        add(path, "expected " + joined(described, " or ") + ", not both");
        return;
    }
    add(path, "expected exactly one of the " + std::to_string(count) + " alternatives (oneOf) to hold, but " +
                  std::to_string(holding.size()) + " do");
}

void SchemaErrors::report_to(JsonReport& report) const {
    std::set<std::pair<std::string, std::string>> reported;
    for (const auto& e : errors_)
        if (reported.insert({e.path, e.message}).second) report.error(std::string(e.path), e.message);
}

}  // namespace wirekit
