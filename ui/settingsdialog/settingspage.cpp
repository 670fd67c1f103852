#include "settingspage.h"

#include <QtCore/QEvent>
#include <QtWidgets/QLabel>

SettingsPage::SettingsPage(SettingsDraft *draft, QWidget *parent)
    : QWidget(parent)
    , m_draft(draft)
{ }

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QLabel *SettingsPage::makeErrorLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::BrightText);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

void SettingsPage::setError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QLabel *SettingsPage::makeHint()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setTextFormat(Qt::PlainText);
    return label;
}
