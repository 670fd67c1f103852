#include "languagepage.h"

#include "settingsdraft.h"

#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>

using namespace Qt::Literals::StringLiterals;

LanguagePage::LanguagePage(SettingsDraft *draft, QWidget *parent)
    : SettingsPage(draft, parent)
{
    setObjectName(u"languagePage"_s);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_language = new QComboBox;
    m_language->setObjectName(u"language"_s);
    m_language->addItem(QString(), u"system"_s);
    // Each language in its own words, so that someone who cannot read the current one finds
    // theirs.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"한국어"_s, u"ko"_s);
    m_label = new QLabel;
    form->addRow(m_label, m_language);
    m_hint = makeHint();
    form->addRow(m_hint);
    connect(m_language, &QComboBox::activated, this, &SettingsPage::edited);
    retranslate();
}

QString LanguagePage::title() const
{
    return tr("Language");
}

void LanguagePage::retranslate()
{
    m_label->setText(tr("Language:"));
    m_language->setItemText(
            0, tr("The system's language (%1)").arg(QLocale::system().nativeLanguageName()));
    m_hint->setText(tr("The window switches as soon as you apply. Parley speaks English and "
                       "Korean; for other system languages it uses English."));
}

void LanguagePage::load()
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_draft->preferences.language)));
}

QWidget *LanguagePage::commit()
{
    m_draft->preferences.language = m_language->currentData().toString();
    return nullptr;
}
