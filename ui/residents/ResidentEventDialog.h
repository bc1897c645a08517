#pragma once

#include "residents/ResidentEvent.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ResidentEventDialog;
}

// Asks for what an admission, move, hospital stay, discharge or death needs: its date (today unless changed), and
// for a move the room and home, and a note.
class ResidentEventDialog : public QDialog
{
    Q_OBJECT

public:
    // facilities: (id, name) of the homes the user may move residents to, without the resident's own.
    ResidentEventDialog(const QString &event, const QString &residentName, const QString &currentRoom,
                        const QList<std::pair<QString, QString>> &facilities, QWidget *parent = nullptr);
    ~ResidentEventDialog() override;

    ResidentEvent residentEvent() const;

private:
    std::unique_ptr<Ui::ResidentEventDialog> m_ui;
    QString m_event;
};
