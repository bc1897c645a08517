#include "organization/ArchiveConfirmDialog.h"
#include "widgets/LettersWide.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ArchiveConfirmDialog::ArchiveConfirmDialog(const QString &residentName, const QString &pdfPath, const QString &jsonPath,
                                           QWidget *parent)
    : QDialog(parent), m_residentName(residentName), m_nameEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("archiveConfirmDialog"));
    setWindowTitle(tr("Archive the records of %1").arg(residentName));
    m_nameEdit->setObjectName(QStringLiteral("archiveNameLineEdit"));
    auto *saved = new QLabel(tr("Every record held about %1 is saved in %2 and, for a computer to read, %3. Keep both "
                                "as the organization's archive: nothing of theirs stays in Write Care Notes.")
                                 .arg(residentName, pdfPath, jsonPath),
                             this);
    saved->setWordWrap(true);
    saved->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *ask =
        new QLabel(tr("To remove their records for good, type their name as written here: %1").arg(residentName), this);
    ask->setWordWrap(true);
    ask->setBuddy(m_nameEdit);
    auto *buttons = new QDialogButtonBox(this);
    m_removeButton = buttons->addButton(tr("Remove their records"), QDialogButtonBox::DestructiveRole);
    m_removeButton->setObjectName(QStringLiteral("archiveRemovePushButton"));
    m_removeButton->setEnabled(false);
    m_removeButton->setAutoDefault(false);
    QPushButton *keep = buttons->addButton(tr("Keep them"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("archiveKeepPushButton"));
    keep->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(saved);
    layout->addWidget(ask);
    layout->addWidget(m_nameEdit);
    layout->addWidget(buttons);
    setMinimumWidth(lettersWide(this, 56));

    // The name as written, spaces and capitals aside: typing it is the decision, which a click alone is not.
    connect(m_nameEdit, &QLineEdit::textChanged, this, [this](const QString &typed) {
        m_removeButton->setEnabled(typed.simplified().compare(m_residentName.simplified(), Qt::CaseInsensitive) == 0);
    });
    connect(m_removeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(keep, &QPushButton::clicked, this, &QDialog::reject);
}
