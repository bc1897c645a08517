#pragma once

#include <QJsonObject>
#include <QString>

// A page that can hold unsaved work. Before a lock or a change of user the window asks each page for its draft
// (nothing for a page with no unsaved work; never a password) and keeps it, encrypted, for that user alone; when the
// same user signs in again the page gets it back.
class DraftHolder
{
public:
    virtual ~DraftHolder() = default;
    // The name this page's draft is kept under, stable between versions.
    virtual QString draftName() const = 0;
    virtual QJsonObject draft() const = 0;
    virtual void restoreDraft(const QJsonObject &draft) = 0;
};
