#include "composer.h"

#include <QtCore/QEvent>
#include <QtGui/QKeyEvent>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ComposerEdit::ComposerEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(u"composerEdit"_s);
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed); // as tall as its text, up to 8 lines
    connect(this, &QPlainTextEdit::textChanged, this, &QWidget::updateGeometry);
}

QSize ComposerEdit::sizeHint() const
{
    const int lines = qBound(1, int(document()->lineCount()), 8);
    const int height = lines * fontMetrics().lineSpacing() + 2 * int(document()->documentMargin())
            + 2 * frameWidth() + 6;
    return {QPlainTextEdit::sizeHint().width(), height};
}

void ComposerEdit::inputMethodEvent(QInputMethodEvent *event)
{
    m_composing = !event->preeditString().isEmpty();
    QPlainTextEdit::inputMethodEvent(event);
}

void ComposerEdit::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && m_composing) {
        event->accept(); // the input method commits its composition itself: no send, no newline
        return;
    }
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        Q_EMIT submitted();
        return;
    }
    if (enter && (event->modifiers() & Qt::ShiftModifier)) {
        insertPlainText(u"\n"_s);
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_edit(new ComposerEdit)
    , m_models(new QComboBox)
    , m_button(new QPushButton)
{
    setObjectName(u"composer"_s);
    m_models->setObjectName(u"modelPicker"_s);
    m_models->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_button->setObjectName(u"sendButton"_s);
    m_button->setDefault(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_models);
    row->addStretch(1);
    row->addWidget(m_button);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 12);
    layout->addWidget(m_edit);
    layout->addLayout(row);
    connect(m_edit, &ComposerEdit::submitted, this, &Composer::submit);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_streaming)
            Q_EMIT stopRequested();
        else
            submit();
    });
    connect(m_models, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT modelChanged(currentModel()); });
    retranslateUi();
}

void Composer::submit()
{
    const QString text = m_edit->toPlainText();
    if (text.trimmed().isEmpty() || m_streaming)
        return;
    m_edit->clear();
    Q_EMIT sendRequested(text);
}

void Composer::setModels(const QStringList &models, const QString &current,
                         const QStringList &unlisted)
{
    const QString before = currentModel();
    {
        const QSignalBlocker blocker(m_models);
        m_models->clear();
        for (const QString &model : models) {
            // The id itself is the item's data: what is sent is exactly what is chosen.
            m_models->addItem(unlisted.contains(model) ? tr("%1 (not listed)").arg(model) : model,
                              model);
            if (unlisted.contains(model))
                m_models->setItemData(m_models->count() - 1,
                                      tr("The provider does not list this model."),
                                      Qt::ToolTipRole);
        }
        const int index = m_models->findData(current);
        m_models->setCurrentIndex(index >= 0 ? index : 0);
    }
    if (currentModel() != before)
        Q_EMIT modelChanged(currentModel());
}

QString Composer::currentModel() const
{
    return m_models->currentData().toString();
}

void Composer::setStreaming(bool streaming)
{
    m_streaming = streaming;
    retranslateUi();
}

void Composer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void Composer::retranslateUi()
{
    m_edit->setPlaceholderText(tr("Message the model — Enter sends, Shift+Enter for a new line"));
    m_button->setText(m_streaming ? tr("Stop") : tr("Send"));
    m_button->setToolTip(m_streaming ? tr("Stop the reply (Esc)") : tr("Send (Enter)"));
    m_models->setToolTip(tr("The model that answers"));
}
