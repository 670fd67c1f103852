#include "listlines.h"

#include <functional>

namespace ListLines {

namespace {

// A thematic break: three or more of one of "-*_", spaces between ("* * *", "- --", "***").
bool isRule(QStringView text)
{
    QChar rule;
    int count = 0;
    for (const QChar c : text) {
        if (c == u' ')
            continue;
        if ((c != u'-' && c != u'*' && c != u'_') || (!rule.isNull() && c != rule))
            return false;
        rule = c;
        ++count;
    }
    return count >= 3;
}

} // namespace

Item item(QStringView line)
{
    Item out;
    if (isRule(line)) // "* * *" is a rule, not an item
        return out;
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
        out.number = line.sliced(at, end - at);
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
    out.column = content;
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
    return !isRule(content);
}

namespace {

// An item line whose block is one paragraph of an item: the blocks above an item can be
// counted from its source.
bool simpleItem(const Item &item)
{
    return !item.marker.isNull() && item.oneSpace && simpleContent(item.content);
}

} // namespace

bool startsList(QStringView text, qsizetype begin, QStringView line)
{
    const Item now = item(line);
    if (now.indent != 0 || !simpleItem(now))
        return false;
    if (begin == 0)
        return true;
    // Under the open block's first line when that is no item (a paragraph, a heading): after a
    // blank line, any item starts a list; right under it, a bullet or 1.
    const qsizetype firstEnd = text.indexOf(u'\n');
    const QStringView first = text.first(std::max<qsizetype>(firstEnd, 0));
    if (firstEnd < 0 || firstEnd >= begin || !item(first).marker.isNull()
        || first.trimmed().isEmpty()
        || !text.sliced(firstEnd, begin - firstEnd).trimmed().isEmpty())
        return false;
    return firstEnd + 1 < begin || !now.ordered || now.number == u"1";
}

namespace {

constexpr int MostLinesUp = 64; // nested items looked through, for the item a line follows

// The lines above begin, nearest first.
struct LinesAbove
{
    QStringView text;
    qsizetype end; // the line break that ends the next line to give
    qsizetype begin = 0; // where the line last given starts
    bool next(QStringView *line)
    {
        if (end <= 0)
            return false;
        begin = text.lastIndexOf(u'\n', end - 1) + 1;
        *line = text.sliced(begin, end - begin);
        end = begin - 1;
        return true;
    }
};

Line classifyItem(const Item &now, LinesAbove above, const IsItem &isItem)
{
    int back = 0;
    bool blank = false;
    qsizetype inside = -1; // the least and the most indent of the items passed over
    qsizetype deepest = -1;
    QStringView line;
    for (int seen = 0; seen < MostLinesUp && above.next(&line); ++seen) {
        if (line.trimmed().isEmpty()) {
            if (back > 0)
                return {};
            blank = true;
            continue;
        }
        // Only an item these rules knew is one: a line that looks like an item may be the text
        // of the one above going on ("2. x" under an item cannot start a list), or code.
        const Item up = item(line);
        if (!simpleItem(up) || !isItem(above.begin))
            return {};
        if (up.indent > now.indent) { // an item nested in the one this may follow
            ++back;
            inside = inside < 0 ? up.indent : std::min(inside, up.indent);
            deepest = std::max(deepest, up.indent);
            continue;
        }
        // Those passed over are items of a list in this one's (each one block): indented to its
        // text, and not four more (which would go on with the text of the item above them).
        if (back > 0 && (inside < up.column || deepest >= up.column + 4))
            return {};
        const bool empty = now.content.trimmed().isEmpty();
        if (up.indent == now.indent) {
            // The next item of the same list: the same kind of marker.
            if (up.marker != now.marker || up.ordered != now.ordered)
                return {};
            if (empty)
                return {Role::Nothing, {}}; // the importer drops an empty item
            if (!now.oneSpace || !simpleContent(now.content))
                return {};
            return {Role::Item, now.content, false, back};
        }
        // The first item of a list in the item on the line before: indented to its content
        // (not four more, which is that item's text going on).
        if (back > 0 || blank || now.indent < up.column || now.indent >= up.column + 4)
            return {};
        if (empty) { // its marker alone: a "-" makes that item a heading
            // As it does when the item is rendered alone only when it is the first item of the
            // list (a heading in a later one is moved out of the list by Qt's importer): any
            // other is rendered whole.
            LinesAbove further = above;
            QStringView before;
            const bool first = !further.next(&before) && up.indent == 0;
            return {now.marker == u'-' && first ? Role::Attached : Role::Unknown, {}};
        }
        if (!now.oneSpace || !simpleContent(now.content))
            return {};
        // A numbered list inside starts at 1 (a later start would be a property of the list).
        if (now.ordered && now.number != u"1")
            return {};
        return {Role::Item, now.content, true, 0};
    }
    return {};
}

} // namespace

Line classify(QStringView text, qsizetype begin, QStringView line, const IsItem &isItem)
{
    if (line.trimmed().isEmpty())
        return {Role::Nothing, {}};
    const LinesAbove above{text, begin - 1};
    const Item now = item(line);
    if (!now.marker.isNull())
        return classifyItem(now, above, isItem);
    // A line with no marker right under an item's line goes on with its paragraph; so does a
    // number that may yet become the next item's ("2" before "2.").
    LinesAbove up = above;
    QStringView previous;
    if (!up.next(&previous) || !simpleItem(item(previous)) || !isItem(up.begin) || now.indent > 3)
        return {};
    const QStringView words = line.sliced(now.indent);
    qsizetype digits = 0;
    while (digits < words.size() && words.at(digits).isDigit())
        ++digits;
    if (!plainStart(words) && !(digits == words.size() && digits <= 9))
        return {};
    return {Role::Continuation, words};
}

} // namespace ListLines
