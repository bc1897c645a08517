#include "window/HomePage.h"

#include "common/Clock.h"
#include "common/RoleName.h"
#include "session/SessionInfo.h"
#include "widgets/StationColours.h"

#include <QLabel>
#include <QTime>
#include <QVBoxLayout>

HomePage::HomePage(const SessionInfo &session, const QStringList &facilityNames, QWidget *attention, QWidget *parent)
    : QWidget(parent), m_greetingLabel(new QLabel(this)), m_detailsLabel(new QLabel(this)),
      m_backupLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("homePage"));
    m_greetingLabel->setObjectName(QStringLiteral("greetingLabel"));
    m_detailsLabel->setObjectName(QStringLiteral("homeDetailsLabel"));
    const int hour = Clock::now().time().hour();
    const QString greeting = hour < 12   ? tr("Good morning, %1")
                             : hour < 18 ? tr("Good afternoon, %1")
                                         : tr("Good evening, %1");
    m_greetingLabel->setText(greeting.arg(session.firstName));
    QFont title = m_greetingLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_greetingLabel->setFont(title);
    // A group's manager may work in hundreds of homes: their names are on the pages, not in one sentence.
    const QString homes = session.allFacilities ? tr("every care home of %1").arg(session.organizationName)
                          : facilityNames.size() > 3
                              ? tr("%n care homes of %1", "", int(facilityNames.size())).arg(session.organizationName)
                              : facilityNames.join(QStringLiteral(", "));
    const QString idle = tr("This station locks itself after %n minute(s) without use", "", session.idleLockMinutes);
    QString details =
        tr("Signed in as %1 at %2.").arg(RoleName::of(session.role), homes.isEmpty() ? tr("no care home yet") : homes) +
        (attention ? QStringLiteral(" ") : QStringLiteral("\n\n")) +
        tr("%1; your unsaved work is kept for you until you sign in again.").arg(idle);
    if (session.awaitingConfirmation)
        details += QStringLiteral("\n\n") +
                   tr("Your account is waiting for a manager to confirm it: until then you see no resident and no "
                      "note. Ask a manager of your care home to confirm you on their Users page, with you there.");
    m_detailsLabel->setText(details);
    m_detailsLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_greetingLabel);
    layout->addWidget(m_detailsLabel);
    m_backupLabel->setObjectName(QStringLiteral("backupStatusLabel"));
    m_backupLabel->setWordWrap(true);
    m_backupLabel->setTextFormat(Qt::RichText);
    m_backupLabel->hide();
    layout->addWidget(m_backupLabel);
    // What needs attention takes the page; without it the greeting stands alone at the top.
    if (attention) {
        attention->setParent(this);
        layout->addWidget(attention, 1);
    } else {
        layout->addStretch();
    }
}

void HomePage::showBackups(const QString &summary, const QStringList &warnings)
{
    QString html = summary.toHtmlEscaped();
    for (const QString &warning : warnings)
        html += QStringLiteral("<br>") + StationColours::problemHtml(warning.toHtmlEscaped());
    m_backupLabel->setText(html);
    m_backupLabel->setVisible(!html.isEmpty());
}
