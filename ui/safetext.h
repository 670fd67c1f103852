#pragma once

#include <QtWidgets/QMessageBox>

class QLabel;
class QWidget;

// Text from a server, a model, a file or the user is never rich text in a widget. Qt's widgets
// take a string that looks like HTML as rich text (Qt::AutoText), and rich text loads <img src>
// from the file system: any file, /dev/zero, a FIFO that hangs, a \\host\share that sends the
// user's NTLM hash on Windows. These helpers are the one way such text reaches a widget.
namespace SafeText {

// Every QLabel under root shows its text as plain text. A label that really needs our own
// markup sets the property "parleyRichText" to true and escapes what it shows with richText().
void makePlain(QWidget *root);

// A tooltip that shows text literally (tooltips are rich text whenever the text looks like it).
QString toolTip(const QString &text);
// Untrusted text inside our own markup.
QString richText(const QString &text);

// A message box that shows its text as plain text, deleted when closed; call open() or exec().
QMessageBox *messageBox(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                        const QString &text, QMessageBox::StandardButtons buttons,
                        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

} // namespace SafeText
