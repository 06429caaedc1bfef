#pragma once
// Delivering push payloads in order, with the outbox taking what cannot be
// delivered now, and draining the outbox.
#include <cstddef>
#include <vector>

#include "cli/push_payloads.hpp"
#include "http/outbox.hpp"

namespace wirekit {

// Sends the entries of OUTBOX oldest first, removing each after a 2xx. An
// entry the server refuses for good (4xx, a bad redirect) moves to rejected/
// and the rest go on; a temporary failure stops the drain, keeping the order.
// Returns how many were rejected; throws Error 75 when entries remain.
std::size_t drain_outbox(const Outbox& outbox, const HttpSettings& settings, Diagnostics& diag);

// Sends PAYLOADS in order. With OUTBOX (locked by the caller), the entries
// queued there go first, and a payload that fails for a temporary reason is
// queued with all those after it, then Error 75 is thrown. Without, the
// first failure is thrown as it is. Returns how many outbox entries were rejected.
std::size_t deliver(const std::vector<Payload>& payloads, const Outbox* outbox, const HttpSettings& settings, Diagnostics& diag);

}  // namespace wirekit
