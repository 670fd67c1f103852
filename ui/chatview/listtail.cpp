// An open list grown in place: words added to its last item, and new items added to it, each a
// block of the same list with the formats the importer gives its items (see ListLines).
#include "listlines.h"
#include "markdownblocks.h"
#include "messagedocument.h"

#include <QtGui/QAbstractTextDocumentLayout>
#include <QtGui/QTextBlock>
#include <QtGui/QTextCursor>
#include <QtGui/QTextLayout>
#include <QtGui/QTextList>

#include <variant>

using namespace MarkdownBlocks;
using ListLines::Role;

namespace {

bool plainFormat(const QTextCharFormat &format)
{
    return !format.isAnchor() && !format.isImageFormat() && !format.fontFixedPitch()
            && format.fontWeight() <= QFont::Normal && !format.fontItalic()
            && !format.fontStrikeOut();
}

// A rendering that is one block with text and no image: a list item (the item above, rendered
// again with the line under it), or a paragraph (an item's text, rendered alone).
bool oneBlock(const QTextDocument *doc, bool listItem)
{
    const QTextBlock block = doc->begin();
    if (doc->blockCount() != 1 || isCodeBlock(block) || block.text().isEmpty()
        || (block.textList() != nullptr) != listItem
        || (!listItem && block.blockFormat().headingLevel() > 0))
        return false;
    for (auto it = block.begin(); !it.atEnd(); ++it)
        if (it.fragment().charFormat().isImageFormat())
            return false;
    return true;
}

void insertFragments(QTextCursor *cursor, const QTextBlock &block)
{
    for (auto it = block.begin(); !it.atEnd(); ++it)
        cursor->insertText(it.fragment().text(), it.fragment().charFormat());
}

// The line before the one that starts at begin (empty when none).
QStringView previousLine(QStringView text, qsizetype begin)
{
    if (begin <= 0)
        return {};
    const qsizetype start = text.lastIndexOf(u'\n', std::max<qsizetype>(0, begin - 2));
    return begin - 1 <= 0 ? QStringView() : text.sliced(start + 1, begin - 1 - (start + 1));
}

QTextListFormat nestedListFormat(const QTextListFormat &parent, const ListLines::Item &item)
{
    // As the importer makes them: the style from the marker, one level deeper.
    QTextListFormat format;
    format.setIndent(parent.indent() + 1);
    if (item.ordered) {
        format.setStyle(QTextListFormat::ListDecimal);
        format.setNumberSuffix(QString(item.marker));
    } else {
        format.setStyle(item.marker == u'*'           ? QTextListFormat::ListCircle
                                : item.marker == u'+' ? QTextListFormat::ListSquare
                                                      : QTextListFormat::ListDisc);
    }
    return format;
}

bool bulleted(const QTextListFormat &format)
{
    return format.style() == QTextListFormat::ListDisc
            || format.style() == QTextListFormat::ListCircle
            || format.style() == QTextListFormat::ListSquare;
}

} // namespace

bool MessageDocument::growList(QStringView open, qreal *changedTop)
{
    if (!m_tail || !m_markdown || m_width <= 0 || m_tailShown <= 0 || m_tailShown > open.size()
        || m_tail->blockCount() < 2)
        return false;
    m_tail->documentLayout()->documentSize(); // laid out, if it was not yet
    const QTextBlock last = m_tail->lastBlock();
    const QTextLayout *layout = last.layout();
    if (!last.textList() || !layout || layout->lineCount() == 0 || isCodeBlock(last))
        return false;
    // Which complete lines are items these rules know, each worked out once, top down (so that
    // each needs only those above it, already known), until the open block ends.
    if (m_listItemsBase != m_tailFrozen) {
        m_listItems.clear();
        m_listItemsUpTo = 0;
        m_listItemsBase = m_tailFrozen;
    }
    ListLines::IsItem isItem;
    isItem = [this, open, &isItem](qsizetype lineBegin) {
        while (m_listItemsUpTo <= lineBegin) {
            const qsizetype from = m_listItemsUpTo;
            const qsizetype end = open.indexOf(u'\n', from);
            if (end < 0)
                return false; // not a complete line
            const QStringView line = open.sliced(from, end - from);
            m_listItemsUpTo = end + 1; // before classify(), which asks only of lines above
            m_listItems.insert(from,
                               ListLines::startsList(open, from, line)
                                       || ListLines::classify(open, from, line, isItem).role
                                               == Role::Item);
        }
        return m_listItems.value(lineBegin, false);
    };
    // What to add, worked out before anything is: text at the end of the last item, or a new
    // item rendered from its content. On anything unknown, the document stays as it was.
    struct Words
    {
        QString text;
        QTextCharFormat format;
    };
    struct NewItem
    {
        std::unique_ptr<SafeTextDocument> content;
        bool replacesLast = false; // the last item's text, rendered again alone
        bool nested = false; // see ListLines::Line
        int back = 0;
        ListLines::Item marker; // of its line
        bool withFormat = false; // replaces the last block's format too (content is an item)
    };
    struct Retract // a line taken back off the item it went on: it became the next item
    {
        qsizetype characters = 0;
    };
    std::vector<std::variant<Words, NewItem, Retract>> steps;
    int blocks = m_tail->blockCount(); // as there will be
    bool replaced = false; // the last block as shown is replaced: it changes from its top
    QString endText = last.text(); // the last block's text, as it will be
    QTextCursor end(m_tail.get());
    end.movePosition(QTextCursor::End);
    QTextCharFormat endFormat = end.charFormat(); // the format new words would take
    // A rendering whose block is to be the last: what new words would go on.
    const auto becomesLast = [&](QTextDocument *doc) {
        endText = doc->begin().text();
        QTextCursor blockEnd(doc);
        blockEnd.movePosition(QTextCursor::End);
        endFormat = blockEnd.charFormat();
    };
    // Words after what a line shows: added when they cannot be markup (see appendsAsText()).
    const auto addWords = [&](QStringView shown, QStringView added, bool newLine) {
        qsizetype kept = shown.size(); // spaces it ends with render as nothing yet
        while (kept > 0 && shown.at(kept - 1) == u' ')
            --kept;
        const QString words = (newLine ? QString(u' ') : QString()) + shown.sliced(kept) + added;
        if (words.trimmed().isEmpty())
            return true; // spaces: nothing shows yet
        const qsizetype length = appendsAsText(shown.first(kept), words);
        const QStringView word = shown.first(kept).sliced(shown.first(kept).lastIndexOf(u' ') + 1);
        if (length < 0 || !plainFormat(endFormat) || !endText.endsWith(word))
            return false;
        steps.emplace_back(Words{words.first(length), endFormat});
        endText += words.first(length);
        return true;
    };
    for (qsizetype at = m_tailShown; at < open.size();) {
        const qsizetype begin = open.lastIndexOf(u'\n', at - 1) + 1;
        qsizetype stop = open.indexOf(u'\n', at);
        if (stop < 0)
            stop = open.size();
        const QStringView line = open.sliced(begin, stop - begin);
        ListLines::Line was = ListLines::classify(open, begin, line.first(at - begin), isItem);
        const ListLines::Line now = ListLines::classify(open, begin, line, isItem);
        if (now.role == Role::Unknown || was.role == Role::Unknown)
            return false;
        if (was.role == Role::Continuation && now.role != Role::Continuation) {
            // What a soft line break and the line added to the item before.
            const QString added = u' ' + was.text.toString();
            if (!endText.endsWith(added))
                return false;
            endText.chop(added.size());
            steps.emplace_back(Retract{added.size()});
            replaced = true;
            was = {Role::Nothing, {}};
        }
        // The item on the line before rendered again, as an item alone with what follows it
        // (both as indented from it): a nested item's marker alone changes it (a "-" makes it
        // a heading), until the item goes on.
        const auto renderAbove = [&](QStringView following) {
            const QStringView above = previousLine(open, begin);
            const qsizetype indent = ListLines::item(above).indent;
            QString source = above.sliced(indent).toString();
            if (!following.isEmpty())
                source += u'\n' + following.sliced(std::min(indent, following.size())).toString();
            std::unique_ptr<SafeTextDocument> doc = makeDocument(source);
            if (!oneBlock(doc.get(), true))
                return false;
            becomesLast(doc.get());
            replaced = true;
            steps.emplace_back(NewItem{std::move(doc), true, false, 0, {}, true});
            return true;
        };
        if (was.role == Role::Attached && now.role != Role::Attached) {
            if (!renderAbove({}))
                return false;
            was = {Role::Nothing, {}};
        }
        if (now.role == Role::Attached) {
            if (was.role != Role::Nothing && was.role != Role::Attached)
                return false;
            if (!renderAbove(line))
                return false;
            at = stop < open.size() ? stop + 1 : stop;
            continue;
        }
        const bool newItem = now.role == Role::Item && was.role == Role::Nothing;
        if (newItem
            || (now.role == Role::Item && was.role == Role::Item
                && !addWords(was.text, now.text.sliced(was.text.size()), false))) {
            // An item's text rendered alone is what the importer puts in its block.
            std::unique_ptr<SafeTextDocument> content = makeDocument(now.text.toString());
            if (!oneBlock(content.get(), false))
                return false;
            becomesLast(content.get());
            replaced = replaced || !newItem;
            if (newItem) {
                // The item it follows is a block of the document or one added before it.
                const int model = blocks - 1 - now.back;
                if (model < 0
                    || (model < m_tail->blockCount()
                        && !m_tail->findBlockByNumber(model).textList()))
                    return false;
                ++blocks;
            }
            steps.emplace_back(NewItem{std::move(content), !newItem, now.nested, now.back,
                                       ListLines::item(line)});
        } else if (now.role == Role::Item && was.role == Role::Item) {
            // grown by its words (above)
        } else if (now.role == Role::Continuation) {
            // A soft line break renders as a space between the lines.
            const bool first = was.role == Role::Nothing;
            if (!first && was.role != Role::Continuation)
                return false;
            const QStringView shown = first ? previousLine(open, begin) : was.text;
            if (!addWords(first ? ListLines::item(shown).content : shown,
                          now.text.sliced(first ? 0 : was.text.size()), first))
                return false;
        } else if (now.role != Role::Nothing || was.role != Role::Nothing) {
            return false;
        }
        at = stop < open.size() ? stop + 1 : stop;
    }

    *changedTop =
            layout->position().y() + (replaced ? 0 : layout->lineAt(layout->lineCount() - 1).y());
    QTextCursor cursor(m_tail.get());
    cursor.beginEditBlock(); // first: a cursor moved outside one lays the line out to find x
    cursor.movePosition(QTextCursor::End);
    for (auto &step : steps) {
        if (const Words *words = std::get_if<Words>(&step)) {
            cursor.insertText(words->text, words->format);
            m_renderedCharacters += words->text.size();
            continue;
        }
        if (const Retract *retract = std::get_if<Retract>(&step)) {
            cursor.movePosition(QTextCursor::PreviousCharacter, QTextCursor::KeepAnchor,
                                int(retract->characters));
            cursor.removeSelectedText();
            continue;
        }
        // A block formatted as the item it follows (the importer gives every item the same),
        // with the text of the content as it rendered alone. A block added to a list lays every
        // item of it out again (for their numbers): an item of a bulleted list goes into a list
        // of its own, which looks the same.
        const NewItem &add = std::get<NewItem>(step);
        if (add.replacesLast) {
            cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
            const QTextBlock content = add.content->begin();
            insertFragments(&cursor, content);
            if (add.withFormat) { // in the list it is in
                QTextBlockFormat format = content.blockFormat();
                format.setObjectIndex(cursor.blockFormat().objectIndex());
                if (format != cursor.blockFormat())
                    cursor.setBlockFormat(format);
                if (content.charFormat() != cursor.blockCharFormat())
                    cursor.setBlockCharFormat(content.charFormat());
            }
            continue;
        }
        QTextBlock model = m_tail->lastBlock();
        for (int i = 0; i < add.back; ++i)
            model = model.previous();
        const QTextListFormat list = add.nested
                ? nestedListFormat(model.textList()->format(), add.marker)
                : model.textList()->format();
        const bool ownList = add.nested || bulleted(list);
        QTextBlockFormat format = model.blockFormat();
        if (ownList)
            format.clearProperty(QTextFormat::ObjectIndex);
        cursor.insertBlock(format, model.charFormat());
        if (ownList)
            cursor.createList(list);
        insertFragments(&cursor, add.content->begin());
    }
    cursor.endEditBlock();
    keepShaped(m_tail.get());
    m_tailShown = open.size();
    return true;
}
