#pragma once
// Reading the parts of a large document (xml_parts.hpp) on several threads,
// with what they give taken in document order: the same articles and notes,
// in the same order, as reading one part after the other.
#include <algorithm>
#include <cstddef>
#include <memory>
#include <utility>
#include <vector>

#include "parallel/in_order.hpp"
#include "report/diagnostics.hpp"
#include "xml/xml_parts.hpp"

namespace wirekit {

// How many parts are read ahead of the one taken: enough to keep the threads
// busy, few enough that memory stays bounded (a few megabytes of articles);
// and how many a thread takes at once (fewer hand-overs between threads).
inline constexpr std::size_t parts_read_ahead = 128;
inline constexpr std::size_t parts_per_claim = 8;

// Reads each element of PARTS (children of ANCESTORS in WHOLE) on up to
// options.threads threads (no more than there are claims of parts): on a
// thread, READ(worker, part) with the parsed part and the state
// MAKE_WORKER(options) made for that thread (OPTIONS being its parser's, with
// threads saying how many read: the state may keep a reference). Then, on the
// calling thread and in document order, the part's notes are added to
// options.diag and TAKE is given what READ returned, as an rvalue. When every
// part is taken, FINISH(worker) is called for each thread's state, on the
// calling thread (to gather what it counted). Throws what parsing or READ
// throws for a part in its turn.
template <class MakeWorker, class Read, class Take, class Finish>
void read_parts_in_order(const XmlDocument& whole, const std::vector<XmlTagSpan>& ancestors,
                         const std::vector<XmlElementSpan>& parts, const ReadOptions& options, MakeWorker make_worker,
                         Read read, Take take, Finish finish) {
    using Worker = decltype(make_worker(options));
    struct Thread {
        Thread(const XmlDocument& whole, const ReadOptions& options, MakeWorker& make)
            : parser(whole, options), worker(make(parser.options())) {}
        XmlPartParser parser;
        Worker worker;
    };
    std::size_t claims = (parts.size() + parts_per_claim - 1) / parts_per_claim;
    auto threads = static_cast<unsigned>(std::clamp<std::size_t>(options.threads, 1, std::max<std::size_t>(claims, 1)));
    ReadOptions running = options;
    running.threads = threads;
    std::vector<std::unique_ptr<Thread>> state;
    for (unsigned t = 0; t < threads; ++t) state.push_back(std::make_unique<Thread>(whole, running, make_worker));
    using Value = decltype(read(state.front()->worker, std::declval<XmlDocument&>()));
    // VALUE first: it is read (and DIAG told) before DIAG is moved in.
    struct PartRead {
        Value value;
        Diagnostics diag;
    };
    produce_in_order(
        parts.size(), threads, parts_read_ahead, parts_per_claim,
        [&](unsigned t, std::size_t i) {
            Thread& thread = *state[t];
            Diagnostics diag(options.diag->kept());
            thread.parser.tell(diag);
            std::unique_ptr<XmlDocument> part = thread.parser.parse(ancestors, parts[i]);
            return PartRead{read(thread.worker, *part), std::move(diag)};
        },
        [&](std::size_t, PartRead&& read_part) {
            options.diag->append(read_part.diag);
            take(std::move(read_part.value));
        });
    for (const auto& thread : state) finish(thread->worker);
}

}  // namespace wirekit
