// The progress line: silent for short runs and when off, throttled, and
// erased before other text; driven by a fake clock, so nothing here is timed.
#include "cli/progress.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using scopelint::cli::Progress;
using namespace std::chrono_literals;

namespace {

struct FakeClock {
    std::chrono::steady_clock::time_point now{};
    Progress::Clock function() {
        return [this] { return now; };
    }
};

}  // namespace

TEST_CASE("the progress line appears after a moment, is throttled and is erased", "[progress]") {
    std::ostringstream out;
    FakeClock clock;
    Progress progress(out, true, 10, clock.function());
    progress.update(1);
    CHECK(out.str().empty());  // a short run shows nothing
    clock.now += 350ms;
    progress.update(2);
    CHECK(out.str() == "\rscopelint: 2 of 10 files");
    clock.now += 50ms;
    progress.update(3);
    CHECK(out.str() == "\rscopelint: 2 of 10 files");  // at most ten redraws a second
    clock.now += 60ms;
    progress.update(4);
    CHECK(out.str() == "\rscopelint: 2 of 10 files\rscopelint: 4 of 10 files");
    out.str("");
    progress.clear();
    CHECK(out.str() == "\r\x1b[K");
    clock.now += 10ms;
    progress.update(5);
    CHECK(out.str() == "\r\x1b[K");  // erasing does not reset the throttle
    clock.now += 100ms;
    progress.update(6);
    CHECK(out.str() == "\r\x1b[K\rscopelint: 6 of 10 files");
    progress.clear();
    out.str("");
    progress.clear();
    CHECK(out.str().empty());  // nothing shown, nothing to erase
}

TEST_CASE("a disabled progress line writes nothing", "[progress]") {
    std::ostringstream out;
    FakeClock clock;
    Progress progress(out, false, 10, clock.function());
    clock.now += 10s;
    progress.update(5);
    progress.clear();
    CHECK(out.str().empty());
}
