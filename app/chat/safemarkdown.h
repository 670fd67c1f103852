#pragma once

#include <QtCore/QString>

// Makes model output safe to render: nothing in a reply may load anything by itself. Images
// (inline, reference style, file: and UNC paths alike) become a visible placeholder with their
// alt text and address; bidi-override and zero-width characters in link text are shown as codes,
// so a link cannot pretend to go somewhere else. Code spans and fenced code are left as written.
// HTML is not touched here: the renderer shows it as text (QTextDocument::MarkdownNoHTML).
namespace SafeMarkdown {

QString prepare(const QString &markdown);
// Replaces invisible direction and zero-width characters with a visible form such as ⟦U+202E⟧.
QString revealInvisible(const QString &text);
bool isInvisibleControl(char32_t c);

} // namespace SafeMarkdown
