#pragma once

#include "common/Result.h"

#include <QDate>
#include <QLineEdit>

class QCalendarWidget;

// A date that may be left empty ("not recorded"): typed as dd/mm/yyyy, with or without separators (12031938,
// 12/03/1938, 12-03-1938, 12.3.1938; see DateText::fromTyped), read back as dd/MM/yyyy, or picked from a calendar
// (the button at the end, or Alt+Down) that opens at the date, or near a likely one when there is none. Clearing the
// text leaves no date. What cannot be read as a date in range stays as typed, marked, for the form to refuse.
class OptionalDateEdit : public QLineEdit
{
    Q_OBJECT
    Q_PROPERTY(QDate date READ date WRITE setDate NOTIFY dateChanged USER true)

public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    // Invalid when empty, or when the text is not a date in range (see isAcceptable()).
    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    void setDateRange(const QDate &minimum, const QDate &maximum);
    QDate minimumDate() const { return m_minimum; }
    QDate maximumDate() const { return m_maximum; }
    // Where the calendar opens while there is no date: for a birth date, some 80 years back rather than the minimum.
    void setCalendarStart(const QDate &date) { m_calendarStart = date; }
    // Empty, or a date in range.
    bool isAcceptable() const;
    // Done when the text is acceptable; else Refused with why, for the form's message.
    Result<> check() const;
    void showCalendar();

signals:
    void dateChanged(const QDate &date);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void takeText();
    void tidyText();

    QDate m_date;
    QDate m_minimum;
    QDate m_maximum;
    QDate m_calendarStart;
    QCalendarWidget *m_calendar = nullptr;
};
