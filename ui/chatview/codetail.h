#pragma once

#include <QtCore/QStringView>

class QTextDocument;

// The open part of a streaming code block, grown in place. A code block's text is shown as
// written, one block per line (no markup inside it), so new text can be added to the document
// the markdown importer made, exactly as the importer would have made it from the longer text:
// a token costs its own characters, not a rendering of the lines before it.
namespace CodeTail {

// Whether an open code block with this fence line and open text can grow in place: not when the
// fence is indented (the importer takes the indent off every line), and not while its first line
// is empty (the importer drops leading blank lines).
bool canGrow(QStringView fence, QStringView open);

// Adds delta (text after what doc shows) to doc, a code block rendered from markdown and styled.
// newlinePending: the text so far ends with a line break, so the next character starts a new
// line. A tab in a line's indent is added as the spaces the importer shows for it (to the next
// multiple of four columns). changedTop: where in doc the change starts (the top of the line
// that grew). False, with doc unchanged, when delta cannot be added in place (it might close
// the fence, or holds a character the importer changes): the caller renders the whole.
bool grow(QTextDocument *doc, QStringView delta, bool *newlinePending, qreal *changedTop);

// Starts doc, an empty document, as a new part of an open code block with its first line:
// the formats are those of the first line of first, the importer's rendering of the block's
// fence line and one line of code. The same as rendering the fence line and line from markdown,
// without parsing and styling a document for one line. False, with doc unchanged, when line
// cannot be added in place (see grow()).
bool start(QTextDocument *doc, const QTextDocument *first, QStringView line);

} // namespace CodeTail
