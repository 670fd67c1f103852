#include "linkprompt.h"

#include "chat/linkpolicy.h"
#include "safetext.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QUrl>
#include <QtGui/QDesktopServices>
#include <QtWidgets/QMessageBox>

using namespace Qt::Literals::StringLiterals;

void askToOpenLink(QWidget *parent, const QUrl &url)
{
    if (!LinkPolicy::mayOpen(url)) {
        SafeText::messageBox(parent, QMessageBox::Information,
                             QCoreApplication::translate("MainWindow", "Link not opened"),
                             QCoreApplication::translate(
                                     "MainWindow",
                                     "Parley opens only web links (http and https). This link "
                                     "uses “%1”:\n\n%2")
                                     .arg(url.scheme(), url.toDisplayString()),
                             QMessageBox::Ok)
                ->open();
        return;
    }
    const QString host = LinkPolicy::realHost(url);
    QMessageBox *box = SafeText::messageBox(
            parent, QMessageBox::Question, QCoreApplication::translate("MainWindow", "Open link?"),
            QCoreApplication::translate("MainWindow",
                                        "Open this link in your browser?\n\nHost: %1\nAddress: %2")
                    .arg(host, QString::fromLatin1(url.toEncoded())),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
    box->setObjectName(u"openLinkPrompt"_s);
    QObject::connect(box, &QMessageBox::finished, box, [box, url](int) {
        if (box->clickedButton() == box->button(QMessageBox::Open))
            QDesktopServices::openUrl(url);
    });
    box->open();
}
