#include "widgets/ConflictDialog.h"
#include "ui_ConflictDialog.h"

#include <QHeaderView>

ConflictDialog::ConflictDialog(const QString &message, const QList<Difference> &differences, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConflictDialog>())
{
    m_ui->setupUi(this);
    m_ui->conflictMessageLabel->setText(message);
    QTableWidget *table = m_ui->conflictTableWidget;
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("Their change"), tr("Your change")});
    table->setRowCount(static_cast<int>(differences.size()));
    for (int row = 0; row < differences.size(); ++row) {
        const Difference &difference = differences.at(row);
        const QString unchanged = tr("(unchanged)");
        const QString empty = tr("(empty)");
        const auto shown = [&](const QString &value, bool changed) {
            return changed ? (value.isEmpty() ? empty : value) : unchanged;
        };
        table->setItem(row, 0, new QTableWidgetItem(difference.field));
        table->setItem(row, 1, new QTableWidgetItem(difference.before.isEmpty() ? empty : difference.before));
        table->setItem(row, 2, new QTableWidgetItem(shown(difference.theirs, difference.theirs != difference.before)));
        table->setItem(row, 3, new QTableWidgetItem(shown(difference.mine, difference.mine != difference.before)));
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->resizeRowsToContents();
    connect(m_ui->reapplyPushButton, &QPushButton::clicked, this, [this] { done(Reapply); });
    connect(m_ui->discardPushButton, &QPushButton::clicked, this, [this] { done(Discard); });
    connect(m_ui->keepEditingPushButton, &QPushButton::clicked, this, &QDialog::reject);
}

ConflictDialog::~ConflictDialog() = default;
