#include "blindvote.h"

#include "safetext.h"
#include "storage/historystore.h"

#include <QtCore/QEvent>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

VoteBar::VoteBar(QWidget *parent)
    : QWidget(parent)
    , m_buttons(new QHBoxLayout)
    , m_question(new QLabel)
    , m_tie(new QPushButton)
    , m_allBad(new QPushButton)
{
    setObjectName(u"voteBar"_s);
    m_tie->setObjectName(u"voteTie"_s);
    m_allBad->setObjectName(u"voteAllBad"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_question);
    layout->addLayout(m_buttons);
    layout->addWidget(m_tie);
    layout->addWidget(m_allBad);
    layout->addStretch(1);
    connect(m_tie, &QPushButton::clicked, this, [this] { Q_EMIT voted(VoteOutcome::Tie, -1); });
    connect(m_allBad, &QPushButton::clicked, this,
            [this] { Q_EMIT voted(VoteOutcome::AllBad, -1); });
    retranslateUi();
    SafeText::makePlain(this);
}

void VoteBar::setLabels(const QStringList &labels)
{
    qDeleteAll(m_best);
    m_best.clear();
    m_labels = labels;
    for (int i = 0; i < labels.size(); ++i) {
        auto *button = new QPushButton;
        button->setObjectName(u"voteBest"_s + labels.at(i));
        connect(button, &QPushButton::clicked, this,
                [this, i] { Q_EMIT voted(VoteOutcome::Best, i); });
        m_buttons->addWidget(button);
        m_best.append(button);
    }
    retranslateUi();
}

void VoteBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void VoteBar::retranslateUi()
{
    m_question->setText(tr("Which answer is best?"));
    for (qsizetype i = 0; i < m_best.size(); ++i) {
        m_best.at(i)->setText(tr("%1 is best").arg(m_labels.at(i)));
        m_best.at(i)->setToolTip(tr("Model %1 wins; the others lose").arg(m_labels.at(i)));
    }
    m_tie->setText(tr("Tie"));
    m_tie->setToolTip(tr("As good as each other"));
    m_allBad->setText(tr("All bad"));
    m_allBad->setToolTip(tr("None of the answers is good enough"));
}

VoteTallyDialog::VoteTallyDialog(HistoryStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_table(new QTableWidget)
    , m_empty(new QLabel)
    , m_reset(new QPushButton)
    , m_close(new QPushButton)
{
    setObjectName(u"voteTally"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    m_table->setObjectName(u"voteTable"_s);
    m_table->setColumnCount(7);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_empty->setWordWrap(true);
    m_reset->setObjectName(u"voteReset"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        QMessageBox *box = SafeText::messageBox(
                this, QMessageBox::Question, tr("Reset votes"),
                tr("Forget every vote of every blind comparison? The conversations stay."),
                QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel);
        connect(box, &QMessageBox::finished, this, [this, box] {
            if (box->clickedButton() == box->button(QMessageBox::Reset)) {
                const bool cleared = m_store->clearVotes();
                refresh();
                if (!cleared) {
                    m_empty->setText(m_store->errorString());
                    m_empty->show();
                }
            }
        });
        box->open();
    });
    resize(640, 360);
    retranslateUi();
    SafeText::makePlain(this);
}

void VoteTallyDialog::refresh()
{
    const QList<VoteTally> tally = m_store ? m_store->voteTally() : QList<VoteTally>();
    m_table->setRowCount(int(tally.size()));
    for (int row = 0; row < tally.size(); ++row) {
        const VoteTally &t = tally.at(row);
        const QStringList cells{t.model,
                                t.provider,
                                QString::number(t.wins),
                                QString::number(t.losses),
                                QString::number(t.ties),
                                QString::number(t.allBad),
                                QString::number(qRound(t.winRate() * 100)) + u" %"_s};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column)); // items paint plain text
            if (column >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_empty->setVisible(tally.isEmpty());
    m_reset->setEnabled(!tally.isEmpty());
}

void VoteTallyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void VoteTallyDialog::retranslateUi()
{
    setWindowTitle(tr("Blind comparison votes"));
    m_table->setHorizontalHeaderLabels({tr("Model"), tr("Provider"), tr("Wins"), tr("Losses"),
                                        tr("Ties"), tr("All bad"), tr("Win rate")});
    m_empty->setText(tr("No votes yet. Turn on Blind in the comparison window: the answers are "
                        "labelled A, B, C… until you pick the best one."));
    m_reset->setText(tr("Reset votes…"));
    m_close->setText(tr("Close"));
    refresh();
}
