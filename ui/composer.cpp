#include "composer.h"

#include <QtCore/QEvent>
#include <QtGui/QKeyEvent>
#include <QtGui/QPainter>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace {

// The text box's edge: a rounded line in the dim text colour of the theme, the accent colour
// and twice as wide while the box has the focus, so a new user sees where to type.
class ComposerFrame final : public QWidget
{
public:
    explicit ComposerFrame(QWidget *edit)
        : m_edit(edit)
    {
        setObjectName(u"composerFrame"_s);
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(8, 5, 6, 5);
        layout->addWidget(edit);
        edit->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_edit
            && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut
                || event->type() == QEvent::WindowActivate
                || event->type() == QEvent::WindowDeactivate))
            update();
        return QWidget::eventFilter(watched, event);
    }
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const bool focused = m_edit->hasFocus();
        const qreal width = focused ? 2.0 : 1.0;
        QPen pen(focused ? palette().color(QPalette::Highlight)
                         : palette().color(QPalette::PlaceholderText));
        pen.setWidthF(width);
        painter.setPen(pen);
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawRoundedRect(
                QRectF(rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2), 10, 10);
    }

private:
    QWidget *m_edit;
};

} // namespace

QWidget *framedEdit(ComposerEdit *edit)
{
    return new ComposerFrame(edit);
}

ComposerEdit::ComposerEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(u"composerEdit"_s);
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed); // as tall as its text, up to 8 lines
    setFrameShape(QFrame::NoFrame); // the composer draws the edge around it
    viewport()->setAutoFillBackground(false);
    connect(this, &QPlainTextEdit::textChanged, this, &QWidget::updateGeometry);
}

QSize ComposerEdit::sizeHint() const
{
    const int lines = qBound(1, int(document()->lineCount()), 8);
    const int height = lines * fontMetrics().lineSpacing() + 2 * int(document()->documentMargin())
            + 2 * frameWidth() + 6;
    return {QPlainTextEdit::sizeHint().width(), height};
}

QSize ComposerEdit::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(),
            fontMetrics().lineSpacing() + 2 * int(document()->documentMargin()) + 6};
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
    , m_compare(new QPushButton)
{
    setObjectName(u"composer"_s);
    m_models->setObjectName(u"modelPicker"_s);
    m_models->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_button->setObjectName(u"sendButton"_s);
    m_button->setDefault(true);
    // One row: the text box (its edge drawn around it), the model picker and Send, at its foot.
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(16, 8, 16, 12);
    row->addWidget(framedEdit(m_edit), 1);
    row->addWidget(m_models, 0, Qt::AlignBottom);
    m_compare->setObjectName(u"compareButton"_s);
    row->addWidget(m_compare, 0, Qt::AlignBottom);
    row->addWidget(m_button, 0, Qt::AlignBottom);
    connect(m_edit, &ComposerEdit::submitted, this, &Composer::submit);
    connect(m_compare, &QPushButton::clicked, this, &Composer::compareRequested);
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
    m_compare->setText(tr("Compare"));
    m_compare->setToolTip(tr("Send this message to several models side by side (Ctrl+Shift+M)"));
}
