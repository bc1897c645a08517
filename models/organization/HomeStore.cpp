#include "organization/HomeStore.h"

#include "common/UkPostcode.h"
#include "database/DatabaseFailure.h"
#include "database/MappedRows.h"
#include "database/PgSession.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QJsonObject withoutEmpty(std::initializer_list<std::pair<const char *, QString>> fields)
{
    QJsonObject json;
    for (const auto &[key, value] : fields) {
        if (!value.trimmed().isEmpty())
            json.insert(QLatin1String(key), value.trimmed());
    }
    return json;
}

// The parameters of an INSERT or UPDATE, $2 to $8 ($1 is the id, or nothing for a new home).
QVariantList detailParameters(const HomeDetails &home)
{
    PostalAddress address = home.address;
    address.postcode = UkPostcode::normalized(address.postcode);
    return {home.name.trimmed(),
            home.type,
            home.capacity > 0 ? QVariant(home.capacity) : QVariant(),
            compact(address.toJson()),
            compact(withoutEmpty({{"phone", home.phone}, {"email", home.email}})),
            compact(withoutEmpty({{"regulator", home.regulator},
                                  {"location_id", home.locationId},
                                  {"registered_manager", home.registeredManager}}))};
}

} // namespace

Result<> HomeStore::check(const HomeDetails &home)
{
    if (home.name.trimmed().isEmpty())
        return Result<>::refused(tr("Enter the home's name."), QStringLiteral("name"));
    if (!UkPostcode::isEmpty(home.address.postcode) && UkPostcode::normalized(home.address.postcode).isEmpty())
        return Result<>::refused(tr("\"%1\" is not a UK postcode: type it as on a letter, for example SW1A 1AA.")
                                     .arg(home.address.postcode.trimmed()),
                                 QStringLiteral("postcode"));
    return Result<>::done();
}

Result<QList<HomeDetails>> HomeStore::homes(const QSqlDatabase &db)
{
    const PgResult rows = PgSession(db).exec(
        QStringLiteral("SELECT id, name, type, capacity, address::text AS address, contact_details::text AS contact, "
                       "registration_details::text AS registration, closed_on FROM public.facilities "
                       "ORDER BY closed_on IS NOT NULL, name"));
    return mappedRows<HomeDetails>(rows, [](const PgResult &row, int r) {
        HomeDetails home;
        home.id = row.text(r, "id");
        home.name = row.text(r, "name");
        home.type = row.text(r, "type");
        home.capacity = row.isNull(r, "capacity") ? 0 : row.integer(r, "capacity");
        home.address = PostalAddress::fromJson(object(row.text(r, "address")));
        const QJsonObject contact = object(row.text(r, "contact"));
        home.phone = contact.value(QLatin1String("phone")).toString();
        home.email = contact.value(QLatin1String("email")).toString();
        const QJsonObject registration = object(row.text(r, "registration"));
        home.regulator = registration.value(QLatin1String("regulator")).toString(QStringLiteral("cqc"));
        home.locationId = registration.value(QLatin1String("location_id")).toString();
        home.registeredManager = registration.value(QLatin1String("registered_manager")).toString();
        home.closedOn = row.date(r, "closed_on");
        return home;
    });
}

Result<QString> HomeStore::add(const QSqlDatabase &db, const HomeDetails &home)
{
    if (const Result<> checked = check(home); !checked.ok())
        return Result<QString>::failedAs(checked);
    const PgResult added = PgSession(db).exec(
        QStringLiteral("INSERT INTO public.facilities (name, type, capacity, address, contact_details, "
                       "registration_details) VALUES ($1, $2, $3::integer, $4::jsonb, $5::jsonb, $6::jsonb) "
                       "RETURNING id"),
        detailParameters(home));
    if (!added.ok())
        return databaseFailure<QString>(added.error());
    return Result<QString>::done(added.text(0, "id"));
}

Result<> HomeStore::update(const QSqlDatabase &db, const HomeDetails &home)
{
    if (const Result<> checked = check(home); !checked.ok())
        return checked;
    QVariantList parameters = detailParameters(home);
    parameters.prepend(home.id);
    const PgResult changed = PgSession(db).exec(
        QStringLiteral("UPDATE public.facilities SET name = $2, type = $3, capacity = $4::integer, "
                       "address = $5::jsonb, contact_details = $6::jsonb, registration_details = $7::jsonb "
                       "WHERE id = $1::uuid"),
        parameters);
    if (!changed.ok())
        return databaseFailure(changed.error());
    if (changed.rowsAffected() != 1)
        return Result<>::refused(tr("You may not change this home: ask an administrator who manages care homes."));
    return Result<>::done();
}

Result<> HomeStore::setClosed(const QSqlDatabase &db, const QString &homeId, const QDate &closedOn)
{
    const PgResult changed =
        PgSession(db).exec(QStringLiteral("UPDATE public.facilities SET closed_on = $2::date WHERE id = $1::uuid"),
                           {homeId, closedOn.isValid() ? QVariant(closedOn) : QVariant()});
    if (!changed.ok())
        return databaseFailure(changed.error());
    if (changed.rowsAffected() != 1)
        return Result<>::refused(tr("You may not close or reopen this home: ask an administrator who manages care "
                                    "homes."));
    return Result<>::done();
}
