#include "printing/PageFooter.h"

PageFooter::PageFooter(const QString &printedBy, const QString &printedAt)
    : m_printedBy(printedBy), m_printedAt(printedAt)
{}

QString PageFooter::text(int page, int pageCount) const
{
    const QString pages = tr("Page %1 of %2").arg(page).arg(pageCount);
    if (m_printedBy.isEmpty())
        return tr("Confidential. %1").arg(pages);
    return tr("Printed by %1 on %2. Confidential. %3").arg(m_printedBy, m_printedAt, pages);
}
