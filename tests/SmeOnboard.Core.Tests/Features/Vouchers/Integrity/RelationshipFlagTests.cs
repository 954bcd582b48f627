using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Vouchers.Integrity;
using SmeOnboard.Core.Tests.Features.Checkout;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Vouchers.Integrity;

public sealed class RelationshipFlagTests(TestDatabases databases)
{
    [Theory, BothDatabases]
    public async Task A_firm_and_a_vendor_at_the_same_address_written_differently_are_flagged(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var scene = await IntegrityKit.SceneAsync(portal);
        var (_, firm, _) = await CheckoutKit.FirmWithVoucherAsync(portal, scene.Officer, scene.Programme.Id);
        var street = $"Xinghu{Guid.NewGuid():N}"[..16];
        await IntegrityKit.SaveLegalAsync(portal, firm, address: $"Room 501, No. 88 {street} Street, Suzhou");
        await IntegrityKit.SaveLegalAsync(portal, scene.Vendor, address: $"88 {street.ToUpperInvariant()} ST., RM 501, SUZHOU");

        var flags = await IntegrityKit.FlagsAsync(portal, scene);

        var flag = Assert.Single(flags, f => f.FirmOrgId == firm.Id);
        Assert.Equal((IntegrityFlagKind.SharedAddress, scene.Vendor.Id), (flag.Kind, flag.VendorOrgId));
        Assert.Contains(street, flag.Message, StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task Different_addresses_raise_no_flag(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var scene = await IntegrityKit.SceneAsync(portal);
        var (_, firm, _) = await CheckoutKit.FirmWithVoucherAsync(portal, scene.Officer, scene.Programme.Id);
        var street = $"Xinghu{Guid.NewGuid():N}"[..16];
        await IntegrityKit.SaveLegalAsync(portal, firm, address: $"88 {street} Street, Suzhou");
        await IntegrityKit.SaveLegalAsync(portal, scene.Vendor, address: $"90 {street} Street, Suzhou");

        Assert.DoesNotContain(await IntegrityKit.FlagsAsync(portal, scene), f => f.FirmOrgId == firm.Id);
    }

    [Theory, BothDatabases]
    public async Task A_director_of_both_the_firm_and_the_vendor_is_flagged_whatever_the_name_order(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var scene = await IntegrityKit.SceneAsync(portal);
        var (_, firm, _) = await CheckoutKit.FirmWithVoucherAsync(portal, scene.Officer, scene.Programme.Id);
        var family = $"Wang{Guid.NewGuid():N}"[..12];
        await IntegrityKit.SaveLegalAsync(portal, firm, director: $"Chen Jie; {family} Li");
        await IntegrityKit.SaveLegalAsync(portal, scene.Vendor, director: $"LI {family.ToUpperInvariant()}");

        var flag = Assert.Single(await IntegrityKit.FlagsAsync(portal, scene), f => f.FirmOrgId == firm.Id);

        Assert.Equal(IntegrityFlagKind.SharedDirector, flag.Kind);
        Assert.Equal($"{family} Li", flag.Arguments[2]);
    }

    [Theory, BothDatabases]
    public async Task Different_directors_raise_no_flag(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var scene = await IntegrityKit.SceneAsync(portal);
        var (_, firm, _) = await CheckoutKit.FirmWithVoucherAsync(portal, scene.Officer, scene.Programme.Id);
        var family = $"Wang{Guid.NewGuid():N}"[..12];
        await IntegrityKit.SaveLegalAsync(portal, firm, director: $"{family} Li");
        await IntegrityKit.SaveLegalAsync(portal, scene.Vendor, director: $"{family} Lei");

        Assert.DoesNotContain(await IntegrityKit.FlagsAsync(portal, scene), f => f.FirmOrgId == firm.Id);
    }

    [Theory, BothDatabases]
    public async Task A_shared_bank_account_is_flagged_from_its_hash_with_only_the_last_digits_shown(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var scene = await IntegrityKit.SceneAsync(portal);
        var (_, firm, _) = await CheckoutKit.FirmWithVoucherAsync(portal, scene.Officer, scene.Programme.Id);
        var digits = Random.Shared.NextInt64(100_000_000_000, 999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await IntegrityKit.SaveLegalAsync(portal, firm, bank: $"DE89 {digits[..4]} {digits[4..8]} {digits[8..]}");
        await IntegrityKit.SaveLegalAsync(portal, scene.Vendor, bank: $"de89-{digits}");

        var flag = Assert.Single(await IntegrityKit.FlagsAsync(portal, scene), f => f.FirmOrgId == firm.Id);

        Assert.Equal(IntegrityFlagKind.SharedBankAccount, flag.Kind);
        Assert.Equal(digits[^4..], flag.Arguments[2]);
        Assert.Equal(0, await portal.CountAsync("SELECT COUNT(*) FROM organisation_legal_details WHERE bank_account_hash LIKE @digits OR bank_account_last4 = @digits",
            new { digits = $"%{digits}%" }));
    }

    [Theory, BothDatabases]
    public async Task Different_bank_accounts_raise_no_flag(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var scene = await IntegrityKit.SceneAsync(portal);
        var (_, firm, _) = await CheckoutKit.FirmWithVoucherAsync(portal, scene.Officer, scene.Programme.Id);
        var digits = Random.Shared.NextInt64(100_000_000_000, 999_999_999_998);
        await IntegrityKit.SaveLegalAsync(portal, firm, bank: $"DE89{digits}");
        await IntegrityKit.SaveLegalAsync(portal, scene.Vendor, bank: $"DE89{digits + 1}");

        Assert.DoesNotContain(await IntegrityKit.FlagsAsync(portal, scene), f => f.FirmOrgId == firm.Id);
    }
}
