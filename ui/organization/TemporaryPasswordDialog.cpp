#include "organization/TemporaryPasswordDialog.h"
#include "widgets/LettersWide.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

TemporaryPasswordDialog::TemporaryPasswordDialog(const QString &userName, const QString &password, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("temporaryPasswordDialog"));
    setWindowTitle(tr("Password for %1").arg(userName));
    auto *layout = new QVBoxLayout(this);
    auto *before = new QLabel(tr("Give %1 this password in person:").arg(userName), this);
    before->setWordWrap(true);
    layout->addWidget(before);
    auto *shown = new QLabel(password, this);
    shown->setObjectName(QStringLiteral("temporaryPasswordLabel"));
    // A fixed-width face at twice the size: every character told apart when read aloud or copied onto paper.
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(this->font().pointSizeF() * 2);
    font.setBold(true);
    shown->setFont(font);
    shown->setAlignment(Qt::AlignCenter);
    shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
    shown->setAccessibleName(tr("Temporary password"));
    layout->addWidget(shown);
    auto *after = new QLabel(tr("It is shown only now: nobody can see it again. They choose their own password when "
                                "they first sign in with it."),
                             this);
    after->setWordWrap(true);
    layout->addWidget(after);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    buttons->setObjectName(QStringLiteral("temporaryPasswordDialogButtonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Done"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
    setMinimumWidth(lettersWide(this, 42));
}
