#include "cli/progress.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <string_view>

#include <unistd.h>

namespace scopelint::cli {
namespace {

constexpr auto first_draw_after = std::chrono::milliseconds(300);
constexpr auto redraw_every = std::chrono::milliseconds(100);

}  // namespace

Progress::Progress(std::ostream& out, bool enabled, std::size_t total, Clock clock)
    : out_(out), enabled_(enabled), total_(total), clock_(std::move(clock)), start_(clock_()), last_draw_(start_) {}

void Progress::update(std::size_t done) {
    if (!enabled_) return;
    const auto now = clock_();
    const bool drawn_before = last_draw_ != start_;
    if (now - start_ < first_draw_after || (drawn_before && now - last_draw_ < redraw_every)) return;
    out_ << fmt::format("\rscopelint: {} of {} files", done, total_) << std::flush;
    last_draw_ = now;
    shown_ = true;
}

void Progress::clear() {
    if (!shown_) return;
    out_ << "\r\x1b[K" << std::flush;  // carriage return, then erase to the end of the line
    shown_ = false;
}

bool stderr_wants_progress() {
    const char* term = std::getenv("TERM");
    return ::isatty(STDERR_FILENO) == 1 && !(term != nullptr && std::string_view(term) == "dumb");
}

}  // namespace scopelint::cli
