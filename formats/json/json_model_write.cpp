#include "json/json_model_write.hpp"

#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "json/json_fields.hpp"
#include "time/datetime.hpp"

namespace wirekit {

namespace {

// What the writer leaves out: empty strings and lists, absent optionals,
// all-empty sub-objects, level 0, ordered=false and header=false. The reader restores each as
// the model's default, so leaving it out loses nothing.
bool is_empty(const std::string& s) { return s.empty(); }
bool is_empty(int n) { return n == 0; }
bool is_empty(bool b) { return !b; }
bool is_empty(Block::Kind) { return false; }  // always written: it says what the node is
bool is_empty(Inline::Kind) { return false; }
template <class T>
bool is_empty(const std::optional<T>& o) { return !o.has_value(); }
template <class T>
bool is_empty(const std::vector<T>& v) { return v.empty(); }
template <class Struct>
bool is_empty(const Struct& s) { return s == Struct{}; }

// A plain text run is written as a bare JSON string; the object form is only
// needed when a text node also carries an href or children.
bool is_bare_text(const Inline& i) { return i.kind == Inline::Kind::text && i.href.empty() && i.children.empty(); }

class ModelWriter {
public:
    ModelWriter(JsonEmitter& out, Diagnostics* diag) : out_(out), diag_(diag) {}

    template <class Struct>
    void write(const Struct& object, const JsonPath& path) {
        out_.begin_object();
        json_fields::for_each_field(object, [&](std::string_view key, const auto& member) {
            if (is_empty(member)) return;
            JsonPath member_path = path.member(key);
            if (!writable(member, member_path)) return;
            out_.plain_key(key);
            write(member, member_path);
        });
        out_.end_object();
    }

    void write(const Inline& node, const JsonPath& path) {
        if (is_bare_text(node)) {
            out_.string(node.text);
            return;
        }
        write<Inline>(node, path);
    }

    void write(const std::string& s, const JsonPath&) { out_.string(s); }
    void write(int n, const JsonPath&) { out_.integer(n); }
    void write(long long n, const JsonPath&) { out_.integer(n); }
    void write(double d, const JsonPath&) { out_.number(d); }
    void write(bool b, const JsonPath&) { out_.boolean(b); }
    void write(Block::Kind kind, const JsonPath&) { out_.plain_string(json_fields::kind_name(kind)); }
    void write(Inline::Kind kind, const JsonPath&) { out_.plain_string(json_fields::kind_name(kind)); }
    void write(const DateTime& dt, const JsonPath& path) {
        std::string text = format_rfc3339(dt);
        // A model date that RFC 3339 cannot express (say, a bare date with an
        // offset) would not read back the same: say so rather than hide it.
        if (parse_rfc3339(text) != dt) warn(path, "date has no exact RFC 3339 form; written as " + text);
        out_.string(text);
    }

    template <class T>
    void write(const std::optional<T>& o, const JsonPath& path) {
        write(*o, path);
    }

    template <class T>
    void write(const std::vector<T>& items, const JsonPath& path) {
        out_.begin_array();
        for (std::size_t i = 0; i < items.size(); ++i) write(items[i], path.element(i));
        out_.end_array();
    }

private:
    // Every value is writable except a double JSON has no number for.
    template <class T>
    bool writable(const T&, const JsonPath&) { return true; }

    bool writable(const std::optional<double>& d, const JsonPath& path) {
        if (std::isfinite(*d)) return true;
        warn(path, "a number that is not finite cannot be written in JSON; left out");
        return false;
    }

    void warn(const JsonPath& path, std::string_view message) {
        if (diag_) diag_->warning({}, path.describe(message));
    }

    JsonEmitter& out_;
    Diagnostics* diag_;
};

}  // namespace

void emit_article(JsonEmitter& out, const Article& article, const JsonPath& path, Diagnostics* diag) {
    ModelWriter(out, diag).write(article, path);
}

void emit_feed(JsonEmitter& out, const FeedInfo& feed, const JsonPath& path, Diagnostics* diag) {
    ModelWriter(out, diag).write(feed, path);
}

bool feed_is_empty(const FeedInfo& feed) { return is_empty(feed); }

}  // namespace wirekit
