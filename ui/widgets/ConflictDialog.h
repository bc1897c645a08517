#pragma once

#include "common/DateText.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class ConflictDialog;
}

// Shown when a save is refused because someone else saved the same record first: what they changed (and when, and
// who), what you changed, and the choice to reload their version keeping your changes on top, to reload and
// discard yours, or to go back to editing. The dialog's result is a Choice.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice
    {
        KeepEditing = QDialog::Rejected,
        Reapply = 2,
        Discard = 3
    };
    struct Difference
    {
        QString field; // as labelled on the form
        QString before;
        QString theirs;
        QString mine;
    };

    ConflictDialog(const QString &message, const QList<Difference> &differences, QWidget *parent = nullptr);
    ~ConflictDialog() override;

    // The fields either side changed since before, as the form labels and shows them.
    template <typename Record>
    static QList<Difference> differencesOf(const Record &before, const Record &theirs, const Record &mine)
    {
        const QStringList changedByThem = theirs.differences(before);
        const QStringList changedByMe = mine.differences(before);
        QList<Difference> list;
        for (const QString &field : Record::fieldNames()) {
            if (changedByThem.contains(field) || changedByMe.contains(field))
                list.append({Record::label(field), before.displayValue(field), theirs.displayValue(field),
                             mine.displayValue(field)});
        }
        return list;
    }
    // Their version with what I changed since before put back on top.
    template <typename Record>
    static Record reapplied(const Record &before, const Record &theirs, const Record &mine)
    {
        Record result = theirs;
        for (const QString &field : mine.differences(before))
            result.setValue(field, mine.value(field));
        return result;
    }

    // Opens the dialog about a save refused because someone saved first (message, from the store) and acts on the
    // choice: reapply gets their version and mine on top of it, discard their version; keeping on editing does
    // nothing. Their record says when it was saved (updatedAt).
    template <typename Record>
    static void offer(QWidget *parent, const QString &message, const Record &before, const Record &theirs,
                      const Record &mine, const std::function<void(const Record &, const Record &)> &reapply,
                      const std::function<void(const Record &)> &discard)
    {
        auto *dialog = new ConflictDialog(
            tr("%1 (%2). What they changed, and what you changed:").arg(message, DateText::moment(theirs.updatedAt)),
            differencesOf(before, theirs, mine), parent);
        dialog->setObjectName(QStringLiteral("conflictDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QDialog::finished, parent, [before, theirs, mine, reapply, discard](int choice) {
            if (choice == Reapply)
                reapply(theirs, reapplied(before, theirs, mine));
            else if (choice == Discard)
                discard(theirs);
        });
        dialog->open();
    }

private:
    std::unique_ptr<Ui::ConflictDialog> m_ui;
};
