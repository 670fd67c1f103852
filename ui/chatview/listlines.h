#pragma once

#include <QtCore/QStringView>

#include <functional>

// What a line of an open list shows, read from its source alone: the importer's rendering of a
// list is one block per item, and a line that adds words to an item, or an item to the list,
// changes only the last block. Anything these rules do not know is Unknown, and rendered whole.
namespace ListLines {

// A list item's line as written: its indent, its marker and the content after it.
struct Item
{
    qsizetype indent = 0;
    QChar marker; // '-', '*' or '+', or the '.' or ')' after a number; null: no list item
    bool ordered = false;
    QStringView number; // of an ordered item
    bool oneSpace = false; // the marker and the content are one space apart
    QStringView content; // after the marker and its spaces
    qsizetype column = 0; // where the content starts
};
Item item(QStringView line);

// Text that renders alone as at the start of an item's paragraph, and stays so as plain words
// are added: a letter first, a number that does not end in "." or ")", or emphasis before one.
bool plainStart(QStringView text);

// An item's content the importer renders as one paragraph in the item, the same as alone.
bool simpleContent(QStringView content);

enum class Role {
    Nothing, // renders as nothing yet: blank, or only the marker of the next item
    Item, // a new item of a list, with text
    Continuation, // more of the item on the line before: its paragraph goes on
    Attached, // a nested item's marker alone: it changes only the item on the line before
    Unknown,
};
struct Line
{
    Role role = Role::Unknown;
    QStringView text; // what it shows: an item's content, or the words that go on
    // An item: the first of a list inside the item on the line before (nested), or the next of
    // the list of the item `back` blocks above the last one (0: the line before's).
    bool nested = false;
    int back = 0;
};

// Whether the complete line that starts at begin in text is an item these rules know: one
// classify() found an Item, or one that startsList().
using IsItem = std::function<bool(qsizetype begin)>;

// What line, which starts at begin in text (the open list's source), shows. Only the lines
// above it are read, and no more of them than the items nested since the item it follows; each
// that it takes for an item must be one (isItem).
Line classify(QStringView text, qsizetype begin, QStringView line, const IsItem &isItem);

// The first item of the open block's list: its first line, or under its first line when that
// is no item (after blank lines, or right under it a bulleted item or one numbered 1, which can
// start a list there).
bool startsList(QStringView text, qsizetype begin, QStringView line);

} // namespace ListLines
