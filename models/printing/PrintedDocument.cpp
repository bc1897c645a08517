#include "printing/PrintedDocument.h"

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

PrintedDocument::PrintedDocument(const QString &title, const QString &subtitle) : m_title(title)
{
    if (!title.isEmpty())
        m_body += QStringLiteral("<h1>%1</h1>").arg(escaped(title));
    if (!subtitle.isEmpty())
        m_body += QStringLiteral("<p class=\"subtitle\">%1</p>").arg(escaped(subtitle));
}

void PrintedDocument::addAlerts(const QStringList &alerts)
{
    if (alerts.isEmpty())
        return;
    QString items;
    for (const QString &alert : alerts)
        items += QStringLiteral("<li><b>%1</b></li>").arg(escaped(alert));
    // A thick black border and bold words: it reads the same printed in black and white.
    m_body += QStringLiteral("<table class=\"alerts\" width=\"100%\" cellpadding=\"6\" border=\"2\"><tr><td>"
                             "<b>%1</b><ul>%2</ul></td></tr></table>")
                  .arg(escaped(tr("Alerts")), items);
}

void PrintedDocument::addSection(const QString &heading, const Rows &rows)
{
    QString cells;
    for (const auto &[label, value] : rows) {
        if (value.trimmed().isEmpty())
            continue;
        cells +=
            QStringLiteral("<tr><td width=\"32%\"><b>%1</b></td><td>%2</td></tr>").arg(escaped(label), escaped(value));
    }
    if (cells.isEmpty())
        return;
    m_body += QStringLiteral("<h2>%1</h2><table width=\"100%\" cellpadding=\"3\" cellspacing=\"0\" border=\"1\">%2"
                             "</table>")
                  .arg(escaped(heading), cells);
}

void PrintedDocument::addHeading(const QString &heading, int level)
{
    m_body += QStringLiteral("<h%1>%2</h%1>").arg(level).arg(escaped(heading));
}

void PrintedDocument::addText(const QString &heading, const QString &text, int level)
{
    if (text.trimmed().isEmpty())
        return;
    if (!heading.isEmpty())
        addHeading(heading, level);
    m_body += QStringLiteral("<p>%1</p>").arg(escaped(text.trimmed()));
}

void PrintedDocument::addImage(const QString &heading, const QString &name, int widthPixels, int level)
{
    if (!heading.isEmpty())
        addHeading(heading, level);
    m_body += QStringLiteral("<p><img src=\"%1\" width=\"%2\"></p>").arg(escaped(name)).arg(widthPixels);
}

void PrintedDocument::addTable(const QString &heading, const QStringList &columns, const QList<QStringList> &rows,
                               int level)
{
    if (rows.isEmpty())
        return;
    if (!heading.isEmpty())
        addHeading(heading, level);
    QString html = QStringLiteral("<table width=\"100%\" cellpadding=\"3\" cellspacing=\"0\" border=\"1\"><tr>");
    for (const QString &column : columns)
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(escaped(column));
    html += QStringLiteral("</tr>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>").arg(escaped(cell));
        html += QStringLiteral("</tr>");
    }
    m_body += html + QStringLiteral("</table>");
}

QString PrintedDocument::html(const QString &printedBy, const QString &printedAt) const
{
    const QString footer =
        tr("Printed from Write Care Notes by %1 on %2. Confidential: this holds personal and health information. "
           "Keep it safe, and destroy it securely when it is no longer needed.")
            .arg(printedBy, printedAt);
    return QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title><style>"
                          "body { font-family: sans-serif; font-size: 10pt; } h1 { font-size: 16pt; } "
                          "h2 { font-size: 12pt; margin-top: 12px; } h3 { font-size: 11pt; margin-top: 8px; } "
                          ".subtitle { font-size: 11pt; } "
                          "th { background: #e8e8e8; } .footer { font-size: 8pt; }"
                          "</style></head><body>%2<p class=\"footer\">%3</p></body></html>")
        .arg(escaped(m_title), m_body, escaped(footer));
}
