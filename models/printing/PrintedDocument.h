#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The pieces every printed record is made of, as HTML for QTextDocument: a title, a prominent alert box, tables of
// labelled values, and a footer saying who printed it, when, and that it is confidential. Pure.
class PrintedDocument
{
    Q_DECLARE_TR_FUNCTIONS(PrintedDocument)

public:
    using Rows = QList<std::pair<QString, QString>>; // (label, value); empty values are left out

    explicit PrintedDocument(const QString &title, const QString &subtitle);
    void addAlerts(const QStringList &alerts);
    void addSection(const QString &heading, const Rows &rows);
    // A heading of its own, over the sections that follow (level 2 as a section's, 3 under it).
    void addHeading(const QString &heading, int level = 2);
    // Free text kept as written (line breaks included).
    void addText(const QString &heading, const QString &text, int level = 2);
    // A picture the printer is given by name (a chart drawn by the window), widthPixels wide at the screen's 96 dots
    // an inch (680 fills an A4 page's width between its margins).
    void addImage(const QString &heading, const QString &name, int widthPixels, int level = 2);
    // A table with a header row.
    void addTable(const QString &heading, const QStringList &columns, const QList<QStringList> &rows, int level = 2);
    QString html(const QString &printedBy, const QString &printedAt) const;
    // What was added, without the page and its footer: for showing on screen (a document without a title has none).
    const QString &body() const { return m_body; }

private:
    QString m_title;
    QString m_body;
};
