#pragma once
// Runs produce(i) for i in [0, count) on `jobs` threads and hands the results
// to consume() strictly in index order on the calling thread. Workers take
// the next index as soon as they are free (so slow items do not hold up a
// fixed share of the work) but never run more than `window` items ahead of
// the consumer, which bounds memory whatever `count` is.
#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace scopelint::util {

template <typename Result, typename Produce, typename Consume>
void run_in_order(std::size_t count, unsigned jobs, std::size_t window, Produce produce, Consume consume) {
    if (jobs <= 1 || count <= 1) {
        for (std::size_t i = 0; i < count; ++i) consume(produce(i));
        return;
    }
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<std::optional<Result>> pending;  // results of [consumed, consumed + pending.size())
    std::size_t next = 0;
    std::size_t consumed = 0;

    auto worker = [&] {
        std::unique_lock lock(mutex);
        while (true) {
            changed.wait(lock, [&] { return next >= count || next < consumed + window; });
            if (next >= count) return;
            const std::size_t index = next++;
            if (pending.size() < next - consumed) pending.resize(next - consumed);
            lock.unlock();
            Result result = produce(index);
            lock.lock();
            pending[index - consumed] = std::move(result);
            changed.notify_all();
        }
    };
    std::vector<std::jthread> workers;
    workers.reserve(std::min<std::size_t>(jobs, count));
    for (unsigned j = 0; j < jobs && j < count; ++j) workers.emplace_back(worker);

    for (std::size_t i = 0; i < count; ++i) {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return !pending.empty() && pending.front().has_value(); });
        Result result = std::move(*pending.front());
        pending.pop_front();
        ++consumed;
        changed.notify_all();
        lock.unlock();
        consume(std::move(result));
    }
}

}  // namespace scopelint::util
