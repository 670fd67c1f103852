#include "listlines.h"

namespace ListLines {

Item item(QStringView line)
{
    Item out;
    qsizetype at = 0;
    while (at < line.size() && line.at(at) == u' ')
        ++at;
    out.indent = at;
    if (at >= line.size())
        return out;
    qsizetype end = at;
    const QChar c = line.at(at);
    if (c == u'-' || c == u'*' || c == u'+') {
        end = at + 1;
    } else {
        while (end < line.size() && end - at < 9 && line.at(end).isDigit())
            ++end;
        if (end == at || end >= line.size() || (line.at(end) != u'.' && line.at(end) != u')'))
            return out;
        out.ordered = true;
        ++end;
    }
    // The marker ends the line, or a space follows it.
    if (end < line.size() && line.at(end) != u' ')
        return out;
    out.marker = line.at(end - 1);
    qsizetype content = end;
    while (content < line.size() && line.at(content) == u' ')
        ++content;
    out.oneSpace = content == end + 1;
    out.content = line.sliced(content);
    return out;
}

bool plainStart(QStringView text)
{
    qsizetype at = 0;
    // Emphasis opening before a word: "**Bold**", "*it*" (not "* " or "***", a list or a rule).
    while (at < text.size() && at < 2 && (text.at(at) == u'*' || text.at(at) == u'_'))
        ++at;
    if (at >= text.size())
        return false;
    const QChar c = text.at(at);
    if (c.isLetter())
        return true;
    if (!c.isDigit() || at > 0)
        return false;
    // "2024 was" but not "2." or "2)" (a list inside the item), nor "2" (which may become one).
    qsizetype end = at;
    while (end < text.size() && text.at(end).isDigit())
        ++end;
    return end < text.size() && text.at(end) != u'.' && text.at(end) != u')';
}

// An item's content that the importer renders as one paragraph of the item, as it would render
// it alone: nothing that opens a block inside the item (a list, heading, quote, fence, rule, task
// box or link definition).
bool simpleContent(QStringView content)
{
    if (content.trimmed().isEmpty() || !item(content).marker.isNull())
        return false;
    if (content.startsWith(u'#') || content.startsWith(u'>') || content.startsWith(u"```")
        || content.startsWith(u"~~~") || content.startsWith(u' '))
        return false;
    // A task box: "[ ]" or "[x]" and a space (or nothing yet) after it.
    if (content.size() >= 3 && content.at(0) == u'[' && content.at(2) == u']'
        && QStringView(u" xX").contains(content.at(1)))
        return false;
    if (content.startsWith(u'[')) { // "[label]: address" defines a link
        const qsizetype close = content.indexOf(u']');
        if (close < 0 || (close + 1 < content.size() && content.at(close + 1) == u':'))
            return false;
    }
    // A rule: three or more of one of "-*_", with spaces between.
    QChar rule;
    int count = 0;
    bool onlyRule = true;
    for (const QChar c : content) {
        if (c == u' ')
            continue;
        if ((c != u'-' && c != u'*' && c != u'_') || (!rule.isNull() && c != rule)) {
            onlyRule = false;
            break;
        }
        rule = c;
        ++count;
    }
    return !(onlyRule && count >= 3);
}

Line classify(QStringView previous, bool blankBetween, QStringView line)
{
    if (line.trimmed().isEmpty())
        return {Role::Nothing, {}};
    const Item before = item(previous);
    const bool afterItem =
            !before.marker.isNull() && before.oneSpace && simpleContent(before.content);
    const Item now = item(line);
    if (!now.marker.isNull()) {
        // An item of the same list: the same indent, and the same kind of marker.
        if (!afterItem || now.indent != before.indent || now.marker != before.marker
            || now.ordered != before.ordered)
            return {};
        if (now.content.trimmed().isEmpty())
            return {Role::Nothing, {}}; // the importer drops an empty item
        if (!now.oneSpace || !simpleContent(now.content))
            return {};
        return {Role::Item, now.content};
    }
    // A line with no marker right under an item's line goes on with its paragraph; so does a
    // number that may yet become the next item's ("2" before "2.").
    if (!afterItem || blankBetween || now.indent > 3)
        return {};
    const QStringView text = line.sliced(now.indent);
    qsizetype digits = 0;
    while (digits < text.size() && text.at(digits).isDigit())
        ++digits;
    if (!plainStart(text) && !(digits == text.size() && digits <= 9))
        return {};
    return {Role::Continuation, text};
}

} // namespace ListLines
