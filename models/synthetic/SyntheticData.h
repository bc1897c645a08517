#pragma once

#include <QString>

// The names of the synthetic data set `writecarenotes-admin generate-data` writes, shared with
// `writecarenotes-bench`, which signs in as its users. The data is fictional and exists only to be measured: its users
// all share one password so the generator hashes it once (bcrypt per user would take longer than the data).
//
// Scale N is N homes of residentsPerHome residents each, grouped into organizations of at most homesPerOrganization
// homes (or the generator's homesPerOrganization option, for a group of two hundred): organization g (1-based) holds
// homes (g-1)*homesPerOrganization+1 ... Homes are numbered 1..N across the whole data set, so "home 25" is the fifth
// home of organization 2.
class SyntheticData
{
public:
    static constexpr int homesPerOrganization = 20;
    static constexpr int residentsPerHome = 60;
    static constexpr int carersPerHome = 40;
    static constexpr int nursesPerHome = 10;
    static constexpr int managersPerHome = 2;

    // Every generated user's password.
    static QString password();
    // The organization (1-based) home (1-based) belongs to, in groups of groupSize homes.
    static int organizationOf(int home, int groupSize = homesPerOrganization);
    // "carer3.home12@synthetic.invalid": user n (1-based) of role carer, nurse or manager at home, working there only.
    static QString homeUserEmail(const QString &role, int home, int n);
    // "manager.group2@synthetic.invalid": organization's manager, who sees all its homes; "admin.group2@..." its admin.
    static QString organizationUserEmail(const QString &role, int organization);
};
