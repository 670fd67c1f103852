#pragma once

class QUrl;
class QWidget;

// A link in a reply was clicked: the address comes from a model, so it is shown as plain text
// and opened in the browser only after a yes, and only when it is a web link. Asked without a
// nested event loop.
void askToOpenLink(QWidget *parent, const QUrl &url);
