#include "settingspage.h"

#include <QtCore/QEvent>
#include <QtWidgets/QLabel>
#include <QtWidgets/QVBoxLayout>

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

QWidget *SettingsPage::withNotes(QWidget *field, QLabel *error, QLabel *hint)
{
    auto *box = new QWidget;
    // Only as tall as its parts: extra height would open gaps between field and note.
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    if (error)
        layout->addWidget(error);
    if (hint)
        layout->addWidget(hint);
    return box;
}

QLabel *SettingsPage::makeHint()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setTextFormat(Qt::PlainText);
    return label;
}
