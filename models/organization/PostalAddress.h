#pragma once

#include <QJsonObject>
#include <QString>

// An address as the organization and its homes keep it (the address columns' named fields; migration 26).
struct PostalAddress
{
    QString line1;
    QString line2;
    QString town;
    QString county;
    QString postcode; // written form (UkPostcode), or empty

    // Only the fields that are not empty, so an empty address is {}.
    QJsonObject toJson() const;
    static PostalAddress fromJson(const QJsonObject &json);
    // "1 Mill Lane, Testbury, ZZ99 1ZZ": the lines that are not empty, joined.
    QString oneLine() const;
};
