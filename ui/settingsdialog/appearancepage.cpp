#include "appearancepage.h"

#include "settingsdraft.h"

#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>

using namespace Qt::Literals::StringLiterals;

AppearancePage::AppearancePage(SettingsDraft *draft, QWidget *parent)
    : SettingsPage(draft, parent)
{
    setObjectName(u"appearancePage"_s);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_theme = new QComboBox;
    m_theme->setObjectName(u"theme"_s);
    for (const char *theme : {"dark", "light", "system"})
        m_theme->addItem(QString(), QString::fromLatin1(theme));
    m_themeLabel = new QLabel;
    form->addRow(m_themeLabel, m_theme);
    m_fontSize = new QComboBox;
    m_fontSize->setObjectName(u"fontSize"_s);
    m_fontSize->addItem(QString(), 0);
    for (int size : {9, 10, 11, 12, 13, 14, 16, 18, 20, 24})
        m_fontSize->addItem(QString(), size);
    m_fontLabel = new QLabel;
    form->addRow(m_fontLabel, m_fontSize);
    m_density = new QComboBox;
    m_density->setObjectName(u"density"_s);
    m_density->addItem(QString(), u"comfortable"_s);
    m_density->addItem(QString(), u"compact"_s);
    m_densityLabel = new QLabel;
    form->addRow(m_densityLabel, m_density);
    for (QComboBox *box : {m_theme, m_fontSize, m_density})
        connect(box, &QComboBox::activated, this, &SettingsPage::edited);
    retranslate();
}

QString AppearancePage::title() const
{
    return tr("Appearance");
}

void AppearancePage::retranslate()
{
    m_themeLabel->setText(tr("Colours:"));
    m_theme->setItemText(0, tr("Dark"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Follow the system"));
    m_fontLabel->setText(tr("Text size:"));
    m_fontSize->setItemText(0, tr("The system's size"));
    for (int i = 1; i < m_fontSize->count(); ++i)
        m_fontSize->setItemText(i, tr("%1 pt").arg(m_fontSize->itemData(i).toInt()));
    m_densityLabel->setText(tr("Message density:"));
    m_density->setItemText(0, tr("Comfortable"));
    m_density->setItemText(1, tr("Compact"));
}

void AppearancePage::load()
{
    const Preferences &p = m_draft->preferences;
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(Preferences::name(p.theme))));
    int size = m_fontSize->findData(p.fontSize);
    if (size < 0) { // a size set by hand in the file: offer it as it is
        m_fontSize->addItem(tr("%1 pt").arg(p.fontSize), p.fontSize);
        size = m_fontSize->count() - 1;
    }
    m_fontSize->setCurrentIndex(size);
    m_density->setCurrentIndex(qMax(0, m_density->findData(Preferences::name(p.density))));
}

QWidget *AppearancePage::commit()
{
    Preferences &p = m_draft->preferences;
    p.theme = Preferences::themeFromName(m_theme->currentData().toString())
                      .value_or(Preferences::Theme::Dark);
    p.fontSize = m_fontSize->currentData().toInt();
    p.density = Preferences::densityFromName(m_density->currentData().toString())
                        .value_or(Preferences::Density::Comfortable);
    return nullptr;
}
