#include "compliance/OccupiedBedDays.h"

int OccupiedBedDays::count(const QList<ResidentMove> &moves, const QDate &first, const QDate &last)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return 0;
    int nights = 0;
    QDate since; // the first night of the stay under way, if any
    const auto close = [&](const QDate &leaving) {
        // Nights since..leaving-1 that fall within first..last.
        const QDate from = std::max(since, first);
        const QDate to = std::min(leaving.addDays(-1), last);
        if (from <= to)
            nights += int(from.daysTo(to)) + 1;
        since = QDate();
    };
    for (const ResidentMove &move : moves) {
        switch (move.kind) {
        case ResidentMove::Admitted:
        case ResidentMove::TransferredIn:
        case ResidentMove::HospitalReturn:
            if (!since.isValid())
                since = move.date;
            break;
        case ResidentMove::TransferredOut:
        case ResidentMove::HospitalAdmission:
        case ResidentMove::Left:
            if (since.isValid())
                close(move.date);
            break;
        }
    }
    if (since.isValid())
        close(last.addDays(1));
    return nights;
}

std::optional<double> OccupiedBedDays::ratePerThousand(int events, int bedDays)
{
    if (bedDays <= 0 || events < 0)
        return std::nullopt;
    // Exact in tenths: rounded up, never down. Integer arithmetic, so that 1 fall in 1,000 days is 1.0, not 1.0000001
    // rounded up to 1.1.
    const qint64 numerator = qint64(events) * 10000;
    const qint64 tenths = (numerator + bedDays - 1) / bedDays;
    return double(tenths) / 10.0;
}

bool OccupiedBedDays::acquiredInHome(const QDateTime &foundAt, const QDateTime &arrivedAt)
{
    if (!arrivedAt.isValid())
        return true;
    return arrivedAt.secsTo(foundAt) >= 72 * 3600;
}
