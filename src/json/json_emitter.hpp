#pragma once
// Writes JSON text straight into a string, with no tree in between: either
// compact (one line, no spaces) or pretty (2-space indent), laid out exactly as
// nlohmann::json::dump() and `jq` do, so that reformatting our output with
// either changes nothing.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace wirekit {

class JsonEmitter {
public:
    enum class Style { compact, pretty };

    // Appends to OUT, which must outlive the emitter. Several top-level values
    // may follow one another; the caller separates them (e.g. with newlines).
    // OUT holds each top-level value once it is complete, not before: the
    // caller writes to OUT only between them.
    JsonEmitter(std::string& out, Style style);

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    // The next member's name; its value follows with one of the calls here.
    void key(std::string_view name);
    // The same for a NAME that needs no escaping, such as a field name of the
    // model: written without looking at its bytes (debug builds check them).
    void plain_key(std::string_view name);

    // Invalid UTF-8 in TEXT is written as U+FFFD and counted.
    void string(std::string_view text);
    // The same for TEXT that needs no escaping, such as a name the model
    // gives a kind of node: written without looking at its bytes (debug
    // builds check them).
    void plain_string(std::string_view text);
    void integer(long long value);
    // The shortest text that reads back as the same double, always with a
    // fraction or exponent ("30.0", "1e+22"); null when not finite.
    void number(double value);
    // VALUE as an integer when it is a whole number ("3156", not "3156.0":
    // JSON Feed readers such as gofeed refuse a fraction where the spec
    // counts), else as number() writes it.
    void whole_or_number(double value);
    void boolean(bool value);
    void null();

    // How many invalid UTF-8 sequences string() and key() have replaced so far.
    std::size_t replaced_sequences() const { return replaced_; }

private:
    void before_value();
    void open(char bracket);
    void close(char bracket);
    void new_line();
    void quoted(std::string_view text);
    std::size_t escape_at(std::string_view text, std::size_t pos);
    void quoted_as_is(std::string_view text);
    void end_key();
    void after_value();

    // The text is made in a buffer of the emitter's own, each piece with one
    // check for room, and moved to OUT when a top-level value is complete or
    // the buffer is full: appending to a std::string piece by piece checks
    // and copies through a call each time.
    char* room(std::size_t bytes) { return capacity_ - size_ >= bytes ? buffer_.get() + size_ : make_room(bytes); }
    char* make_room(std::size_t bytes);
    void put(char c) {
        *room(1) = c;
        ++size_;
    }
    void put(std::string_view text);
    void spill();

    std::string& out_;
    std::unique_ptr<char[]> buffer_;
    std::size_t size_ = 0;
    std::size_t capacity_ = 0;
    bool pretty_;
    // One per open object or array: bytes, not vector<bool>'s bits, as every value reads one.
    std::vector<unsigned char> has_items_;
    bool after_key_ = false;
    std::size_t replaced_ = 0;
};

}  // namespace wirekit
