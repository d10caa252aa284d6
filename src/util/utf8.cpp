#include "util/utf8.hpp"

namespace scopelint::util {
namespace {

unsigned char byte_at(std::string_view text, std::size_t at) { return static_cast<unsigned char>(text[at]); }

}  // namespace

Utf8Unit decode_utf8(std::string_view text, std::size_t at) {
    const unsigned char lead = byte_at(text, at);
    if (lead < 0x80U) return {lead, 1, true};
    std::uint32_t size = 0;
    char32_t code_point = 0;
    unsigned char second_min = 0x80U;
    unsigned char second_max = 0xBFU;
    if (lead >= 0xC2U && lead <= 0xDFU) {
        size = 2;
        code_point = lead & 0x1FU;
    } else if (lead >= 0xE0U && lead <= 0xEFU) {
        size = 3;
        code_point = lead & 0x0FU;
        if (lead == 0xE0U) second_min = 0xA0U;
        if (lead == 0xEDU) second_max = 0x9FU;
    } else if (lead >= 0xF0U && lead <= 0xF4U) {
        size = 4;
        code_point = lead & 0x07U;
        if (lead == 0xF0U) second_min = 0x90U;
        if (lead == 0xF4U) second_max = 0x8FU;
    } else {
        return {};
    }
    if (text.size() - at < size) return {};
    for (std::uint32_t k = 1; k < size; ++k) {
        const unsigned char c = byte_at(text, at + k);
        const unsigned char min = k == 1 ? second_min : static_cast<unsigned char>(0x80U);
        const unsigned char max = k == 1 ? second_max : static_cast<unsigned char>(0xBFU);
        if (c < min || c > max) return {};
        code_point = (code_point << 6U) | (c & 0x3FU);
    }
    return {code_point, size, true};
}

}  // namespace scopelint::util
