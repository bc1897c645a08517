#include "widgets/OptionalDateEdit.h"

#include "common/DateText.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QStyle>

OptionalDateEdit::OptionalDateEdit(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("dd/mm/yyyy (empty: not recorded)"));
    setClearButtonEnabled(true);
    QAction *calendar = addAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), TrailingPosition);
    calendar->setObjectName(QStringLiteral("calendarAction"));
    calendar->setText(tr("Choose from a calendar"));
    calendar->setToolTip(tr("Choose from a calendar (Alt+Down)"));
    connect(calendar, &QAction::triggered, this, &OptionalDateEdit::showCalendar);
    connect(this, &QLineEdit::textChanged, this, &OptionalDateEdit::takeText);
    connect(this, &QLineEdit::editingFinished, this, &OptionalDateEdit::tidyText);
}

void OptionalDateEdit::setDate(const QDate &date)
{
    setText(DateText::typed(date)); // takeText() follows
}

void OptionalDateEdit::setDateRange(const QDate &minimum, const QDate &maximum)
{
    m_minimum = minimum;
    m_maximum = maximum;
    takeText();
}

bool OptionalDateEdit::isAcceptable() const
{
    return text().trimmed().isEmpty() || m_date.isValid();
}

Result<> OptionalDateEdit::check() const
{
    if (isAcceptable())
        return Result<>::done();
    if (DateText::fromTyped(text(), QDate(), QDate()).isValid())
        return Result<>::refused(tr("%1 is outside %2 to %3: check the date, or clear it if it is not recorded.")
                                     .arg(text().trimmed(), DateText::typed(m_minimum), DateText::typed(m_maximum)));
    return Result<>::refused(tr("%1 is not a date: type it as dd/mm/yyyy (for example 12/03/1938), or clear it if it "
                                "is not recorded.")
                                 .arg(text().trimmed()));
}

void OptionalDateEdit::takeText()
{
    const QDate date = DateText::fromTyped(text(), m_minimum, m_maximum);
    const bool changed = date != m_date;
    m_date = date;
    setToolTip(check().message);
    if (changed)
        emit dateChanged(m_date);
}

void OptionalDateEdit::tidyText()
{
    if (m_date.isValid() && text() != DateText::typed(m_date))
        setText(DateText::typed(m_date));
}

void OptionalDateEdit::showCalendar()
{
    if (isReadOnly() || !isEnabled())
        return;
    if (!m_calendar) {
        m_calendar = new QCalendarWidget(this);
        m_calendar->setObjectName(QStringLiteral("dateCalendarWidget"));
        m_calendar->setWindowFlags(Qt::Popup);
        connect(m_calendar, &QCalendarWidget::activated, this, [this](const QDate &date) {
            setDate(date);
            m_calendar->hide();
            setFocus();
        });
        connect(m_calendar, &QCalendarWidget::clicked, this, [this](const QDate &date) {
            setDate(date);
            m_calendar->hide();
            setFocus();
        });
    }
    m_calendar->setDateRange(m_minimum.isValid() ? m_minimum : QDate(1, 1, 1),
                             m_maximum.isValid() ? m_maximum : QDate(9999, 12, 31));
    const QDate start = m_date.isValid()            ? m_date
                        : m_calendarStart.isValid() ? m_calendarStart
                        : m_maximum.isValid()       ? m_maximum
                                                    : m_minimum;
    m_calendar->setSelectedDate(start);
    m_calendar->setCurrentPage(start.year(), start.month());
    m_calendar->move(mapToGlobal(rect().bottomLeft()));
    m_calendar->show();
    m_calendar->setFocus();
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Down && event->modifiers() == Qt::AltModifier) || event->key() == Qt::Key_F4) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}
