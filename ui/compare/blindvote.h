#pragma once

#include "storage/votes.h"

#include <QtWidgets/QDialog>
#include <QtWidgets/QWidget>

class HistoryStore;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;

// A blind comparison's question once every lane has ended: which answer is best (one button per
// label), a tie, or all bad.
class VoteBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoteBar)

public:
    explicit VoteBar(QWidget *parent = nullptr);
    void setLabels(const QStringList &labels); // "A", "B", ... in the lanes' order on screen

Q_SIGNALS:
    // best is the index of the chosen label for VoteOutcome::Best, else -1.
    void voted(VoteOutcome outcome, int best);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QHBoxLayout *m_buttons;
    QLabel *m_question;
    QList<QPushButton *> m_best;
    QPushButton *m_tie;
    QPushButton *m_allBad;
    QStringList m_labels;
};

// Every stored vote as a table: each model's wins, losses, ties and "all bad" votes, most wins
// first. Not modal; it follows the history while open.
class VoteTallyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoteTallyDialog)

public:
    explicit VoteTallyDialog(HistoryStore *store, QWidget *parent = nullptr);
    void refresh();
    QTableWidget *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    HistoryStore *m_store;
    QTableWidget *m_table;
    QLabel *m_empty;
    QPushButton *m_reset;
    QPushButton *m_close;
};
