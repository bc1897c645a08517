#pragma once

#include <QCoreApplication>
#include <QString>

// The line at the foot of every printed page: who printed it and when, that it is confidential, and which page of
// how many, so that a page separated from the rest still says all of it. Pure.
class PageFooter
{
    Q_DECLARE_TR_FUNCTIONS(PageFooter)

public:
    PageFooter() = default;
    PageFooter(const QString &printedBy, const QString &printedAt);
    QString text(int page, int pageCount) const;

private:
    QString m_printedBy;
    QString m_printedAt;
};
