#include "support/fuzz_convert.hpp"

#include <string>
#include <vector>

#include "model/datetime.hpp"
#include "registry/format.hpp"
#include "report/diagnostics.hpp"
#include "report/error.hpp"
#include "report/validation.hpp"

namespace wirekit::test {

namespace {

std::vector<const FormatInfo*> readable_formats() {
    std::vector<const FormatInfo*> found;
    for (const auto& f : all_formats())
        if (f.read) found.push_back(&f);
    return found;
}

const std::vector<const FormatInfo*>& readers() {
    static const std::vector<const FormatInfo*> all = readable_formats();
    return all;
}

// Fixed dates, so that a replayed input takes the same path as it did.
ReadOptions read_options(Diagnostics& diag, bool strict) {
    ReadOptions ro;
    ro.source = "fuzz";
    ro.reference_date = DateTime{2024, 6, 1, false, 0, 0, 0, {}, false, 0};
    ro.strict = strict;
    ro.diag = &diag;
    return ro;
}

void write_and_read_back(const Document& doc) {
    for (const auto& format : all_formats()) {
        if (!format.write) continue;
        std::vector<std::vector<std::string>> variant_sets = {{}};
        for (const auto& v : format.variants) variant_sets.push_back({std::string(v.name)});
        for (const auto& variants : variant_sets) {
            Diagnostics diag;
            WriteOptions wo;
            wo.variants = variants;
            wo.now = DateTime{2024, 6, 1, true, 12, 0, 0, {}, true, 0};
            wo.diag = &diag;
            std::string out;
            try {
                out = format.write(doc, wo);
            } catch (const Error&) {
                continue;  // a strict writer refusing what it cannot write
            }
            if (!format.read) continue;
            try {
                Diagnostics back_diag;
                (void)format.read(out, read_options(back_diag, false));
            } catch (const Error&) {
            }
        }
    }
}

}  // namespace

std::string_view fuzz_reader_for(std::uint8_t selector) { return readers()[selector % readers().size()]->id; }

void fuzz_convert(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return;
    const FormatInfo* reader = readers()[data[0] % readers().size()];
    std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
    // Strict and lenient readers take different paths through broken input.
    bool strict = (data[0] / readers().size()) % 2 == 1;
    if (reader->validate) {
        Diagnostics diag;
        Findings findings;
        try {
            reader->validate(bytes, read_options(diag, true), findings);
        } catch (const Error&) {
        }
    }
    Document doc;
    try {
        Diagnostics diag;
        doc = reader->read(bytes, read_options(diag, strict));
    } catch (const Error&) {
        return;
    }
    write_and_read_back(doc);
}

}  // namespace wirekit::test
