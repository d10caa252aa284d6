// bidi-control: Unicode bidirectional controls in any string or key of the
// manifest. They reorder how text is displayed (CVE-2021-42574, "Trojan
// Source"), so a reviewer can read a scope, URI or name that is not what the
// file says.
#include "rules/rule_util.hpp"
#include "rules/rules.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

namespace scopelint::rules {
namespace {

std::string_view bidi_name(char32_t code_point) {
    switch (code_point) {
        case 0x061C: return "ARABIC LETTER MARK";
        case 0x200E: return "LEFT-TO-RIGHT MARK";
        case 0x200F: return "RIGHT-TO-LEFT MARK";
        case 0x202A: return "LEFT-TO-RIGHT EMBEDDING";
        case 0x202B: return "RIGHT-TO-LEFT EMBEDDING";
        case 0x202C: return "POP DIRECTIONAL FORMATTING";
        case 0x202D: return "LEFT-TO-RIGHT OVERRIDE";
        case 0x202E: return "RIGHT-TO-LEFT OVERRIDE";
        case 0x2066: return "LEFT-TO-RIGHT ISOLATE";
        case 0x2067: return "RIGHT-TO-LEFT ISOLATE";
        case 0x2068: return "FIRST STRONG ISOLATE";
        case 0x2069: return "POP DIRECTIONAL ISOLATE";
        default: return {};
    }
}

// Every bidi control is encoded with lead byte 0xD8 (U+061C) or 0xE2 (the
// rest), and neither byte can continue a sequence: the scan jumps from one
// such byte to the next instead of decoding every character of large files.
std::size_t next_candidate(std::string_view text, std::size_t at) {
    while (at < text.size() && text[at] != '\xD8' && text[at] != '\xE2') ++at;
    return at;
}

class BidiControl final : public Rule {
public:
    std::string_view id() const override { return "bidi-control"; }

    void check(const RuleContext& context, std::vector<Finding>& findings) const override {
        for (const auto& field : context.app().strings) check_text(context, field, findings);
    }

private:
    void check_text(const RuleContext& context, const StringField& field, std::vector<Finding>& findings) const {
        const std::string_view text = field.value;
        for (std::size_t at = next_candidate(text, 0); at < text.size(); at = next_candidate(text, at)) {
            const auto unit = util::decode_utf8(text, at);
            const auto name = unit.valid ? bidi_name(unit.code_point) : std::string_view();
            if (!name.empty()) {
                const auto offset = static_cast<std::uint32_t>(at);
                const Span span = field.has_escapes ? field.span
                                                    : Span{field.span.begin + offset, field.span.begin + offset + unit.size};
                const std::string pointer = context.app().pointer_of(field);
                Finding f = context.finding(
                    id(), Severity::error, span, pointer,
                    fmt::format("the {} at {} holds U+{:04X} {}, which changes how the text around it is displayed",
                                field.is_key ? "key" : "value", in_quotes(pointer),
                                static_cast<std::uint32_t>(unit.code_point), name));
                f.help = "remove the invisible control character; nothing in a manifest needs it";
                findings.push_back(std::move(f));
            }
            at += unit.size;
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_bidi_control() { return std::make_unique<BidiControl>(); }

}  // namespace scopelint::rules
