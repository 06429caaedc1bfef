#include "cli/convert_stream.hpp"

#include <algorithm>
#include <iostream>

#include "convert/article_stream.hpp"
#include "convert/line_stream.hpp"
#include "io/atomic_file.hpp"
#include "json/json_prefix.hpp"
#include "report/error.hpp"

namespace wirekit {

bool reads_line_by_line(const Detection& input, std::string_view prefix) {
    std::string_view id = input.format->id;
    return id == "jsonl" || (id == "ninjs" && first_line_is_json_value(prefix));
}

bool writes_line_by_line(const Detection& output) {
    std::string_view id = output.format->id;
    bool lines = std::ranges::find(output.variants, "lines") != output.variants.end();
    return id == "jsonl" || (id == "ninjs" && lines);
}

void convert_line_by_line(InputStream& in, std::string_view prefix, const Detection& input, const Detection& output,
                          const ReadOptions& read_options, const WriteOptions& write_options, const std::string& output_path,
                          std::size_t max_line_size) {
    read_options.diag->note(read_options.source, "converting line by line");
    auto stream = [&](std::ostream& out) {
        stream_lines(in.stream(), out, input.format->read, output.format->write, read_options, write_options, prefix,
                     max_line_size);
    };
    if (output_path == "-") {
        stream(std::cout);
        std::cout.flush();
        if (!std::cout) throw Error(Exit::io, "cannot write the output", "<stdout>");
        return;
    }
    AtomicFile file(output_path);
    stream(file.stream());
    file.commit();
}

bool converts_article_by_article(const Detection& input, const Detection& output) {
    return input.format->read_each && output.format->streaming_writer && writes_line_by_line(output);
}

Diagnostics convert_article_by_article(std::string_view bytes, const Detection& input, const Detection& output,
                                       const ReadOptions& read_options, const WriteOptions& write_options,
                                       const std::string& output_path, const std::function<void()>& check_input) {
    read_options.diag->note(read_options.source, "converting article by article");
    return stream_articles(bytes, input.format->read_each, output.format->streaming_writer, read_options, write_options,
                           output_path, check_input);
}

}  // namespace wirekit
