#include "safetext.h"

#include <QtGui/QTextDocument> // Qt::convertFromPlainText
#include <QtWidgets/QLabel>

namespace SafeText {

void makePlain(QWidget *root)
{
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels)
        if (!label->property("parleyRichText").toBool())
            label->setTextFormat(Qt::PlainText);
    if (auto *label = qobject_cast<QLabel *>(root);
        label && !label->property("parleyRichText").toBool())
        label->setTextFormat(Qt::PlainText);
}

QString toolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QString richText(const QString &text)
{
    return text.toHtmlEscaped();
}

QMessageBox *messageBox(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                        const QString &text, QMessageBox::StandardButtons buttons,
                        QMessageBox::StandardButton defaultButton)
{
    auto *box = new QMessageBox(icon, title, text, buttons, parent);
    box->setTextFormat(Qt::PlainText);
    if (defaultButton != QMessageBox::NoButton)
        box->setDefaultButton(defaultButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    return box;
}

} // namespace SafeText
