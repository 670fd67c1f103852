#pragma once

#include <QtCore/QString>
#include <QtCore/QStringView>

class QTextBlock;
class QTextDocument;

// What MessageDocument needs to know of markdown's block structure, in its source: where a
// block ends, what a line starts, and whether a paragraph can be cut at a line's end.
namespace MarkdownBlocks {

// A line that opens a code fence: ``` or ~~~ (a backtick fence's info string has no backtick).
// Its indent is not looked at: a fence in a list item is indented.
bool isFence(QStringView line);
// Whether line closes the code fence opening opened: at least as many of the same character,
// and nothing after them but spaces.
bool closesFence(QStringView line, QStringView opening);
// A line that continues the block before a blank line: a list item or indented content.
bool continuesBlock(QStringView line);
// Whether a line that has begun with start cannot continue that block, however it goes on.
bool cannotContinue(QStringView start);
// How much of added, the text that follows shown in an open paragraph, can be added to the
// rendering of shown as it is (added without the spaces and line breaks it ends with, which
// render as nothing at a paragraph's end), or -1 when added might mean markup, or change what
// shown means: only letters, digits, single spaces and punctuation with no markdown meaning,
// after a shown that ends with one of them, has no line break and no link, and no word that
// could become an autolink (www., @, :) or an entity (&).
qsizetype appendsAsText(QStringView shown, QStringView added);
// A line that starts something other than a paragraph (a heading, a list, a quote, a table ...).
bool startsStructure(QStringView tail);
// A line that can be a row of a table that is open: a pipe first, after at most three spaces.
bool isTableRow(QStringView line);
// A table's start: a row, then a complete delimiter row (| --- | :-: |); the table it starts may
// still turn out not to be one (its header has not as many cells), which only rendering tells.
bool startsTable(QStringView tail);
// Whether no markup is left open in text, so it renders the same alone as in its paragraph.
bool balanced(QStringView text);
// Where in the markdown source a position of its rendered paragraph is; -1 when the two cannot
// be followed side by side.
qsizetype sourceOffset(QStringView source, const QString &rendered, qsizetype renderedEnd);
// A block of a rendered document that is code.
bool isCodeBlock(const QTextBlock &block);
// Code blocks get room for their header (language and Copy) and a margin for the panel the view
// paints behind them; quotes an indent and italics, so they read as quotes.
void styleBlocks(QTextDocument *doc, int codeHeaderHeight);
// Keeps the shaped glyphs of doc's blocks after they are laid out, from the last block back to
// the first that already keeps them: an open part is laid out and painted again every frame, and
// without this painting shapes every line a second time.
void keepShaped(QTextDocument *doc);

// The search for the end of the last finished block: a blank line outside code followed by a
// line that starts a new block, or the end of a closing code fence. It goes on where it stopped.
struct Scan
{
    qsizetype pos = 0; // the start of the first line not yet scanned
    bool inFence = false;
    QString fence; // the line that opened it
    bool previousBlank = false;
    qsizetype blankEnd = -1;

    // The end of the next finished block in text (finishedLength when none has finished since);
    // called again, the one after it. Each block ends in the same place however the text came.
    qsizetype advance(const QString &text, qsizetype finishedLength);
};

} // namespace MarkdownBlocks
