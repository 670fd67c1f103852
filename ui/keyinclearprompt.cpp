#include "keyinclearprompt.h"

#include "safetext.h"

#include <QtCore/QCoreApplication>

using namespace Qt::Literals::StringLiterals;

QMessageBox *keyInClearPrompt(QWidget *parent, const ProviderAccess::Result &result)
{
    QMessageBox *box = SafeText::messageBox(
            parent, QMessageBox::Warning,
            QCoreApplication::translate("KeyInClearPrompt", "Send the key unencrypted?"),
            result.message() + u"\n\n"_s
                    + QCoreApplication::translate(
                            "KeyInClearPrompt",
                            "Use https:// if the provider offers it. Send the key anyway?"),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    box->setObjectName(u"keyInClearPrompt"_s);
    return box;
}
