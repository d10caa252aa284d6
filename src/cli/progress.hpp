#pragma once
// "scopelint: 1,234 of 10,000 files" on one line of stderr while a long scan
// runs, redrawn at most ten times a second and erased before any report text
// reaches the same terminal. Only for a person watching: the run loop turns it
// on when stderr is a terminal (never in CI logs or piped output), and short
// runs (under a third of a second) never show it.
#include <chrono>
#include <cstddef>
#include <functional>
#include <ostream>

namespace scopelint::cli {

class Progress {
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    Progress(std::ostream& out, bool enabled, std::size_t total, Clock clock = &std::chrono::steady_clock::now);

    // `done` files of the total are finished; redraws when due.
    void update(std::size_t done);
    // Erases the line, if one is shown, so that other text starts in column 0.
    void clear();

private:
    std::ostream& out_;
    bool enabled_;
    std::size_t total_;
    Clock clock_;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_draw_;
    bool shown_ = false;
};

// Whether the progress line belongs on stderr: a terminal that is not "dumb".
[[nodiscard]] bool stderr_wants_progress();

}  // namespace scopelint::cli
