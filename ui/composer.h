#pragma once

#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QWidget>

class QComboBox;
class QPushButton;

// The text box of the composer: Enter sends, Shift+Enter starts a new line, and Enter while an
// input method is composing (Korean, Japanese, Chinese) commits the composition and never sends.
// It grows with its text up to a few lines.
class ComposerEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposerEdit)

public:
    explicit ComposerEdit(QWidget *parent = nullptr);
    bool isComposing() const { return m_composing; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override; // one line: it grows from there

Q_SIGNALS:
    void submitted();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;

private:
    bool m_composing = false;
};

// The edit inside its edge (a rounded line, the accent colour while it has the focus), for the
// composer here and the comparison window's.
QWidget *framedEdit(ComposerEdit *edit);

// The row under the conversation: the text box, the model picker and Send, which becomes Stop
// while a reply streams.
class Composer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Composer)

public:
    explicit Composer(QWidget *parent = nullptr);

    ComposerEdit *edit() const { return m_edit; }
    QComboBox *modelPicker() const { return m_models; }
    // The models to pick from, current chosen; those in unlisted are marked "not listed".
    void setModels(const QStringList &models, const QString &current,
                   const QStringList &unlisted = {});
    QString currentModel() const;
    void setStreaming(bool streaming);
    bool isStreaming() const { return m_streaming; }

Q_SIGNALS:
    void sendRequested(const QString &text);
    void stopRequested();
    void modelChanged(const QString &model);
    void compareRequested(); // the button beside the model picker

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void retranslateUi();

    ComposerEdit *m_edit;
    QComboBox *m_models;
    QPushButton *m_button;
    QPushButton *m_compare;
    bool m_streaming = false;
};
