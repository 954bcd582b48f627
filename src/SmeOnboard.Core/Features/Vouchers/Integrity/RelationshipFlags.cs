using System.Data.Common;
using Dapper;

namespace SmeOnboard.Core.Features.Vouchers.Integrity;

/// <summary>
/// Firms holding a programme's vouchers that share a registered address, a director or a bank account with a vendor,
/// compared after normalisation (<see cref="IdentityKeys"/>). A vendor's onboarding address counts as well.
/// </summary>
internal static class RelationshipFlags
{
    public static async Task<IReadOnlyList<IntegrityFlag>> FindAsync(DbConnection connection, Guid programmeId, CancellationToken cancellationToken)
    {
        var parties = (await connection.QueryAsync<Party>(new CommandDefinition(
            """
            SELECT o.id, o.kind, o.name, d.registered_address, d.director_name, d.bank_account_hash, d.bank_account_last4, vo.address AS onboarding_address
            FROM organisations o
            LEFT JOIN organisation_legal_details d ON d.org_id = o.id
            LEFT JOIN vendor_onboarding vo ON vo.org_id = o.id
            WHERE o.kind = 'Vendor' OR o.id IN (SELECT v.firm_org_id FROM vouchers v WHERE v.programme_id = @programmeId)
            ORDER BY o.name, o.id
            """, new { programmeId }, cancellationToken: cancellationToken))).ToList();
        var vendors = parties.Where(p => p.Kind == "Vendor").ToList();
        var flags = new List<IntegrityFlag>();
        foreach (var firm in parties.Where(p => p.Kind == "Firm"))
        {
            foreach (var vendor in vendors)
            {
                flags.AddRange(Compare(firm, vendor));
            }
        }
        return flags;
    }

    private static IEnumerable<IntegrityFlag> Compare(Party firm, Party vendor)
    {
        var firmAddress = IdentityKeys.Address(firm.RegisteredAddress);
        var vendorAddress = new[] { vendor.RegisteredAddress, vendor.OnboardingAddress }.FirstOrDefault(a => firmAddress is not null && IdentityKeys.Address(a) == firmAddress);
        if (vendorAddress is not null)
        {
            yield return Flag(IntegrityFlagKind.SharedAddress, "Integrity.Flag.SharedAddress", firm, vendor, firm.RegisteredAddress!,
                $"{firm.Name} and the vendor {vendor.Name} give the same address: {firm.RegisteredAddress} / {vendorAddress}.", vendorAddress);
        }
        var shared = IdentityKeys.Directors(firm.DirectorName).Intersect(IdentityKeys.Directors(vendor.DirectorName)).ToList();
        if (shared.Count > 0)
        {
            var names = string.Join(", ", (firm.DirectorName ?? "").Split([',', ';', '、', '；', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(name => IdentityKeys.Directors(name).Intersect(shared).Any()));
            yield return Flag(IntegrityFlagKind.SharedDirector, "Integrity.Flag.SharedDirector", firm, vendor, names,
                $"{firm.Name} and the vendor {vendor.Name} have the same director: {names}.");
        }
        if (firm.BankAccountHash is not null && firm.BankAccountHash == vendor.BankAccountHash)
        {
            yield return Flag(IntegrityFlagKind.SharedBankAccount, "Integrity.Flag.SharedBankAccount", firm, vendor, firm.BankAccountLast4 ?? "",
                $"{firm.Name} and the vendor {vendor.Name} give the same bank account (ending {firm.BankAccountLast4}).");
        }
    }

    private static IntegrityFlag Flag(IntegrityFlagKind kind, string code, Party firm, Party vendor, string detail, string message, string? otherDetail = null) => new()
    {
        Kind = kind, Code = code, Arguments = [firm.Name, vendor.Name, detail, otherDetail ?? detail], Message = message, FirmOrgId = firm.Id, VendorOrgId = vendor.Id,
    };

    private sealed class Party
    {
        public Guid Id { get; init; }
        public string Kind { get; init; } = "";
        public string Name { get; init; } = "";
        public string? RegisteredAddress { get; init; }
        public string? DirectorName { get; init; }
        public string? BankAccountHash { get; init; }
        public string? BankAccountLast4 { get; init; }
        public string? OnboardingAddress { get; init; }
    }
}
