#include "residents/ResidentEventDialog.h"
#include "ui_ResidentEventDialog.h"

#include "common/Clock.h"
#include "residents/ResidentStatus.h"

#include <QPushButton>

ResidentEventDialog::ResidentEventDialog(const QString &event, const QString &residentName, const QString &currentRoom,
                                         const QList<std::pair<QString, QString>> &facilities, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ResidentEventDialog>()), m_event(event)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("%1: %2").arg(ResidentStatus::eventName(event), residentName));
    m_ui->eventDateEdit->setDate(Clock::today());
    m_ui->eventDateEdit->setMaximumDate(Clock::today());
    const bool room = event == QLatin1String("room_change") || event == QLatin1String("facility_transfer");
    const bool home = event == QLatin1String("facility_transfer");
    m_ui->eventRoomLabel->setVisible(room);
    m_ui->eventRoomLineEdit->setVisible(room);
    m_ui->eventFacilityLabel->setVisible(home);
    m_ui->eventFacilityComboBox->setVisible(home);
    for (const auto &[id, name] : facilities)
        m_ui->eventFacilityComboBox->addItem(name, id);

    QString explanation;
    if (event == QLatin1String("room_change"))
        explanation = tr("%1 moves from room %2 to another room of the same home.").arg(residentName, currentRoom);
    else if (event == QLatin1String("facility_transfer"))
        explanation = tr("%1 moves to another home of the organization.").arg(residentName);
    else if (event == QLatin1String("hospital_admission"))
        explanation = tr("%1 went into hospital. Their room and care plans stay theirs.").arg(residentName);
    else if (event == QLatin1String("hospital_return"))
        explanation = tr("%1 came back from hospital.").arg(residentName);
    else if (event == QLatin1String("discharged"))
        explanation = tr("%1 leaves the home. Their record stays, read-only, with everything written about them.")
                          .arg(residentName);
    else if (event == QLatin1String("died"))
        explanation =
            tr("Record the death of %1. Their record stays, with everything written about them.").arg(residentName);
    else if (event == QLatin1String("admitted"))
        explanation = tr("%1 is admitted again.").arg(residentName);
    m_ui->eventExplanationLabel->setText(explanation);
    m_ui->eventButtonBox->button(QDialogButtonBox::Ok)->setText(ResidentStatus::eventAction(event));
    // The date is today's unless changed; the cursor goes where typing is needed (Tab inside a date moves between
    // its day, month and year, so it is not the first stop).
    (room ? m_ui->eventRoomLineEdit : m_ui->eventNoteLineEdit)->setFocus();
    m_ui->eventButtonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("eventOkPushButton"));
    connect(m_ui->eventButtonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->eventButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this, room, home] {
        const bool complete = (!room || !m_ui->eventRoomLineEdit->text().trimmed().isEmpty() || home) &&
                              (!home || m_ui->eventFacilityComboBox->count() > 0);
        m_ui->eventButtonBox->button(QDialogButtonBox::Ok)->setEnabled(complete);
    };
    connect(m_ui->eventRoomLineEdit, &QLineEdit::textChanged, this, update);
    update();
}

ResidentEventDialog::~ResidentEventDialog() = default;

ResidentEvent ResidentEventDialog::residentEvent() const
{
    ResidentEvent event;
    event.event = m_event;
    event.date = m_ui->eventDateEdit->date();
    if (m_event == QLatin1String("facility_transfer"))
        event.toFacilityId = m_ui->eventFacilityComboBox->currentData().toString();
    event.toRoom = m_ui->eventRoomLineEdit->text().trimmed();
    event.note = m_ui->eventNoteLineEdit->text().trimmed();
    return event;
}
